using System.Globalization;
using System.Text;
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
public static class PdfFinisher
{
    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    /// <summary>
    /// The finished PDF. <paramref name="pdf"/> is taken over: its dates are rewritten in place, and it is returned
    /// as it is when there is nothing else to do.
    /// </summary>
    public static byte[] Finish(byte[] pdf, DateTimeOffset date, IReadOnlyList<OutlineEntry> outline)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        FixDates(pdf, date);
        var trimmed = EmbeddedFontTrimmer.Trim(pdf);
        return outline.Count == 0 ? trimmed : AppendOutline(trimmed, outline);
    }

    /// <summary>Each "/CreationDate (D:…)" and "/ModDate (D:…)" as Skia writes them, rewritten in place.</summary>
    private static void FixDates(Span<byte> pdf, DateTimeOffset date)
    {
        var value = Encoding.ASCII.GetBytes("D:" + date.ToOffset(Japan).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+09'00'");
        FixDate(pdf, "/CreationDate ("u8, value);
        FixDate(pdf, "/ModDate ("u8, value);
    }

    private static void FixDate(Span<byte> pdf, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        for (var from = 0; pdf[from..].IndexOf(key) is var found and >= 0;)
        {
            var at = from + found + key.Length;
            if (IsSkiaDate(pdf[at..]))
            {
                value.CopyTo(pdf[at..]);
            }

            from = at;
        }
    }

    /// <summary>D:YYYYMMDDHHmmSS, a sign and HH'mm' followed by the string's closing parenthesis.</summary>
    private static bool IsSkiaDate(ReadOnlySpan<byte> text)
    {
        const string Shape = "D:99999999999999+99'99')";
        if (text.Length < Shape.Length)
        {
            return false;
        }

        for (var i = 0; i < Shape.Length; i++)
        {
            var ok = Shape[i] switch
            {
                '9' => char.IsAsciiDigit((char)text[i]),
                '+' => text[i] is (byte)'+' or (byte)'-',
                _ => text[i] == Shape[i],
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static byte[] AppendOutline(byte[] pdf, IReadOnlyList<OutlineEntry> outline)
    {
        if (PdfTrailer.Find(pdf) is not { } trailer
            || PdfTrailer.Entry(trailer.Dictionary(pdf), "/Size"u8) is not { } sizeValue
            || PdfTrailer.Entry(trailer.Dictionary(pdf), "/Root"u8) is not { } rootValue)
        {
            return pdf;
        }

        var size = checked((int)sizeValue);
        var root = checked((int)rootValue);
        var info = PdfTrailer.Entry(trailer.Dictionary(pdf), "/Info"u8);
        var catalogStart = pdf.AsSpan().IndexOf(Encoding.ASCII.GetBytes($"\n{root} 0 obj"));
        var catalogEnd = catalogStart < 0 ? -1 : pdf.AsSpan(catalogStart).IndexOf("endobj"u8);
        var catalogOpen = catalogEnd < 0 ? -1 : pdf.AsSpan(catalogStart, catalogEnd).IndexOf("<<"u8);
        var catalogClose = catalogEnd < 0 ? -1 : pdf.AsSpan(catalogStart, catalogEnd).LastIndexOf(">>"u8);
        if (catalogOpen < 0 || catalogClose < catalogOpen + 2)
        {
            return pdf;
        }

        var catalogBody = Encoding.Latin1.GetString(pdf.AsSpan((catalogStart + catalogOpen + 2)..(catalogStart + catalogClose)));

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
        if (info is { } infoNumber)
        {
            update.Append("\n/Info ").Append(infoNumber).Append(" 0 R");
        }

        update.Append("\n/Prev ").Append(trailer.Xref).Append(">>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        var appended = Encoding.Latin1.GetBytes(update.ToString());
        var result = new byte[pdf.Length + appended.Length];
        pdf.CopyTo(result, 0);
        appended.CopyTo(result, pdf.Length);
        return result;
    }

    /// <summary>A PDF text string in UTF-16BE with a byte-order mark, written as hex so no escaping is needed.</summary>
    private static string PdfTextString(string text) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";
}
