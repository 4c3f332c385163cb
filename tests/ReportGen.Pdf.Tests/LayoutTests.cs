using ReportGen.Pdf.Drawing;
using ReportGen.Pdf.Layout;
using ReportGen.Pdf.Tests.Support;
using SkiaSharp;

namespace ReportGen.Pdf.Tests;

/// <summary>Element positions page by page, on small layouts with the real fonts.</summary>
public sealed class LayoutTests : IDisposable
{
    private readonly LayoutKit _kit = new();

    public void Dispose() => _kit.Dispose();

    /// <summary>A page with a 100 × 100 pt body: ten-point text at 14.5 pt per line gives six lines a page.</summary>
    private static readonly PageSettings SmallPage = new(120, 130, 10, 10, 10, 10, 10);

    private static string Lines(int count) => string.Join(string.Empty, Enumerable.Range(0, count).Select(i => "あいうえおかき"[..7]));

    [Fact]
    public void TextMeasure_ReturnsPartialRender_WhenNotAllLinesFit()
    {
        var text = _kit.Text(Lines(10));

        var plan = text.Measure(new Size(70, 50));

        Assert.Equal(SpacePlanKind.PartialRender, plan.Kind);
        Assert.Equal(3 * LayoutKit.Body.LineHeight, plan.Height, 2);
    }

    [Fact]
    public void TextMeasure_ReturnsWrap_WhenNotEvenOneLineFits()
    {
        Assert.Equal(SpacePlanKind.Wrap, _kit.Text("あいう").Measure(new Size(70, 5)).Kind);
    }

    [Fact]
    public void TextMeasure_HasNoSideEffects()
    {
        var text = _kit.Text(Lines(3));

        var partial = text.Measure(new Size(70, 20));
        var full = text.Measure(new Size(70, 1000));

        // Had the first Measure consumed the line that fits, the second would see two lines, not three.
        Assert.Equal(SpacePlanKind.PartialRender, partial.Kind);
        Assert.Equal(SpacePlanKind.FullRender, full.Kind);
        Assert.Equal(_kit.Text(Lines(3)).Measure(new Size(70, 1000)).Height, full.Height, 2);
        Assert.Equal(3 * LayoutKit.Body.LineHeight, full.Height, 2);
    }

    [Fact]
    public void TextDraw_ContinuesWithTheNextLine_OnTheNextPage()
    {
        var sink = LayoutKit.Run(_kit.Text(Lines(10)), SmallPage);

        var lines = sink.Commands.OfType<TextCommand>().ToList();
        Assert.Equal(2, sink.Pages);
        Assert.Equal(Lines(10), string.Concat(lines.Select(l => l.Text)));
        Assert.Equal(SmallPage.Body.Top + (LayoutKit.Body.LineHeight / 2) + (LayoutKit.Body.Size * 0.36f), lines.First(l => l.Page == 2).Baseline, 2);
    }

    [Fact]
    public void ARowLongerThanAPage_IsSplit_WithClosedBordersOnEveryPage()
    {
        var row = _kit.Row(Lines(30), "あ");
        var table = new TableElement(_kit.Row("見出し", "行"), [row]);

        var sink = LayoutKit.Run(table, SmallPage);

        Assert.True(sink.Pages >= 3, $"pages: {sink.Pages}");
        for (var page = 1; page <= sink.Pages; page++)
        {
            var borders = sink.Commands.OfType<RectangleCommand>().Where(r => r.Page == page && r.StrokeWidth > 0).ToList();
            Assert.Equal(4, borders.Count);
        }

        var text = string.Concat(sink.Commands.OfType<TextCommand>().Where(t => t.X < 60 && t.Text != "見出し").Select(t => t.Text));
        Assert.Equal(Lines(30), text);
    }

    [Fact]
    public void ARowWhoseFirstPartWouldBeTooShort_MovesToTheNextPage_InsteadOfSplitting()
    {
        var filler = Enumerable.Range(0, 3).Select(i => _kit.Row("本文" + i));
        var tall = new RowElement([new Cell(_kit.Text(Lines(10)), 1)], 2, 2, minimumSplit: 3 * LayoutKit.Body.LineHeight);
        var table = new TableElement(_kit.Row("見出し"), [.. filler, tall]);

        var sink = LayoutKit.Run(table, SmallPage);

        // Below the header and three rows there is room for one line only: the row starts on page 2.
        var tallLines = TallRowLines(sink);
        Assert.Equal(Lines(10), string.Concat(tallLines.Select(t => t.Text)));
        Assert.All(tallLines, t => Assert.True(t.Page >= 2));
        Assert.Equal(4, BordersOnPage(sink, 1));
    }

    /// <summary>The cells drawn on <paramref name="page"/>: a row that moves on whole leaves not even an empty border behind.</summary>
    private static int BordersOnPage(RecordingSink sink, int page) => sink.Commands.OfType<RectangleCommand>().Count(r => r.Page == page && r.StrokeWidth > 0);

    /// <summary>The lines of the row under test: everything but the header and the one-line 本文 rows around it.</summary>
    private static List<TextCommand> TallRowLines(RecordingSink sink) =>
        [.. sink.Commands.OfType<TextCommand>().Where(t => t.Text != "見出し" && !t.Text.StartsWith("本文", StringComparison.Ordinal))];

