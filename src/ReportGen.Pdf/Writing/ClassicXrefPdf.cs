using System.Globalization;

namespace ReportGen.Pdf.Writing;

/// <summary>One indirect object of a PDF file: its number and its bytes, from "N G obj" up to the next object.</summary>
internal sealed record PdfObjectBytes(int Number, int Generation, ReadOnlyMemory<byte> Bytes);

/// <summary>
/// A PDF file as Skia writes it: a header, the objects one after another, one classic cross-reference table (PDF
/// 32000-1, 7.5.4) with a single subsection from object 0, and a trailer without /Prev. Read into its objects, it can be
/// written again with some of them replaced and a fresh table of their new offsets.
/// <para>
/// Read from the bytes themselves, and written into one array of the final length: read as a Latin-1 string and
/// written through a growing stream, a 786-page PDF (1.9 MB) cost five arrays of its size or twice it, each in the
/// large object heap, whose growth set off full collections while the site was still being written.
/// </para>
/// </summary>
internal sealed class ClassicXrefPdf
{
    private const int EntryLength = 20;

    private readonly ReadOnlyMemory<byte> _header;
    private readonly ReadOnlyMemory<byte> _freeEntry;
    private readonly ReadOnlyMemory<byte> _trailer;

    private ClassicXrefPdf(ReadOnlyMemory<byte> header, IReadOnlyList<PdfObjectBytes> objects, ReadOnlyMemory<byte> freeEntry, ReadOnlyMemory<byte> trailer)
    {
        _header = header;
        Objects = objects;
        _freeEntry = freeEntry;
        _trailer = trailer;
    }

    /// <summary>The objects in the order they lie in the file.</summary>
    public IReadOnlyList<PdfObjectBytes> Objects { get; }

    /// <summary>The file's objects, or null if it is not laid out as described above.</summary>
    public static ClassicXrefPdf? Read(byte[] pdf)
    {
        if (PdfTrailer.Find(pdf) is not { } trailer || trailer.Dictionary(pdf).IndexOf("/Prev"u8) >= 0 || trailer.Xref >= trailer.Start)
        {
            return null;
        }

        // "xref", a line end, then the one subsection "0 N" on its own line.
        var at = (int)trailer.Xref;
        if (!Skip(pdf, ref at, "xref"u8))
        {
            return null;
        }

        Skip(pdf, ref at, "\r"u8);
        if (!Skip(pdf, ref at, "\n"u8) || !Skip(pdf, ref at, "0 "u8) || PdfTrailer.Number(pdf, ref at) is not { } count)
        {
            return null;
        }

        while (at < pdf.Length && pdf[at] != '\n' && PdfTrailer.IsWhiteSpace(pdf[at]))
        {
            at++;
        }

        if (!Skip(pdf, ref at, "\n"u8) || PdfTrailer.Entry(trailer.Dictionary(pdf), "/Size"u8) != count)
        {
            return null;
        }

        var entriesEnd = at + (count * EntryLength);
        if (count < 2 || entriesEnd > trailer.Start || !PdfTrailer.IsWhiteSpace(pdf.AsSpan((int)entriesEnd, trailer.Start - (int)entriesEnd)))
        {
            return null;
        }

        var starts = new List<(int Offset, int Number, int Generation)>((int)count - 1);
        for (var number = 0; number < count; number++)
        {
            var entry = pdf.AsSpan(at + (number * EntryLength), EntryLength);
            if (!IsEntry(entry, out var offset, out var generation, out var inUse) || inUse == (number == 0))
            {
                return null;
            }

            if (number == 0)
            {
                continue;
            }

            if (offset >= trailer.Xref || !StartsObject(pdf, (int)offset, number, generation))
            {
                return null;
            }

            starts.Add(((int)offset, number, generation));
        }

        starts.Sort();
        var objects = new List<PdfObjectBytes>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].Offset : (int)trailer.Xref;
            if (end <= starts[i].Offset)
            {
                return null;
            }

