using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportGen.Content;
using ReportGen.Model;
using ReportGen.Text;

namespace ReportGen.Editions;

/// <summary>
/// The record of a published edition, <c>editions/&lt;id&gt;.published.json</c>: everything the edition printed (its
/// settings, every section, goal and row with the text of each cell as blocks) and the corrections (正誤) made since.
/// A published edition is rendered from this file alone.
/// </summary>
/// <remarks>
/// Cells are stored as the blocks that were printed, not as Markdown, so a later change to how Markdown is read cannot
/// change a published edition either. The file carries the SHA-256 of its own content (with the hash field empty), so
/// an edit by hand is noticed: the only way to change a published edition is a recorded correction.
/// </remarks>
public static class EditionRecord
{
    public const string Suffix = ".published.json";

    private const int Format = 1;

    public static string FileName(string editionId) => editionId + Suffix;

    public static string Write(EditionView view)
    {
        var body = Serialize(view, string.Empty);
        return Serialize(view, Hash(body));
    }

    /// <summary>Reads a record; throws <see cref="RecordException"/> with a message for the secretariat when it is damaged or edited.</summary>
    public static EditionView Read(string json, SourceRef source)
    {
        EditionView view;
        string recordedHash;
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (Int(root, "format") != Format)
            {
                throw new RecordException("記録の形式が違います。");
            }

            recordedHash = Str(root, "sha256");
            view = ReadView(root, source);
        }
        catch (JsonException e)
        {
            throw new RecordException($"JSON として読めません（{e.LineNumber + 1} 行目）。", e);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new RecordException("記録の項目が欠けているか、形が違います。", e);
        }

        if (Hash(Serialize(view, string.Empty)) != recordedHash)
        {
            throw new RecordException("公表後に手で書き換えられています。");
        }

        // Ids become file names and anchors: a record is held to the same rule as the content it was made from.
        var ids = new[] { view.Edition.Id }
            .Concat(view.Sections.Select(x => x.Id))
            .Concat(view.Sections.SelectMany(x => x.Goals).SelectMany(g => new[] { g.Id, g.RepeatOf ?? g.Id }))
            .Concat(view.Sections.SelectMany(x => x.Goals).SelectMany(g => g.Rows).SelectMany(r => new[] { r.Id, r.SectionId, r.GoalId }));
        if (ids.FirstOrDefault(id => !ContentIds.IsValid(id)) is { } bad)
        {
            throw new RecordException($"ID「{ReportGen.Diagnostics.Printable.Escape(bad)}」が使えない形です。");
        }