    [Fact]
    public void TheHeaderRow_IsDrawnAtTheTopOfEveryPage()
    {
        var table = new TableElement(_kit.Row("見出し"), [.. Enumerable.Range(0, 12).Select(i => _kit.Row("本文" + i))]);

        var sink = LayoutKit.Run(table, SmallPage);

        Assert.True(sink.Pages > 1);
        for (var page = 1; page <= sink.Pages; page++)
        {
            var first = sink.Commands.OfType<TextCommand>().First(t => t.Page == page);
            Assert.Equal("見出し", first.Text);
        }
    }

    [Fact]
    public void ARowThatDoesNotFitAtAll_MovesToTheNextPage_Whole()
    {
        // Four one-line rows fill most of the page; the fifth row (three lines) cannot show one line below them.
        var rows = Enumerable.Range(0, 4).Select(i => _kit.Row("本文" + i)).Append(_kit.Row(Lines(3)));
        var table = new TableElement(_kit.Row("見出し"), [.. rows]);

        var sink = LayoutKit.Run(table, new PageSettings(120, 125, 10, 10, 10, 10, 10));

        var tall = TallRowLines(sink);
        Assert.Equal(Lines(3), string.Concat(tall.Select(t => t.Text)));
        Assert.All(tall, t => Assert.Equal(2, t.Page));
        Assert.Equal(5, BordersOnPage(sink, 1));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void AHeadingRow_IsNeverTheLastRowOnAPage(int rowsBefore)
    {
        var rows = Enumerable.Range(0, rowsBefore).Select(i => _kit.Row("本文" + i)).ToList();
        rows.Add(_kit.Heading("【目標】"));
        rows.Add(_kit.Row(Lines(2)));
        var table = new TableElement(_kit.Row("見出し"), rows);

        var sink = LayoutKit.Run(table, SmallPage);

        var heading = sink.Commands.OfType<TextCommand>().Single(t => t.Text == "【目標】");
        var next = sink.Commands.OfType<TextCommand>().First(t => t.Text.StartsWith('あ'));
        Assert.Equal(heading.Page, next.Page);
    }

    private static readonly string[] HeadingAndFirstMeasure = ["（１）", "【目標】", "施策"];

    [Fact]
    public void ASectionHeading_StaysWithTheGoalHeading_AndTheFirstMeasure()
    {
        var rows = Enumerable.Range(0, 3).Select(i => _kit.Row("本文" + i)).ToList();
        rows.Add(_kit.Heading("（１）"));
        rows.Add(_kit.Heading("【目標】"));
        rows.Add(_kit.Row("施策"));
        var table = new TableElement(_kit.Row("見出し"), rows);

        var sink = LayoutKit.Run(table, SmallPage);

        var pages = HeadingAndFirstMeasure.Select(t => sink.Commands.OfType<TextCommand>().Single(c => c.Text == t).Page).Distinct();
        Assert.Single(pages);
    }

    [Fact]
    public void CellsOfARow_AreLaidSideBySide_InTheirShareOfTheWidth()
    {
        var row = new RowElement([new Cell(_kit.Text("あ"), 1), new Cell(_kit.Text("い"), 3)], 2, 2);

        var sink = LayoutKit.Run(row, SmallPage);

        var borders = sink.Commands.OfType<RectangleCommand>().Select(r => r.Rect).ToList();
        Assert.Equal(new SKRect(10, 10, 35, 10 + LayoutKit.Body.LineHeight + 4), borders[0]);
        Assert.Equal(new SKRect(35, 10, 110, 10 + LayoutKit.Body.LineHeight + 4), borders[1]);
        Assert.Equal(12, sink.Commands.OfType<TextCommand>().First().X);
        Assert.Equal(37, sink.Commands.OfType<TextCommand>().Last().X);
    }

    [Fact]
    public void AnUnderlinedRange_IsUnderlined_AcrossTheLinesItSpans()
    {
        // 「えおかき」 starts on the first line and ends on the second.
        var text = new TextElement(_kit.Shaper, [new Paragraph("あいうえおかき", LayoutKit.Body) { Underlines = [(3, 4)] }]);

        var sink = LayoutKit.Run(text, new PageSettings(70, 130, 10, 10, 10, 10, 10));

        var lines = sink.Commands.OfType<LineCommand>().ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(10 + (3 * LayoutKit.Body.Size), lines[0].From.X, 1);
        Assert.Equal(10, lines[1].From.X, 1);
        Assert.Equal(10 + (2 * LayoutKit.Body.Size), lines[1].To.X, 1);
    }

    [Fact]
    public void ContentThatFitsNowhere_IsAnError_NotAnEndlessLoop()
    {
        var text = _kit.Text("あ");
        var page = new PageSettings(120, 30, 10, 10, 10, 10, 5);

        var error = Assert.Throws<LayoutException>(() => LayoutKit.Run(text, page));

        Assert.Equal("Content does not fit on an empty page (page 1): a line of text is taller than the space left for it.", error.Message);
    }
}
