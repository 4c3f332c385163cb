using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace ReportGen.Pdf.Writing;

/// <summary>One table of an sfnt font: its four-letter tag and its bytes, without padding.</summary>
internal sealed record SfntTable(string Tag, byte[] Data);

/// <summary>
/// The sfnt container of a TrueType font (OpenType spec, "Organization of an OpenType font"): a table directory
/// followed by the tables. Reads the tables out of a font and writes a font from tables, with a valid directory.
/// </summary>
internal static class SfntFile
{
    private const int HeaderLength = 12;
    private const int EntryLength = 16;

    /// <summary>Where head keeps checkSumAdjustment, and what it makes the whole font's checksum.</summary>
    private const int CheckSumAdjustmentOffset = 8;
    private const uint FontChecksum = 0xB1B0AFBA;

    /// <summary>sfnt version 1.0: TrueType outlines.</summary>
    private const uint TrueTypeVersion = 0x00010000;

    /// <summary>
    /// The tables of <paramref name="font"/> in the order their data lies in the file, or null if it is not a
    /// single font of version 1.0 (TrueType outlines) whose directory and tables fit in it.
    /// </summary>
    public static IReadOnlyList<SfntTable>? Read(ReadOnlySpan<byte> font)
    {
        if (font.Length < HeaderLength || BinaryPrimitives.ReadUInt32BigEndian(font) != TrueTypeVersion)
        {
            return null;
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        if (count == 0 || HeaderLength + ((long)count * EntryLength) > font.Length)
        {
            return null;
        }

        var tables = new List<(uint Offset, SfntTable Table)>(count);
        for (var i = 0; i < count; i++)
        {
            var entry = font.Slice(HeaderLength + (i * EntryLength), EntryLength);
            var tag = Encoding.ASCII.GetString(entry[..4]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
            if ((long)offset + length > font.Length || tables.Exists(t => t.Table.Tag == tag))
            {
                return null;
            }

            tables.Add((offset, new SfntTable(tag, font.Slice((int)offset, (int)length).ToArray())));
        }

        var head = tables.Find(t => t.Table.Tag == "head").Table;
        if (head is not null && head.Data.Length < CheckSumAdjustmentOffset + 4)
        {
            return null;
        }

        return [.. tables.OrderBy(t => t.Offset).Select(t => t.Table)];
    }

    /// <summary>
    /// A TrueType font of <paramref name="tables"/>, their data in the order given, each at a four-byte boundary and
    /// padded with zeros; the directory sorted by tag with its search fields and each table's checksum, and head's
    /// checkSumAdjustment set for the whole font.
    /// </summary>
    public static byte[] Write(IReadOnlyList<SfntTable> tables)
    {
        var directoryLength = HeaderLength + (tables.Count * EntryLength);
        var offsets = new int[tables.Count];
        var length = directoryLength;
        for (var i = 0; i < tables.Count; i++)
        {
            offsets[i] = length;
            length += Padded(tables[i].Data.Length);
        }

        var font = new byte[length];
        var power = 1 << BitOperations.Log2((uint)tables.Count);
        BinaryPrimitives.WriteUInt32BigEndian(font, TrueTypeVersion);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)tables.Count);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(6), (ushort)(power * EntryLength));
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(8), (ushort)BitOperations.Log2((uint)power));
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(10), (ushort)((tables.Count - power) * EntryLength));

        var headOffset = -1;
        for (var i = 0; i < tables.Count; i++)
        {
            var data = font.AsSpan(offsets[i], tables[i].Data.Length);
            tables[i].Data.CopyTo(data);
            if (tables[i].Tag == "head")
            {
                headOffset = offsets[i];
                data.Slice(CheckSumAdjustmentOffset, 4).Clear();
            }
        }

        var sorted = Enumerable.Range(0, tables.Count).OrderBy(i => tables[i].Tag, StringComparer.Ordinal).ToList();
        for (var n = 0; n < sorted.Count; n++)
        {
            var i = sorted[n];
            var entry = font.AsSpan(HeaderLength + (n * EntryLength), EntryLength);
            Encoding.ASCII.GetBytes(tables[i].Tag, entry);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], Checksum(font.AsSpan(offsets[i], Padded(tables[i].Data.Length))));
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)offsets[i]);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)tables[i].Data.Length);
        }

        if (headOffset >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headOffset + CheckSumAdjustmentOffset), FontChecksum - Checksum(font));
        }

        return font;
    }

    private static int Padded(int length) => (length + 3) & ~3;

    /// <summary>The sum of the big-endian 32-bit words of <paramref name="data"/>, whose length is a multiple of four.</summary>
    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        var sum = 0u;
        for (var i = 0; i < data.Length; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        }

        return sum;
    }
}
