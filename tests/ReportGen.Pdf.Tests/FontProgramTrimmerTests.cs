using System.Buffers.Binary;
using System.Text;
using ReportGen.Pdf.Writing;

namespace ReportGen.Pdf.Tests;

/// <summary>A subset of BIZ UDGothic cut down to the tables a PDF viewer draws with, checked as an sfnt file.</summary>
public class FontProgramTrimmerTests
{
    private static readonly string[] Drawn = ["head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "OS/2"];

    private static readonly byte[] Font = FontSubsetTests.Subset("医療機器の開発を支援する。（１）「ＡＩ」");

    private static uint Sum(ReadOnlySpan<byte> data)
    {
        var sum = 0u;
        for (var i = 0; i < data.Length; i++)
        {
            sum += (uint)data[i] << (8 * (3 - (i % 4)));
        }

        return sum;
    }

    private static byte[] TableData(byte[] font, string tag)
    {
        var (offset, length) = FontSubsetTests.Tables(font)[tag];
        return font[offset..(offset + length)];
    }

    [Fact]
    public void Trim_KeepsOnlyTheDrawingTables_EachByteForByte()
    {
        var trimmed = FontProgramTrimmer.Trim(Font)!;
        var before = FontSubsetTests.Tables(Font).Keys;
        var after = FontSubsetTests.Tables(trimmed).Keys;

        Assert.Contains("cmap", before);
        Assert.Contains("name", before);
        Assert.Contains("post", before);
        Assert.Equal(before.Where(Drawn.Contains).Order(StringComparer.Ordinal), after.Order(StringComparer.Ordinal));
        foreach (var tag in after)
        {
            var (original, kept) = (TableData(Font, tag), TableData(trimmed, tag));
            if (tag == "head")
            {
                // Only checkSumAdjustment may differ.
                Array.Clear(original, 8, 4);
                Array.Clear(kept, 8, 4);
            }

            Assert.True(original.AsSpan().SequenceEqual(kept), $"{tag} changed");
        }
    }

    [Fact]
    public void Trim_WritesAValidDirectory_WithTheChecksumsOfTheTables_AndOfTheFont()
    {
        var font = FontProgramTrimmer.Trim(Font)!;
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var power = 1;
        while (power * 2 <= count)
        {
            power *= 2;
        }

        Assert.Equal(0x00010000u, BinaryPrimitives.ReadUInt32BigEndian(font));
        Assert.Equal(power * 16, BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(6)));
        Assert.Equal(Math.Log2(power), BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(8)));
        Assert.Equal((count * 16) - (power * 16), BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(10)));

        var tags = new List<string>();
        var end = 12 + (16 * count);
        foreach (var i in Enumerable.Range(0, count).OrderBy(i => BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(12 + (16 * i) + 8))))
        {
            var entry = font.AsSpan(12 + (16 * i), 16);
            var tag = Encoding.ASCII.GetString(entry[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
            var data = font[offset..(offset + length)];
            if (tag == "head")
            {
                Array.Clear(data, 8, 4);
            }

            Assert.True(offset % 4 == 0 && offset >= end, $"{tag} at {offset}");
            Assert.All(font[(offset + length)..((offset + length + 3) & ~3)], b => Assert.Equal(0, b));
            Assert.Equal(Sum(data), BinaryPrimitives.ReadUInt32BigEndian(entry[4..]));
            end = offset + length;
        }

        for (var i = 0; i < count; i++)
        {
            tags.Add(Encoding.ASCII.GetString(font, 12 + (16 * i), 4));
        }

        Assert.Equal(tags.Order(StringComparer.Ordinal), tags);
        Assert.Equal((end + 3) & ~3, font.Length);
        Assert.Equal(0xB1B0AFBAu, Sum(font));
    }

    [Fact]
    public void Trim_GivesUp_OnWhatIsNotATrueTypeFont()
    {
        Assert.Null(FontProgramTrimmer.Trim("OTTO\0\0\0\0\0\0\0\0"u8));
        Assert.Null(FontProgramTrimmer.Trim(Font.AsSpan(0, 200)));
    }
}
