using System.Buffers.Binary;
using System.Text;
using ReportGen.Pdf.Fonts;
using SkiaSharp;

namespace ReportGen.Pdf.Tests;

/// <summary>What HarfBuzz's subsetter keeps of BIZ UDGothic for a PDF of horizontal text.</summary>
public class FontSubsetTests
{
    internal static byte[] Subset(string text)
    {
        using var typeface = SKFontManager.Default.MatchFamily("BIZ UDGothic") ?? throw new InvalidOperationException("BIZ UDGothic is not installed");
        using var stream = typeface.OpenStream(out var index);
        var bytes = new byte[stream.Length];
        stream.Read(bytes, bytes.Length);
        return HarfBuzzSubsetter.Subset(bytes, index, text.EnumerateRunes().Select(r => r.Value));
    }

    /// <summary>The sfnt table directory: tag → (offset, length).</summary>
    internal static Dictionary<string, (int Offset, int Length)> Tables(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var entry = font.AsSpan(12 + (16 * i), 16);
            tables[Encoding.ASCII.GetString(entry[..4])] = ((int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]));
        }

        return tables;
    }

    [Fact]
    public void Subset_DropsTheHintingPrograms_AndTheVerticalMetrics()
    {
        var tables = Tables(Subset("医療機器、。"));

        Assert.Contains("glyf", tables.Keys);
        Assert.Contains("cmap", tables.Keys);
        Assert.DoesNotContain("fpgm", tables.Keys);
        Assert.DoesNotContain("prep", tables.Keys);
        Assert.DoesNotContain("cvt ", tables.Keys);
        Assert.DoesNotContain("vmtx", tables.Keys);
        Assert.DoesNotContain("vhea", tables.Keys);
    }

    [Fact]
    public void Subset_KeepsTheGlyphsOfTheText_ButNotTheirVerticalForms()
    {
        var font = Subset("、。「」");
        var maxp = Tables(font)["maxp"];

        // .notdef and one glyph per character: the vertical forms of 、。「」 (the vert feature) are left out.
        Assert.Equal(5, BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(maxp.Offset + 4)));
    }
}
