using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using ReportGen.Html.Site;
using ReportGen.Model;

namespace ReportGen.Html.Search;

/// <summary>
/// The search index: every measure's title, plan text, results, plans and offices, as a script that sets
/// <c>window.REPORTGEN_SEARCH_INDEX</c>. A script, not JSON, because browsers refuse <c>fetch</c> from
/// <c>file://</c>. The text is stored as written; <c>assets/search.js</c> normalises it and the query alike (NFKC,
/// lower case), so 「ＳａＭＤ」 finds SaMD — one normaliser, the browser's, for both sides.
/// </summary>
internal static partial class SearchIndex
{
    public const string GlobalName = "REPORTGEN_SEARCH_INDEX";

    // Japanese stays readable and a third the size of \u escapes; < > & ' " are still escaped by the encoder.
    // The serializer is generated at compile time (IndexJson), so writing the index reflects over nothing.
    private static readonly IndexJson Json = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    });

    /// <summary>The writer's own options: a writer given to the serializer encodes with these, not with <see cref="Json"/>'s.</summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = Json.Options.Encoder };

    /// <summary>
    /// The script as UTF-8, written straight into one buffer sized for it: serialised as a string and then encoded for
    /// the file, the index of a large report (megabytes) was copied four times, each copy in the large object heap.
    /// </summary>
    public static ArrayBufferWriter<byte> Script(ReportOutline outline)
    {
        var entries = outline.ReadingOrder.Select(m => new Entry(
            m.Id,
            SitePaths.Measure(m.Id),
            outline.TitleOf(m),
            outline.GoalHeading(outline.GoalOf(m)),
            Text(m))).ToList();

        // UTF-8 takes at most three bytes for a UTF-16 unit, and an entry's names and quotes well under 64; a rare
        // escape longer than that grows the buffer once.
        var buffer = new ArrayBufferWriter<byte>(64 + entries.Sum(e => 64 + (3 * (e.Id.Length + e.Url.Length + e.Title.Length + e.Goal.Length + e.Text.Length))));
        buffer.Write("window."u8);
        buffer.Write(Encoding.UTF8.GetBytes(GlobalName));
        buffer.Write(" = "u8);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, new Index(entries), Json.Index);
        }

        buffer.Write(";\n"u8);
        return buffer;
    }

    /// <summary>Everything about a measure a reader may search for, one field per line.</summary>
    public static string Text(Measure measure)
    {
        var sb = new StringBuilder();
        void Add(string? text)
        {
            if (!string.IsNullOrEmpty(text))
            {
                sb.Append(text).Append('\n');
            }
        }

        Add(measure.Text);
        Add(measure.Details?.PlainText);
        Add(measure.Marker);
        foreach (var year in measure.Years.OrderBy(y => y.FiscalYear))
        {
            Add(year.Results?.PlainText);
            Add(year.Plans?.PlainText);
            Add(year.Offices?.Text);
        }

        return sb.ToString().TrimEnd('\n');
    }

    private sealed record Index(IReadOnlyList<Entry> Measures);

    private sealed record Entry(string Id, string Url, string Title, string Goal, string Text);

    [JsonSerializable(typeof(Index))]
    private sealed partial class IndexJson : JsonSerializerContext;
}