            objects.Add(new PdfObjectBytes(starts[i].Number, starts[i].Generation, pdf.AsMemory(starts[i].Offset, end - starts[i].Offset)));
        }

        return new ClassicXrefPdf(pdf.AsMemory(0, starts[0].Offset), objects, pdf.AsMemory(at, EntryLength), pdf.AsMemory(trailer.Start, trailer.XrefDigits - trailer.Start));
    }

    /// <summary>
    /// The file again, with the objects named in <paramref name="replacements"/> replaced by the bytes given, each
    /// object where it was in the order, and a cross-reference table of the new offsets. With no replacements it is
    /// the file that was read.
    /// </summary>
    public byte[] Write(IReadOnlyDictionary<int, byte[]> replacements)
    {
        ReadOnlySpan<byte> BytesOf(PdfObjectBytes item) => replacements.TryGetValue(item.Number, out var replacement) ? replacement : item.Bytes.Span;

        var objectsLength = Objects.Sum(o => (long)BytesOf(o).Length);
        var xref = _header.Length + objectsLength;
        var xrefDigits = xref.ToString(CultureInfo.InvariantCulture);
        var countDigits = (Objects.Count + 1).ToString(CultureInfo.InvariantCulture);
        var length = xref + "xref\n0 ".Length + countDigits.Length + 1 + _freeEntry.Length + ((long)Objects.Count * EntryLength)
            + _trailer.Length + xrefDigits.Length + "\n%%EOF\n".Length;
        var output = new byte[checked((int)length)];
        var writer = new SpanWriter(output);
        writer.Write(_header.Span);
        var offsets = new SortedDictionary<int, (long Offset, int Generation)>();
        foreach (var item in Objects)
        {
            offsets[item.Number] = (writer.Position, item.Generation);
            writer.Write(BytesOf(item));
        }

        writer.Write("xref\n0 "u8);
        writer.WriteAscii(countDigits);
        writer.Write("\n"u8);
        writer.Write(_freeEntry.Span);
        foreach (var (offset, generation) in offsets.Values)
        {
            writer.WriteAscii(offset.ToString("D10", CultureInfo.InvariantCulture));
            writer.Write(" "u8);
            writer.WriteAscii(generation.ToString("D5", CultureInfo.InvariantCulture));
            writer.Write(" n \n"u8);
        }

        writer.Write(_trailer.Span);
        writer.WriteAscii(xrefDigits);
        writer.Write("\n%%EOF\n"u8);
        return writer.Position == output.Length ? output : throw new InvalidOperationException("The PDF was not written to its computed length.");
    }

    private static bool Skip(ReadOnlySpan<byte> pdf, ref int at, ReadOnlySpan<byte> expected)
    {
        if (!pdf[at..].StartsWith(expected))
        {
            return false;
        }

        at += expected.Length;
        return true;
    }

    /// <summary>A table entry: ten digits of offset, five of generation, n or f, and a two-byte line end.</summary>
    private static bool IsEntry(ReadOnlySpan<byte> entry, out long offset, out int generation, out bool inUse)
    {
        offset = 0;
        generation = 0;
        inUse = entry[17] == 'n';
        if (entry[10] != ' ' || entry[16] != ' ' || entry[17] is not (byte)'n' and not (byte)'f'
            || entry[18] is not (byte)' ' and not (byte)'\r' and not (byte)'\n' || entry[19] is not (byte)' ' and not (byte)'\r' and not (byte)'\n')
        {
            return false;
        }

        var at = 0;
        if (PdfTrailer.Number(entry[..10], ref at) is not { } o || at != 10)
        {
            return false;
        }

        at = 11;
        if (PdfTrailer.Number(entry[..16], ref at) is not { } g || at != 16)
        {
            return false;
        }

        offset = o;
        generation = (int)g;
        return true;
    }

    /// <summary>Whether "<paramref name="number"/> <paramref name="generation"/> obj" begins at <paramref name="offset"/>.</summary>
    private static bool StartsObject(ReadOnlySpan<byte> pdf, int offset, int number, int generation)
    {
        Span<byte> expected = stackalloc byte[32];
        if (!System.Text.Unicode.Utf8.TryWrite(expected, CultureInfo.InvariantCulture, $"{number} {generation} obj", out var written))
        {
            return false;
        }

        var rest = pdf[offset..];
        return rest.StartsWith(expected[..written]) && (rest.Length == written || !IsWordCharacter(rest[written]));
    }

    private static bool IsWordCharacter(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (byte)'_';

    /// <summary>Writes into an array sized beforehand.</summary>
    private ref struct SpanWriter(Span<byte> output)
    {
        private readonly Span<byte> _output = output;

        public int Position { get; private set; }

        public void Write(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(_output[Position..]);
            Position += bytes.Length;
        }

        public void WriteAscii(string text)
        {
            Position += System.Text.Encoding.ASCII.GetBytes(text, _output[Position..]);
        }
    }
}

