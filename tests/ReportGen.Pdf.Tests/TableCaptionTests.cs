using ReportGen.Pdf.Drawing;
using ReportGen.Pdf.Layout;
using ReportGen.Pdf.Tests.Support;

namespace ReportGen.Pdf.Tests;

/// <summary>A table's caption: above the header on the table's first page, and never left alone at the foot of a page.</summary>
public sealed class TableCaptionTests : IDisposable
{
    private readonly LayoutKit _kit = new();

    public void Dispose() => _kit.Dispose();

    /// <summary>A 100 × 100 pt body: a ten-point line is 14.5 pt, a one-line row 18.5 pt.</summary>
    private static readonly PageSettings SmallPage = new(120, 130, 10, 10, 10, 10, 10);

    private TableElement Table(int rows) =>
        new(_kit.Row("見出し"), [.. Enumerable.Range(0, rows).Select(_ => _kit.Row("本文"))], _kit.Text("目標"));

    [Fact]
    public void TheCaption_IsDrawnOnce_AboveTheHeader_WhileTheHeaderRepeats()
    {
        var sink = LayoutKit.Run(Table(10), SmallPage);

        var texts = sink.Commands.OfType<TextCommand>().ToList();
        var caption = Assert.Single(texts, t => t.Text == "目標");
        Assert.Equal(1, caption.Page);
        Assert.True(caption.Baseline < texts.First(t => t.Page == 1 && t.Text == "見出し").Baseline);
        Assert.Equal(sink.Pages, texts.Count(t => t.Text == "見出し"));
        Assert.True(sink.Pages > 1);
    }

    [Fact]
    public void TheCaption_MovesOnWithTheTable_WhenNoRowFitsBelowIt()
    {
        // Four lines of text leave 42 pt: room for the caption and the header, not for a first row as well.
        var body = new ColumnElement([_kit.Text("あ", "い", "う", "え"), Table(2)]);

        var sink = LayoutKit.Run(body, SmallPage);

        var caption = Assert.Single(sink.Commands.OfType<TextCommand>(), t => t.Text == "目標");
        Assert.Equal(2, caption.Page);
        Assert.DoesNotContain(sink.Commands.OfType<TextCommand>(), t => t.Page == 1 && t.Text == "見出し");
    }
}