        return view;
    }

    public static string Hash(string text) => Sha256.HexOf(text);

    private static string Serialize(EditionView view, string hash)
    {
        var e = view.Edition;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("format", Format);
            w.WriteString("sha256", hash);
            w.WriteString("id", e.Id);
            w.WriteString("label", e.Label);
            w.WriteString("title", e.Title);
            w.WriteString("meeting", e.Meeting);
            w.WriteString("date", e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("publisher", view.Publisher);
            w.WriteStartArray("columns");
            foreach (var c in e.Columns)
            {
                w.WriteStartObject();
                w.WriteString("kind", ColumnKinds.Name(c.Kind));
                w.WriteString("header", c.Header);
                if (c.Year is { } year)
                {
                    w.WriteNumber("year", year);
                }

                w.WriteNumber("width", c.Width);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            EditionJson.WriteLayout(w, e);
            w.WriteStartArray("corrections");
            foreach (var c in e.Published?.Corrections ?? [])
            {
                w.WriteStartObject();
                w.WriteString("date", c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("note", c.Note);
                w.WriteStartArray("changes");
                foreach (var change in c.Changes)
                {
                    w.WriteStartObject();
                    w.WriteString("place", change.Place);
                    w.WriteString("wrong", change.Wrong);
                    w.WriteString("right", change.Right);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("sections");
            foreach (var s in view.Sections)
            {
                w.WriteStartObject();
                w.WriteString("id", s.Id);
                w.WriteNumber("number", s.Number);
                w.WriteString("title", s.Title);
                w.WriteStartArray("goals");
                foreach (var g in s.Goals)
                {
                    w.WriteStartObject();
                    w.WriteString("id", g.Id);
                    w.WriteString("title", g.Title);
                    if (g.RepeatOf is not null)
                    {
                        w.WriteString("repeat_of", g.RepeatOf);
                    }

                    w.WriteStartArray("rows");
                    foreach (var r in g.Rows)
                    {
                        WriteRow(w, r);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteRow(Utf8JsonWriter w, RowView r)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Id);
        w.WriteString("section", r.SectionId);
        w.WriteString("goal", r.GoalId);
        if (r.IsRepeat)
        {
            w.WriteBoolean("repeat", true);
        }

        if (r.Title is not null)
        {
            w.WriteString("title", r.Title);
        }

        w.WriteString("display_title", r.DisplayTitle);
        w.WriteString("text", r.Text);
        w.WriteString("marker", r.Marker);
        if (r.MarkerIsNote)
        {
            w.WriteBoolean("marker_is_note", true);
        }

        WriteBlocks(w, "details", r.Details);
        WriteBlocks(w, "results", r.Results);
        WriteBlocks(w, "plans", r.Plans);
        if (r.Offices is not null)
        {
            w.WriteString("offices", r.Offices.Text);
        }

        w.WriteEndObject();
    }

    private static void WriteBlocks(Utf8JsonWriter w, string name, RichText? text)
    {
        if (text is null)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var b in text.Blocks)
        {
            w.WriteStartObject();
            w.WriteBoolean("bullet", b.IsBullet);
            if (b.Level != 0)
            {
                w.WriteNumber("level", b.Level);
            }

            w.WriteStartArray("lines");
            foreach (var line in b.Lines)
            {
                w.WriteStringValue(line);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static EditionView ReadView(JsonElement root, SourceRef source)
    {
        var columns = root.GetProperty("columns").EnumerateArray().Select(c => new EditionColumn(
            ColumnKinds.Parse(Str(c, "kind")) ?? throw new FormatException("column kind"),
            Str(c, "header"),
            c.TryGetProperty("year", out var y) ? y.GetInt32() : null,
            c.GetProperty("width").GetDouble())).ToList();
        var p = root.GetProperty("page");
        var page = new PageSetup(
            Str(p, "size"),
            Str(p, "orientation") == "landscape",
            p.GetProperty("margin_top_mm").GetDouble(),
            p.GetProperty("margin_right_mm").GetDouble(),
            p.GetProperty("margin_bottom_mm").GetDouble(),
            p.GetProperty("margin_left_mm").GetDouble());
        var f = root.GetProperty("fonts");
        var corrections = root.GetProperty("corrections").EnumerateArray().Select(c => new Correction(
            Date(Str(c, "date")),
            Str(c, "note"),
            [.. c.GetProperty("changes").EnumerateArray().Select(x => new CorrectedText(Str(x, "place"), Str(x, "wrong"), Str(x, "right")))])).ToList();
        var meeting = root.GetProperty("meeting").ValueKind == JsonValueKind.Null ? null : Str(root, "meeting");
        var edition = new Edition(
            Str(root, "id"),
            Str(root, "label"),
            Str(root, "title"),
            meeting,
            Date(Str(root, "date")),
            columns,
            page,
            new FontSettings(Str(f, "gothic"), Str(f, "mincho")),
            Str(root, "page_number"),
            source)
        {
            Published = new Publication(corrections),
        };

        var sections = root.GetProperty("sections").EnumerateArray().Select(s => new SectionView(
            Str(s, "id"),
            Int(s, "number"),
            Str(s, "title"),
            [.. s.GetProperty("goals").EnumerateArray().Select(g => new GoalView(
                Str(g, "id"),
                Str(s, "id"),
                Str(g, "title"),
                g.TryGetProperty("repeat_of", out var r) ? r.GetString() : null,
                [.. g.GetProperty("rows").EnumerateArray().Select(ReadRow)]))])).ToList();
        return new EditionView(edition, Str(root, "publisher"), sections);
    }

    private static RowView ReadRow(JsonElement r) => new(
        Str(r, "id"),
        Str(r, "section"),
        Str(r, "goal"),
        r.TryGetProperty("title", out var t) ? t.GetString() : null,
        Str(r, "display_title"),
        Str(r, "text"),
        Str(r, "marker"),
        r.TryGetProperty("marker_is_note", out var n) && n.GetBoolean(),
        Blocks(r, "details"),
        Blocks(r, "results"),
        Blocks(r, "plans"),
        r.TryGetProperty("offices", out var o) ? OfficesText.Parse(o.GetString()!) : null,
        r.TryGetProperty("repeat", out var rep) && rep.GetBoolean());

    private static RichText? Blocks(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var array))
        {
            return null;
        }

        var blocks = array.EnumerateArray().Select(b => new TextBlock(
            b.GetProperty("bullet").GetBoolean(),
            b.TryGetProperty("level", out var l) ? l.GetInt32() : 0,
            [.. b.GetProperty("lines").EnumerateArray().Select(x => x.GetString()!)])).ToList();
        return RichTextOf(blocks);
    }

    /// <summary>Rich text from printed blocks, with Markdown that reads back as the same blocks.</summary>
    public static RichText RichTextOf(IReadOnlyList<TextBlock> blocks) =>
        new(string.Join("\n", blocks.Select(b => (b.IsBullet ? new string(' ', b.Level * 2) + "- " : string.Empty) + string.Join("\n", b.Lines))), blocks);

    private static string Str(JsonElement e, string name) =>
        e.GetProperty(name).GetString() ?? throw new FormatException(name);

    private static int Int(JsonElement e, string name) => e.GetProperty(name).GetInt32();

    private static DateOnly Date(string text) => IsoDate.Parse(text);
}

/// <summary>A publication record that cannot be read or was edited by hand.</summary>
public sealed class RecordException(string message, Exception? inner = null) : Exception(message, inner);