/// <summary>
/// The trailer at the end of a PDF written with a classic cross-reference table: "trailer", its dictionary,
/// "startxref", the table's offset and "%%EOF", with PDF white space (PDF 32000-1, 7.2.2) between them and after.
/// </summary>
internal readonly record struct PdfTrailer(int Start, int DictionaryStart, int DictionaryEnd, int XrefDigits, long Xref)
{
    public ReadOnlySpan<byte> Dictionary(ReadOnlySpan<byte> pdf) => pdf[DictionaryStart..DictionaryEnd];

    public static PdfTrailer? Find(ReadOnlySpan<byte> pdf)
    {
        // Backwards from the end: %%EOF, the offset's digits, startxref, the dictionary's >>.
        var end = pdf.Length;
        while (end > 0 && IsWhiteSpace(pdf[end - 1]))
        {
            end--;
        }

        if (!pdf[..end].EndsWith("%%EOF"u8))
        {
            return null;
        }

        end -= "%%EOF".Length;
        while (end > 0 && IsWhiteSpace(pdf[end - 1]))
        {
            end--;
        }

        var digits = end;
        while (digits > 0 && char.IsAsciiDigit((char)pdf[digits - 1]))
        {
            digits--;
        }

        var at = digits;
        if (digits == end || Number(pdf[..end], ref at) is not { } xref)
        {
            return null;
        }

        var keyword = digits;
        while (keyword > 0 && IsWhiteSpace(pdf[keyword - 1]))
        {
            keyword--;
        }

        if (!pdf[..keyword].EndsWith("startxref"u8))
        {
            return null;
        }

        var close = keyword - "startxref".Length;
        while (close > 0 && IsWhiteSpace(pdf[close - 1]))
        {
            close--;
        }

        if (!pdf[..close].EndsWith(">>"u8))
        {
            return null;
        }

        var start = pdf[..(close - 2)].LastIndexOf("trailer"u8);
        if (start < 0)
        {
            return null;
        }

        var open = start + "trailer".Length;
        while (open < close && IsWhiteSpace(pdf[open]))
        {
            open++;
        }

        return pdf[open..].StartsWith("<<"u8) && open + 2 <= close - 2
            ? new PdfTrailer(start, open + 2, close - 2, digits, xref)
            : null;
    }

    /// <summary>The number after <paramref name="key"/> (a name such as <c>/Size</c>) and white space, or null.</summary>
    public static long? Entry(ReadOnlySpan<byte> dictionary, ReadOnlySpan<byte> key)
    {
        for (var from = 0; dictionary[from..].IndexOf(key) is var found and >= 0; from += found + key.Length)
        {
            var at = from + found + key.Length;
            if (at < dictionary.Length && IsWhiteSpace(dictionary[at]))
            {
                while (at < dictionary.Length && IsWhiteSpace(dictionary[at]))
                {
                    at++;
                }

                if (Number(dictionary, ref at) is { } value)
                {
                    return value;
                }
            }
        }

        return null;
    }

    /// <summary>Decimal digits at <paramref name="at"/> (moved past them), or null if there are none or too many.</summary>
    public static long? Number(ReadOnlySpan<byte> text, ref int at)
    {
        var start = at;
        long value = 0;
        while (at < text.Length && char.IsAsciiDigit((char)text[at]))
        {
            if (at - start >= 15)
            {
                return null;
            }

            value = (value * 10) + (text[at] - '0');
            at++;
        }

        return at == start ? null : value;
    }

    /// <summary>PDF's white-space characters: NUL, tab, line feed, form feed, carriage return and space.</summary>
    public static bool IsWhiteSpace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsWhiteSpace(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (!IsWhiteSpace(b))
            {
                return false;
            }
        }

        return true;
    }
}
