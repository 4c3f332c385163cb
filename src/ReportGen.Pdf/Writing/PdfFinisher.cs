using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Pdf.Drawing;

namespace ReportGen.Pdf.Writing;

/// <summary>
/// Three things Skia's PDF writer cannot do, done on its output:
/// <list type="bullet">
/// <item>Dates. SkiaSharp writes the metadata dates with the UTC clock time but the machine's time-zone offset, so
/// the bytes (and the date a reader shows) depend on TZ. The dates are rewritten in place, same length, as the
/// intended instant in Japan time.</item>
/// <item>Fonts. The embedded fonts keep tables only Skia needed (cmap, layout tables, names); they are taken out and
/// the file written again (<see cref="EmbeddedFontTrimmer"/>).</item>
/// <item>Outline. Skia writes named destinations but no bookmarks. An incremental update (PDF 32000-1, 7.5.6)
/// appends an /Outlines tree of sections and goals pointing at those destinations, and a catalog that uses it.</item>
/// </list>
/// All rely only on the classic cross-reference table and trailer that Skia writes.
/// </summary>
public static partial class PdfFinisher
{
    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    public static byte[] Finish(byte[] pdf, DateTimeOffset date, IReadOnlyList<OutlineEntry> outline)
    {
        var trimmed = EmbeddedFontTrimmer.Trim(FixDates(pdf, date));
        return outline.Count == 0 ? trimmed : AppendOutline(trimmed, outline);
    }

    [GeneratedRegex(@"/(CreationDate|ModDate) \(D:\d{14}[+-]\d\d'\d\d'\)")]
    private static partial Regex DateEntry();

    private static byte[] FixDates(byte[] pdf, DateTimeOffset date)
    {
        // Latin-1 maps bytes to chars one to one, so offsets found in the string are byte offsets.
        var text = Encoding.Latin1.GetString(pdf);
        var local = date.ToOffset(Japan);
        var value = "D:" + local.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+09'00'";
        var result = (byte[])pdf.Clone();
        foreach (Match m in DateEntry().Matches(text))
        {
            var replacement = $"/{m.Groups[1].Value} ({value})";
            if (replacement.Length == m.Length)
            {
                Encoding.Latin1.GetBytes(replacement).CopyTo(result, m.Index);
            }
        }

        return result;
    }

    [GeneratedRegex(@"trailer\s*<<(.*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$", RegexOptions.Singleline)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"/(Size|Root|Info)\s+(\d+)")]
    private static partial Regex TrailerEntry();

    private static byte[] AppendOutline(byte[] pdf, IReadOnlyList<OutlineEntry> outline)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var trailer = Trailer().Match(text);
        if (!trailer.Success)
        {
            return pdf;
        }

        var entries = TrailerEntry().Matches(trailer.Groups[1].Value).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        if (!entries.TryGetValue("Size", out var size) || !entries.TryGetValue("Root", out var root))
        {
            return pdf;
        }

        var catalogStart = text.IndexOf($"\n{root} 0 obj", StringComparison.Ordinal);
        var catalogEnd = catalogStart < 0 ? -1 : text.IndexOf("endobj", catalogStart, StringComparison.Ordinal);
        if (catalogEnd < 0)
        {
            return pdf;
        }

        var catalogBody = text[(text.IndexOf("<<", catalogStart, StringComparison.Ordinal) + 2)..text.LastIndexOf(">>", catalogEnd, StringComparison.Ordinal)];

        // Object numbers: the outline root, then one per entry.
        var rootNumber = size;
        var numbers = outline.Select((_, i) => size + 1 + i).ToArray();
        var parents = new int[outline.Count];
        var children = outline.Select(_ => new List<int>()).ToArray();
        var top = new List<int>();
        var stack = new Stack<int>();
        for (var i = 0; i < outline.Count; i++)
        {
            while (stack.Count > 0 && outline[stack.Peek()].Level >= outline[i].Level)
            {
                stack.Pop();
            }

            if (stack.Count == 0)
            {
                parents[i] = rootNumber;
                top.Add(i);
            }
            else
            {
                parents[i] = numbers[stack.Peek()];
                children[stack.Peek()].Add(i);
            }

            stack.Push(i);
        }

        var objects = new List<(int Number, string Body)>
        {
            (rootNumber, $"<</Type /Outlines\n/First {numbers[top[0]]} 0 R\n/Last {numbers[top[^1]]} 0 R\n/Count {top.Count}>>"),
        };
        for (var i = 0; i < outline.Count; i++)
        {
            var siblings = parents[i] == rootNumber ? top : children[Array.IndexOf(numbers, parents[i])];
            var at = siblings.IndexOf(i);
            var body = new StringBuilder();
            body.Append("<</Title ").Append(PdfTextString(outline[i].Title))
                .Append("\n/Parent ").Append(parents[i]).Append(" 0 R")
                .Append("\n/Dest /").Append(outline[i].Name);
            if (at > 0)
            {
                body.Append("\n/Prev ").Append(numbers[siblings[at - 1]]).Append(" 0 R");
            }

            if (at < siblings.Count - 1)
            {
                body.Append("\n/Next ").Append(numbers[siblings[at + 1]]).Append(" 0 R");
            }

            if (children[i].Count > 0)
            {
                // A negative count shows the entry closed; sections open on their goals.
                body.Append("\n/First ").Append(numbers[children[i][0]]).Append(" 0 R")
                    .Append("\n/Last ").Append(numbers[children[i][^1]]).Append(" 0 R")
                    .Append("\n/Count ").Append(children[i].Count);
            }

            objects.Add((numbers[i], body.Append(">>").ToString()));
        }

        objects.Add((root, "<<" + catalogBody.TrimEnd() + $"\n/Outlines {rootNumber} 0 R\n/PageMode /UseOutlines>>"));

        var update = new StringBuilder();
        var offsets = new SortedDictionary<int, long>();
        long position = pdf.Length;
        foreach (var (number, body) in objects)
        {
            var chunk = $"{number} 0 obj\n{body}\nendobj\n";
            offsets[number] = position;
            update.Append(chunk);
            position += Encoding.Latin1.GetByteCount(chunk);
        }

        var xref = position;
        update.Append("xref\n");
        foreach (var (number, offset) in offsets)
        {
            update.Append(number).Append(" 1\n").Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        update.Append("trailer\n<</Size ").Append(size + 1 + outline.Count)
            .Append("\n/Root ").Append(root).Append(" 0 R");
        if (entries.TryGetValue("Info", out var info))
        {
            update.Append("\n/Info ").Append(info).Append(" 0 R");
        }

        update.Append("\n/Prev ").Append(trailer.Groups[2].Value).Append(">>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }

    /// <summary>A PDF text string in UTF-16BE with a byte-order mark, written as hex so no escaping is needed.</summary>
    private static string PdfTextString(string text) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";
}
