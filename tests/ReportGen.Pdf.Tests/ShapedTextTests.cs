using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Tests;

/// <summary>Which of a shaped paragraph's glyphs a line draws: those whose cluster starts inside the line.</summary>
public class ShapedTextTests
{
    private static ShapedText Shaped(params int[] clusters) =>
        new(new float[8], [.. clusters.Select((_, g) => (ushort)(10 + g))], clusters, [.. clusters.Select(c => 100 + c)], new int[clusters.Length], new int[clusters.Length], []);

    [Theory]
    [InlineData(0, 2, new ushort[] { 10, 11 })]
    [InlineData(2, 5, new ushort[] { 12 })]
    [InlineData(5, 8, new ushort[] { 13, 14 })]
    [InlineData(3, 5, new ushort[] { })]
    [InlineData(0, 8, new ushort[] { 10, 11, 12, 13, 14 })]
    public void LeftToRight_TheGlyphsOfTheLinesClusters_InOrder(int start, int end, ushort[] expected)
    {
        // Two glyphs for the first character (a base and a mark), one character of three units, then two more.
        var glyphs = Shaped(0, 0, 2, 5, 6).GlyphsOf(start, end);

        Assert.Equal(expected, glyphs.Ids.ToArray());
        Assert.Equal(expected.Length, glyphs.XAdvance.Length);
    }

    [Fact]
    public void RightToLeft_TheGlyphsOfTheLinesClusters_InDrawingOrder()
    {
        // Right-to-left runs come out of HarfBuzz with descending clusters.
        var glyphs = Shaped(6, 5, 2, 0).GlyphsOf(0, 3);

        Assert.Equal(new ushort[] { 12, 13 }, glyphs.Ids.ToArray());
        Assert.Equal([102, 100], glyphs.XAdvance.ToArray());

        // A line's end is not its own: the glyph of the character at 5 belongs to the next line.
        Assert.Equal(new ushort[] { 12, 13 }, Shaped(6, 5, 2, 0).GlyphsOf(0, 5).Ids.ToArray());
    }
}
