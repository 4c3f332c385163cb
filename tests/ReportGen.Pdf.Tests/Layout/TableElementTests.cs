using ReportGen.Pdf.Drawing;
using ReportGen.Pdf.Layout;
using ReportGen.Pdf.Tests.Support;
using SkiaSharp;

namespace ReportGen.Pdf.Tests.Layout;

/// <summary>
/// The table against rows of one fake cell without padding, so that a row is as tall as its ten-point lines: the
/// header on every page part, the caption on the first, heading rows kept with the next row, and why it wraps.
/// </summary>
public sealed class TableElementTests
{
    private static RowElement Row(FakeElement cell, bool keepWithNext = false, float minimumSplit = 0) =>
        new([new Cell(cell, 1)], 0, 0, keepWithNext, minimumSplit);

    /// <summary>Pages whose body is 100 pt wide and <paramref name="height"/> tall, at the page's top left corner.</summary>
    private static PageSettings Page(float height) => new(100, height, 0, 0, 0, 0, 0);

    [Fact]
    public void Measure_IsFullRender_OfTheHeaderAndAllRows()
    {
        var table = new TableElement(Row(FakeElement.Lines(1)), [Row(FakeElement.Lines(2)), Row(FakeElement.Lines(1))]);

        Assert.Equal(SpacePlan.Full(40), table.Measure(new Size(100, 100)));
    }

    [Fact]
    public void Measure_IsEmpty_WhenNoRowHasAnythingLeft_EvenWithAHeader()
    {
        var table = new TableElement(Row(FakeElement.Lines(1)), [Row(FakeElement.Lines(0))], FakeElement.Lines(1));

        Assert.Equal(SpacePlan.Empty, table.Measure(new Size(100, 100)));
    }

    [Fact]
    public void Measure_IsPartialRender_UpToTheRowCutByThePageBreak()
    {
        var table = new TableElement(Row(FakeElement.Lines(1)), [Row(FakeElement.Lines(2)), Row(FakeElement.Lines(3))]);

        Assert.Equal(SpacePlan.Partial(10 + 20 + 20), table.Measure(new Size(100, 50)));
    }

    [Fact]
    public void Measure_StopsBeforeARowThatWraps()
    {
        var table = new TableElement(Row(FakeElement.Lines(1)), [Row(FakeElement.Lines(2)), Row(FakeElement.Lines(1, height: 30))]);

        Assert.Equal(SpacePlan.Partial(30), table.Measure(new Size(100, 40)));
    }

    [Fact]
    public void Measure_Wraps_WithTheReasonOfTheFirstRow_WhenNoRowFits()
    {
        var tall = new TableElement(Row(FakeElement.Lines(1)), [Row(FakeElement.Lines(1, height: 30))]);
        var unsplittable = new TableElement(Row(FakeElement.Lines(1)), [Row(FakeElement.Lines(5), minimumSplit: 30)]);

        Assert.Equal(SpacePlan.Wrap(WrapReason.LineTallerThanSpace), tall.Measure(new Size(100, 35)));
        Assert.Equal(SpacePlan.Wrap(WrapReason.SplitRowTooShort), unsplittable.Measure(new Size(100, 35)));
    }

    [Fact]
    public void Measure_Wraps_WhenTheHeaderDoesNotFitWhole()
    {
        var table = new TableElement(Row(FakeElement.Lines(3)), [Row(FakeElement.Lines(1))]);

        Assert.Equal(SpacePlan.Wrap(WrapReason.HeaderDoesNotFit), table.Measure(new Size(100, 25)));
    }

    [Fact]
    public void Measure_Wraps_WhenTheCaptionDoesNotFitWhole()
    {
        var table = new TableElement(Row(FakeElement.Lines(1)), [Row(FakeElement.Lines(1))], FakeElement.Lines(3));

        Assert.Equal(SpacePlan.Wrap(WrapReason.CaptionDoesNotFit), table.Measure(new Size(100, 25)));
    }

    [Fact]
    public void Measure_Wraps_WhenAHeadingFits_ButTheRowKeptWithItCannotStart()
    {
        var table = new TableElement(Row(FakeElement.Lines(1)), [Row(FakeElement.Lines(1), keepWithNext: true), Row(FakeElement.Lines(1, height: 30))]);

        Assert.Equal(SpacePlan.Wrap(WrapReason.HeadingWithoutNextRow), table.Measure(new Size(100, 40)));
    }

