using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Pdf.Writing;

/// <summary>One indirect object of a PDF file: its number and its bytes, from "N G obj" up to the next object.</summary>
internal sealed record PdfObjectBytes(int Number, int Generation, byte[] Bytes);

/// <summary>
/// A PDF file as Skia writes it: a header, the objects one after another, one classic cross-reference table (PDF
/// 32000-1, 7.5.4) with a single subsection from object 0, and a trailer without /Prev. Read into its objects, it can be
/// written again with some of them replaced and a fresh table of their new offsets.
/// </summary>
internal sealed partial class ClassicXrefPdf
{
    private const int EntryLength = 20;

    private readonly byte[] _header;
    private readonly string _freeEntry;
    private readonly string _trailer;

    private ClassicXrefPdf(byte[] header, IReadOnlyList<PdfObjectBytes> objects, string freeEntry, string trailer)
    {
        _header = header;
        Objects = objects;
        _freeEntry = freeEntry;
        _trailer = trailer;
    }

    /// <summary>The objects in the order they lie in the file.</summary>
    public IReadOnlyList<PdfObjectBytes> Objects { get; }

    [GeneratedRegex(@"(trailer\s*<<(.*?)>>\s*startxref\s*)(\d+)\s*%%EOF\s*$", RegexOptions.Singleline)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"\Gxref\r?\n0 (\d+)\s*?\n")]
    private static partial Regex XrefHeader();

    [GeneratedRegex(@"\G(\d{10}) (\d{5}) ([nf])[ \r\n]{2}")]
    private static partial Regex XrefEntry();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex Size();

    [GeneratedRegex(@"\G(\d+) (\d+) obj\b")]
    private static partial Regex ObjectStart();

    /// <summary>The file's objects, or null if it is not laid out as described above.</summary>
    public static ClassicXrefPdf? Read(byte[] pdf)
    {
        // Latin-1 maps bytes to chars one to one, so offsets found in the string are byte offsets.
        var text = Encoding.Latin1.GetString(pdf);
        var trailer = Trailer().Match(text);
        if (!trailer.Success || trailer.Groups[2].Value.Contains("/Prev", StringComparison.Ordinal)
            || !int.TryParse(trailer.Groups[3].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var xref)
            || xref >= trailer.Index)
        {
            return null;
        }

        var header = XrefHeader().Match(text, xref);
        var size = Size().Match(trailer.Groups[2].Value);
        if (!header.Success || !size.Success || header.Groups[1].Value != size.Groups[1].Value)
        {
            return null;
        }

        var count = int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture);
        var entriesEnd = header.Index + header.Length + ((long)count * EntryLength);
        if (count < 2 || entriesEnd > trailer.Index || text[(int)entriesEnd..trailer.Index].Any(c => !char.IsWhiteSpace(c)))
        {
            return null;
        }

        var starts = new List<(int Offset, int Number, int Generation)>(count - 1);
        var freeEntry = string.Empty;
        for (var number = 0; number < count; number++)
        {
            var entry = XrefEntry().Match(text, header.Index + header.Length + (number * EntryLength));
            if (!entry.Success || (entry.Groups[3].Value == "f") != (number == 0))
            {
                return null;
            }

            if (number == 0)
            {
                freeEntry = entry.Value;
                continue;
            }

            var offset = int.Parse(entry.Groups[1].Value, CultureInfo.InvariantCulture);
            var generation = int.Parse(entry.Groups[2].Value, CultureInfo.InvariantCulture);
            var start = offset < xref ? ObjectStart().Match(text, offset) : Match.Empty;
            if (!start.Success || start.Groups[1].Value != number.ToString(CultureInfo.InvariantCulture) || start.Groups[2].Value != generation.ToString(CultureInfo.InvariantCulture))
            {
                return null;
            }

            starts.Add((offset, number, generation));
        }

        starts.Sort();
        var objects = new List<PdfObjectBytes>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].Offset : xref;
            if (end <= starts[i].Offset)
            {
                return null;
            }

            objects.Add(new PdfObjectBytes(starts[i].Number, starts[i].Generation, pdf[starts[i].Offset..end]));
        }

        return new ClassicXrefPdf(pdf[..starts[0].Offset], objects, freeEntry, trailer.Groups[1].Value);
    }

    /// <summary>
    /// The file again, with the objects named in <paramref name="replacements"/> replaced by the bytes given, each
    /// object where it was in the order, and a cross-reference table of the new offsets. With no replacements it is
    /// the file that was read.
    /// </summary>
    public byte[] Write(IReadOnlyDictionary<int, byte[]> replacements)
    {
        using var output = new MemoryStream();
        output.Write(_header);
        var offsets = new SortedDictionary<int, (long Offset, int Generation)>();
        foreach (var item in Objects)
        {
            offsets[item.Number] = (output.Position, item.Generation);
            output.Write(replacements.TryGetValue(item.Number, out var replacement) ? replacement : item.Bytes);
        }

        var xref = output.Position;
        var table = new StringBuilder();
        table.Append("xref\n0 ").Append(offsets.Count + 1).Append('\n').Append(_freeEntry);
        foreach (var (offset, generation) in offsets.Values)
        {
            table.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(' ')
                .Append(generation.ToString("D5", CultureInfo.InvariantCulture)).Append(" n \n");
        }

        table.Append(_trailer).Append(xref.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(table.ToString()));
        return output.ToArray();
    }
}
