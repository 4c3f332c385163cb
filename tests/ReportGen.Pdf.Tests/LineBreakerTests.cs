using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Tests;

/// <summary>Line breaking with every character one unit wide, so the expected lines can be read off by eye.</summary>
public class LineBreakerTests
{
    private static List<string> Lines(string text, float width)
    {
        var advances = Enumerable.Repeat(1f, text.Length).ToArray();
        return [.. LineBreaker.Break(text, advances, width, width).Select(l => text[l.Start..l.End])];
    }

    [Fact]
    public void Break_FillsEachLine_WhenEveryBreakIsAllowed()
    {
        Assert.Equal(["あいう", "えおか", "き"], Lines("あいうえおかき", 3));
    }

    [Fact]
    public void Break_MovesTheLastCharacterDown_WhenAFullStopWouldStartTheNextLine()
    {
        // 追い出し: 「。」 may not start a line, so 「お」 goes down with it.
        Assert.Equal(["あいうえ", "お。"], Lines("あいうえお。", 5));
    }

    [Fact]
    public void Break_KeepsAnOpeningBracketWithWhatFollows()
    {
        Assert.Equal(["あいう", "「え」"], Lines("あいう「え」", 4));
    }

    [Fact]
    public void Break_KeepsANumberWithItsUnitTogether_WhenItFitsOnTheNextLine()
    {
        Assert.Equal(["予算：", "10.9億円"], Lines("予算：10.9億円", 7));
    }

    [Fact]
    public void Break_SplitsARunLongerThanTheLine_ByCharacter_SoNothingOverflows()
    {
        var lines = Lines("ABCDEFGHIJ", 4);

        Assert.Equal(["ABCD", "EFGH", "IJ"], lines);
    }

    [Fact]
    public void Break_BreaksAfterASpace_AndDropsIt()
    {
        Assert.Equal(["DASH", "for", "SaMD"], Lines("DASH for SaMD", 5));
    }

    [Fact]
    public void Break_UsesTheFirstLineWidth_ForTheFirstLineOnly()
    {
        var text = "あいうえおかきくけ";
        var advances = Enumerable.Repeat(1f, text.Length).ToArray();

        var lines = LineBreaker.Break(text, advances, 2, 4).Select(l => text[l.Start..l.End]);

        Assert.Equal(["あい", "うえおか", "きくけ"], lines);
    }
}