    [Fact]
    public void AHeadingRow_MovesToTheNextPage_WithTheRowKeptWithIt()
    {
        var heading = FakeElement.Lines(1);
        var next = FakeElement.Lines(1, height: 20);
        var table = new TableElement(Row(FakeElement.Lines(1)), [Row(FakeElement.Lines(1)), Row(heading, keepWithNext: true), Row(next)]);

        Assert.Equal(SpacePlan.Partial(20), table.Measure(new Size(100, 40)));
        LayoutKit.Run(table, Page(40));

        Assert.Equal(new FakeDraw(2, new SKRect(0, 10, 100, 20), 0, 1), heading.Draws.Single());
        Assert.Equal(new FakeDraw(2, new SKRect(0, 20, 100, 40), 0, 1), next.Draws.Single());
    }

    [Fact]
    public void TheHeader_IsDrawnAtTheTopOfEveryPagePart_FromItsFirstLine_AndTheRowsBelowIt()
    {
        var header = FakeElement.Lines(1);
        var rows = Enumerable.Range(0, 5).Select(_ => FakeElement.Lines(2)).ToList();
        var table = new TableElement(Row(header), [.. rows.Select(r => Row(r))]);

        var sink = LayoutKit.Run(table, Page(50));

        Assert.Equal(3, sink.Pages);
        Assert.Equal([(1, 0), (2, 0), (3, 0)], header.Draws.Select(d => (d.Page, d.From)));
        Assert.All(header.Draws, d => Assert.Equal(new SKRect(0, 0, 100, 10), d.Area));
        Assert.Equal([1, 1, 2, 2, 3], rows.Select(r => r.Draws.Single().Page));
        Assert.Equal([10, 30, 10, 30, 10], rows.Select(r => r.Draws.Single().Area.Top));
    }

    [Fact]
    public void ARowCutByThePageBreak_ContinuesBelowTheHeader_OnTheNextPage()
    {
        var header = FakeElement.Lines(1);
        var row = FakeElement.Lines(6);
        var table = new TableElement(Row(header), [Row(FakeElement.Lines(1)), Row(row)]);

        LayoutKit.Run(table, Page(50));

        Assert.Equal(
            [new FakeDraw(1, new SKRect(0, 20, 100, 50), 0, 3), new FakeDraw(2, new SKRect(0, 10, 100, 40), 3, 3)],
            row.Draws);
    }

    [Fact]
    public void TheCaption_IsDrawnAboveTheHeader_OnTheFirstPagePartOnly()
    {
        var caption = FakeElement.Lines(1);
        var header = FakeElement.Lines(1);
        var table = new TableElement(Row(header), [.. Enumerable.Range(0, 4).Select(_ => Row(FakeElement.Lines(2)))], caption, captionSpacing: 3);

        LayoutKit.Run(table, Page(60));

        Assert.Equal(new FakeDraw(1, new SKRect(0, 0, 100, 10), 0, 1), caption.Draws.Single());
        Assert.Equal([13f, 0f], header.Draws.Select(d => d.Area.Top));
    }

    [Fact]
    public void Measure_HasNoSideEffects_AndDrawDrawsWhatWasMeasured()
    {
        var header = FakeElement.Lines(1);
        var rows = new[] { FakeElement.Lines(2), FakeElement.Lines(3) };
        var table = new TableElement(Row(header), [.. rows.Select(r => Row(r))], FakeElement.Lines(1));

        var once = table.Measure(new Size(100, 60));
        var twice = table.Measure(new Size(100, 60));
        Assert.Equal(once, twice);
        Assert.All(rows, r => Assert.Equal(0, r.Drawn));

        table.Draw(new RecordingSink(), new SKRect(0, 0, 100, once.Height));

        Assert.Equal(SpacePlan.Partial(10 + 3 + 10 + 20 + 10), once);
        Assert.Equal([2, 1], rows.Select(r => r.Drawn));
        Assert.Equal(once.Height, rows[1].Draws.Single().Area.Bottom);
    }

    [Fact]
    public void Reset_StartsAgainWithTheCaptionAndTheFirstRow()
    {
        var caption = FakeElement.Lines(1);
        var table = new TableElement(Row(FakeElement.Lines(1)), [Row(FakeElement.Lines(1))], caption, captionSpacing: 3);
        table.Draw(new RecordingSink(), new SKRect(0, 0, 100, 33));
        Assert.Equal(SpacePlan.Empty, table.Measure(new Size(100, 100)));

        table.Reset();

        Assert.Equal(SpacePlan.Full(33), table.Measure(new Size(100, 100)));
    }
}
