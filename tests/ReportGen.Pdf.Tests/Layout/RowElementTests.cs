using ReportGen.Pdf.Drawing;
using ReportGen.Pdf.Layout;
using SkiaSharp;

namespace ReportGen.Pdf.Tests.Layout;

/// <summary>The row against fake cells of ten-point lines: widths, the tallest cell, splits, wraps, borders.</summary>
public sealed class RowElementTests
{
    private const float PadX = 2;
    private const float PadY = 3;

    private static RowElement Row(params FakeElement[] cells) => new([.. cells.Select(c => new Cell(c, 1))], PadX, PadY);

    [Fact]
    public void Measure_IsTheTallestCell_PlusThePadding()
    {
        var row = Row(FakeElement.Lines(2), FakeElement.Lines(4), FakeElement.Lines(1));

        Assert.Equal(SpacePlan.Full(40 + (2 * PadY)), row.Measure(new Size(90, 100)));
    }

    [Fact]
    public void Measure_OffersEachCellItsShareOfTheWidth_LessThePadding()
    {
        var narrow = FakeElement.Lines(1);
        var wide = FakeElement.Lines(1);
        var row = new RowElement([new Cell(narrow, 1), new Cell(wide, 3)], PadX, PadY);

        row.Measure(new Size(100, 50));

        Assert.Equal([new Size(25 - (2 * PadX), 50 - (2 * PadY))], narrow.Measures);
        Assert.Equal([new Size(75 - (2 * PadX), 50 - (2 * PadY))], wide.Measures);
    }

    [Fact]
    public void Measure_IsPartialRender_WhenACellIsCutByThePageBreak()
    {
        var row = Row(FakeElement.Lines(1), FakeElement.Lines(5));

        // 36 less the padding leaves 30: three lines of the long cell.
        Assert.Equal(SpacePlan.Partial(30 + (2 * PadY)), row.Measure(new Size(90, 36)));
    }

    [Fact]
    public void Measure_Wraps_WithTheCellsReason_WhenACellWraps()
    {
        var row = Row(FakeElement.Lines(1), FakeElement.Lines(1, height: 30));

        Assert.Equal(SpacePlan.Wrap(WrapReason.LineTallerThanSpace), row.Measure(new Size(90, 35)));
    }

    [Fact]
    public void Measure_Wraps_WhenItsFirstPartWouldBeShorterThanTheMinimumSplit()
    {
        var row = new RowElement([new Cell(FakeElement.Lines(5), 1)], PadX, PadY, minimumSplit: 30 + (2 * PadY));

        Assert.Equal(SpacePlan.Wrap(WrapReason.SplitRowTooShort), row.Measure(new Size(90, 20 + (2 * PadY))));
        Assert.Equal(SpacePlan.Partial(30 + (2 * PadY)), row.Measure(new Size(90, 30 + (2 * PadY))));
    }

    [Fact]
    public void ARowAlreadySplit_ContinuesEvenWithLessThanTheMinimum()
    {
        var row = new RowElement([new Cell(FakeElement.Lines(10), 1)], PadX, PadY, minimumSplit: 30 + (2 * PadY));
        row.Draw(new RecordingSink(), new SKRect(0, 0, 90, 30 + (2 * PadY)));

        Assert.Equal(SpacePlan.Partial(10 + (2 * PadY)), row.Measure(new Size(90, 10 + (2 * PadY))));
    }

    [Fact]
    public void Measure_IsEmpty_WhenNoCellHasAnythingLeft()
    {
        Assert.Equal(SpacePlan.Empty, Row(FakeElement.Lines(0), FakeElement.Lines(0)).Measure(new Size(90, 100)));
    }

    [Fact]
    public void Draw_DrawsEachCellInsideItsPadding_ThenItsBorder()
    {
        var narrow = FakeElement.Lines(1);
        var wide = FakeElement.Lines(2);
        var row = new RowElement([new Cell(narrow, 1, SKColors.Gray), new Cell(wide, 3)], PadX, PadY);
        var sink = new RecordingSink();

        row.Draw(sink, new SKRect(10, 20, 110, 46));

        Assert.Equal([new FakeDraw(0, new SKRect(10 + PadX, 20 + PadY, 35 - PadX, 46 - PadY), 0, 1)], narrow.Draws);
        Assert.Equal([new FakeDraw(0, new SKRect(35 + PadX, 20 + PadY, 110 - PadX, 46 - PadY), 0, 2)], wide.Draws);
        Assert.Equal(
            [
                new RectangleCommand(0, new SKRect(10, 20, 35, 46), 0, SKColors.Gray, null),
                new RectangleCommand(0, new SKRect(10, 20, 35, 46), RowElement.BorderWidth, null, SKColors.Black),
                new RectangleCommand(0, new SKRect(35, 20, 110, 46), RowElement.BorderWidth, null, SKColors.Black),
            ],
            sink.Commands);
    }

    [Fact]
    public void AfterAPageBreak_EveryCellContinuesWithItsNextLine_InNewBorders()
    {
        var shortCell = FakeElement.Lines(1);
        var longCell = FakeElement.Lines(5);
        var row = Row(shortCell, longCell);
        var sink = new RecordingSink();

        var page1 = row.Measure(new Size(90, 36));
        sink.BeginPage(100, 100);
        row.Draw(sink, new SKRect(0, 0, 90, page1.Height));
        var page2 = row.Measure(new Size(90, 100));
        sink.BeginPage(100, 100);
        row.Draw(sink, new SKRect(0, 0, 90, page2.Height));

        Assert.Equal(SpacePlan.Full(20 + (2 * PadY)), page2);
        Assert.Equal([(1, 0, 3), (2, 3, 2)], longCell.Draws.Select(d => (d.Page, d.From, d.Count)));
        Assert.Equal([(1, 1), (2, 0)], shortCell.Draws.Select(d => (d.Page, d.Count)));
        Assert.Equal(2, sink.Commands.OfType<RectangleCommand>().Count(r => r.Page == 2));
    }

    [Fact]
    public void Measure_HasNoSideEffects_AndDrawDrawsWhatWasMeasured()
    {
        var cell = FakeElement.Lines(5);
        var row = Row(FakeElement.Lines(1), cell);

        var once = row.Measure(new Size(90, 36));
        var twice = row.Measure(new Size(90, 36));
        Assert.Equal(once, twice);
        Assert.Equal(0, cell.Drawn);

        row.Draw(new RecordingSink(), new SKRect(0, 0, 90, once.Height));

        Assert.Equal(once.Height - (2 * PadY), cell.Draws.Single().Count * 10);
    }

    [Fact]
    public void Reset_ResetsEveryCell()
    {
        var cells = new[] { FakeElement.Lines(1), FakeElement.Lines(2) };
        var row = Row(cells);
        row.Draw(new RecordingSink(), new SKRect(0, 0, 90, 100));

        row.Reset();

        Assert.All(cells, c => Assert.Equal(1, c.Resets));
        Assert.Equal(SpacePlan.Full(20 + (2 * PadY)), row.Measure(new Size(90, 100)));
    }
}
