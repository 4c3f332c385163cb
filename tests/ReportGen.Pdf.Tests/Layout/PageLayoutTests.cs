using ReportGen.Pdf.Layout;
using ReportGen.Pdf.Tests.Support;

namespace ReportGen.Pdf.Tests.Layout;

/// <summary>Flowing a body over pages with fake content, and the error when content fits not even on an empty page.</summary>
public sealed class PageLayoutTests
{
    /// <summary>A 100 × 100 pt body from (10, 10), with a footer band below it.</summary>
    private static readonly PageSettings Page = new(120, 130, 10, 10, 10, 10, 10);

    private static RowElement Row(FakeElement cell, float minimumSplit = 0) => new([new Cell(cell, 1)], 0, 0, minimumSplit: minimumSplit);

    [Fact]
    public void TheBody_ContinuesOnAsManyPagesAsItNeeds_AtTheTopOfEachBody()
    {
        var body = FakeElement.Lines(25);

        var sink = LayoutKit.Run(body, Page);

        Assert.Equal(3, sink.Pages);
        Assert.Equal([(1, 0, 10), (2, 10, 10), (3, 20, 5)], body.Draws.Select(d => (d.Page, d.From, d.Count)));
        Assert.All(body.Draws, d => Assert.Equal((10f, 10f), (d.Area.Left, d.Area.Top)));
    }

    [Fact]
    public void AnEmptyBody_StillGivesOnePage()
    {
        Assert.Equal(1, LayoutKit.Run(FakeElement.Lines(0), Page).Pages);
    }

    [Fact]
    public void ContentThatFitsNowhere_IsReported_WithTheReason()
    {
        var error = Assert.Throws<LayoutException>(() => LayoutKit.Run(FakeElement.Lines(1, height: 101), Page));

        Assert.Equal("Content does not fit on an empty page (page 1): a line of text is taller than the space left for it.", error.Message);
    }

    [Fact]
    public void TheReason_IsCarriedUpThroughColumnTableAndRow_ToThePageItFailedOn()
    {
        // Page 1 holds the three lines above the table; on page 2 the row could show nine lines, but wants twenty.
        var table = new TableElement(Row(FakeElement.Lines(1)), [Row(FakeElement.Lines(20), minimumSplit: 200)]);
        var body = new ColumnElement([FakeElement.Lines(3), table]);

        var error = Assert.Throws<LayoutException>(() => LayoutKit.Run(body, Page));

        Assert.Equal("Content does not fit on an empty page (page 2): a table row would be split with less than its minimum before the page break.", error.Message);
    }

    [Theory]
    [InlineData(WrapReason.LineTallerThanSpace)]
    [InlineData(WrapReason.SplitRowTooShort)]
    [InlineData(WrapReason.CaptionDoesNotFit)]
    [InlineData(WrapReason.HeaderDoesNotFit)]
    [InlineData(WrapReason.HeadingWithoutNextRow)]
    public void EveryReason_HasItsOwnWords_InTheMessage(WrapReason reason)
    {
        var error = Assert.Throws<LayoutException>(() => LayoutKit.Run(FakeElement.Script(SpacePlan.Wrap(reason)), Page));

        Assert.StartsWith("Content does not fit on an empty page (page 1): ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(reason.Describe() + ".", error.Message, StringComparison.Ordinal);
        Assert.Single(Enum.GetValues<WrapReason>(), r => r.Describe() == reason.Describe());
    }

    [Fact]
    public void AWrapWithoutAReason_KeepsTheShortMessage()
    {
        var error = Assert.Throws<LayoutException>(() => LayoutKit.Run(FakeElement.Script(SpacePlan.Wrap(WrapReason.None)), Page));

        Assert.Equal("Content does not fit on an empty page (page 1).", error.Message);
    }
}
