using ReportGen.Pdf.Drawing;
using ReportGen.Pdf.Layout;
using SkiaSharp;

namespace ReportGen.Pdf.Tests.Layout;

/// <summary>The column against fake children of ten-point lines: stacking, page breaks, wraps, and what is drawn where.</summary>
public sealed class ColumnElementTests
{
    private const float Gap = 5;

    [Fact]
    public void Measure_IsFullRender_OfTheChildrenAndTheGapsBetweenThem()
    {
        var column = new ColumnElement([FakeElement.Lines(2), FakeElement.Lines(3)], Gap);

        Assert.Equal(SpacePlan.Full(20 + Gap + 30), column.Measure(new Size(100, 100)));
    }

    [Fact]
    public void Measure_OffersEachChildTheFullWidth_AndTheHeightLeftBelowTheOnesBefore()
    {
        var first = FakeElement.Lines(2);
        var second = FakeElement.Lines(3);

        new ColumnElement([first, second], Gap).Measure(new Size(100, 100));

        Assert.Equal([new Size(100, 100)], first.Measures);
        Assert.Equal([new Size(100, 100 - 20 - Gap)], second.Measures);
    }

    [Fact]
    public void Measure_IsPartialRender_WhenAChildIsCutByThePageBreak()
    {
        var column = new ColumnElement([FakeElement.Lines(2), FakeElement.Lines(3)], Gap);

        // 20 + 5 leaves 15: one line of the second child.
        Assert.Equal(SpacePlan.Partial(20 + Gap + 10), column.Measure(new Size(100, 40)));
    }

    [Fact]
    public void Measure_IsPartialRender_UpToAChildThatWraps()
    {
        var column = new ColumnElement([FakeElement.Lines(2), FakeElement.Lines(1, height: 30)], Gap);

        Assert.Equal(SpacePlan.Partial(20), column.Measure(new Size(100, 40)));
    }

    [Fact]
    public void Measure_Wraps_WithTheReasonOfTheFirstChild_WhenNothingFits()
    {
        var column = new ColumnElement([FakeElement.Script(SpacePlan.Wrap(WrapReason.CaptionDoesNotFit)), FakeElement.Lines(1)]);

        Assert.Equal(SpacePlan.Wrap(WrapReason.CaptionDoesNotFit), column.Measure(new Size(100, 100)));
    }

    [Fact]
    public void Measure_LeavesNoGapForAnEmptyChild()
    {
        var column = new ColumnElement([FakeElement.Lines(0), FakeElement.Lines(2), FakeElement.Lines(0), FakeElement.Lines(1)], Gap);

        Assert.Equal(SpacePlan.Full(20 + Gap + 10), column.Measure(new Size(100, 100)));
    }

    [Fact]
    public void Measure_IsEmpty_WhenNoChildHasAnythingLeft()
    {
        Assert.Equal(SpacePlan.Empty, new ColumnElement([FakeElement.Lines(0), FakeElement.Lines(0)], Gap).Measure(new Size(100, 100)));
        Assert.Equal(SpacePlan.Empty, new ColumnElement([]).Measure(new Size(100, 100)));
    }

    [Fact]
    public void Draw_PlacesEachChildBelowThePrevious_AtTheHeightItMeasured()
    {
        var first = FakeElement.Lines(2);
        var second = FakeElement.Lines(3);
        var column = new ColumnElement([first, second], Gap);

        column.Draw(new RecordingSink(), new SKRect(10, 20, 110, 20 + 55));

        Assert.Equal([new FakeDraw(0, new SKRect(10, 20, 110, 40), 0, 2)], first.Draws);
        Assert.Equal([new FakeDraw(0, new SKRect(10, 40 + Gap, 110, 40 + Gap + 30), 0, 3)], second.Draws);
    }

    [Fact]
    public void AfterAPageBreak_TheColumnContinuesInTheChildItStoppedIn_AtTheTopOfTheArea()
    {
        var first = FakeElement.Lines(2);
        var second = FakeElement.Lines(5);
        var column = new ColumnElement([first, second], Gap);

        var page1 = column.Measure(new Size(100, 40));
        column.Draw(new RecordingSink(), new SKRect(0, 0, 100, page1.Height));
        var page2 = column.Measure(new Size(100, 100));
        column.Draw(new RecordingSink(), new SKRect(0, 500, 100, 500 + page2.Height));

        Assert.Equal(SpacePlan.Partial(35), page1);
        Assert.Equal(SpacePlan.Full(40), page2);
        Assert.Single(first.Draws);
        Assert.Equal(new FakeDraw(0, new SKRect(0, 500, 100, 540), 1, 4), second.Draws[^1]);
        Assert.Equal(5, second.Drawn);
    }

    [Fact]
    public void Measure_HasNoSideEffects_AndDrawDrawsWhatWasMeasured()
    {
        var first = FakeElement.Lines(2);
        var second = FakeElement.Lines(5);
        var column = new ColumnElement([first, second], Gap);

        var once = column.Measure(new Size(100, 40));
        var twice = column.Measure(new Size(100, 40));
        Assert.Equal(once, twice);
        Assert.Equal((0, 0), (first.Drawn, second.Drawn));

        column.Draw(new RecordingSink(), new SKRect(0, 0, 100, once.Height));

        Assert.Equal(once.Height, first.Draws.Sum(d => d.Area.Height) + Gap + second.Draws.Sum(d => d.Area.Height));
        Assert.Equal((2, 1), (first.Drawn, second.Drawn));
    }

    [Fact]
    public void Reset_StartsAgainWithTheFirstChild()
    {
        var first = FakeElement.Lines(1);
        var column = new ColumnElement([first, FakeElement.Lines(1)]);
        column.Draw(new RecordingSink(), new SKRect(0, 0, 100, 20));

        column.Reset();

        Assert.Equal(1, first.Resets);
        Assert.Equal(SpacePlan.Full(20), column.Measure(new Size(100, 100)));
    }
}
