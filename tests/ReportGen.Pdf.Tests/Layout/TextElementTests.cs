using ReportGen.Pdf.Drawing;
using ReportGen.Pdf.Layout;
using ReportGen.Pdf.Tests.Support;
using ReportGen.Pdf.Text;
using SkiaSharp;

namespace ReportGen.Pdf.Tests.Layout;

/// <summary>
/// The text element on its own, with the real font (it shapes through <see cref="TextShaper"/>): seven ten-point
/// kana fill a line 70 pt wide, so the number of lines is known.
/// </summary>
public sealed class TextElementTests : IDisposable
{
    private static readonly float LineHeight = LayoutKit.Body.LineHeight;

    private readonly LayoutKit _kit = new();

    public void Dispose() => _kit.Dispose();

    private static string Lines(int count) => string.Concat(Enumerable.Repeat("あいうえおかき", count));

    [Fact]
    public void Measure_IsFullRender_OfEveryLine()
    {
        Assert.Equal(SpacePlan.Full(3 * LineHeight), _kit.Text(Lines(3)).Measure(new Size(70, 1000)));
    }

    [Fact]
    public void Measure_IsPartialRender_OfTheLinesThatFit()
    {
        Assert.Equal(SpacePlan.Partial(3 * LineHeight), _kit.Text(Lines(10)).Measure(new Size(70, 50)));
    }

    [Fact]
    public void Measure_Wraps_BecauseALineIsTallerThanTheSpace_WhenNotOneLineFits()
    {
        Assert.Equal(SpacePlan.Wrap(WrapReason.LineTallerThanSpace), _kit.Text("あいう").Measure(new Size(70, LineHeight - 0.1f)));
    }

    [Fact]
    public void Measure_IsEmpty_OnceEveryLineIsDrawn()
    {
        var text = _kit.Text(Lines(2));

        text.Draw(new RecordingSink(), new SKRect(0, 0, 70, 2 * LineHeight));

        Assert.Equal(SpacePlan.Empty, text.Measure(new Size(70, 1000)));
    }

    [Fact]
    public void Measure_HasNoSideEffects_AndDrawDrawsTheLinesMeasured_ThenTheRestFollows()
    {
        var text = _kit.Text(Lines(10));
        var sink = new RecordingSink();

        var once = text.Measure(new Size(70, 50));
        var twice = text.Measure(new Size(70, 50));
        text.Draw(sink, new SKRect(0, 0, 70, once.Height));

        Assert.Equal(once, twice);
        Assert.Equal(Lines(3), string.Concat(sink.Commands.OfType<TextCommand>().Select(t => t.Text)));
        Assert.Equal(SpacePlan.Full(7 * LineHeight), text.Measure(new Size(70, 1000)));
    }

    [Fact]
    public void Draw_SetsEachLineOnItsBaseline_OneLineHeightBelowThePrevious()
    {
        var sink = new RecordingSink();

        _kit.Text(Lines(2)).Draw(sink, new SKRect(10, 20, 80, 20 + (2 * LineHeight)));

        var first = 20 + (LineHeight / 2) + (LayoutKit.Body.Size * 0.36f);
        Assert.Equal([(10f, first), (10f, first + LineHeight)], sink.Commands.OfType<TextCommand>().Select(t => (t.X, t.Baseline)));
    }

    [Fact]
    public void TheSpaceBeforeAParagraph_IsKeptBetweenParagraphs_AndDroppedAtTheTopOfAPagePart()
    {
        var text = new TextElement(_kit.Shaper, [new Paragraph("あ", LayoutKit.Body), new Paragraph("い", LayoutKit.Body, SpaceBefore: 6)]);

        var whole = text.Measure(new Size(70, 1000));
        text.Draw(new RecordingSink(), new SKRect(0, 0, 70, LineHeight));

        Assert.Equal(SpacePlan.Full((2 * LineHeight) + 6), whole);
        Assert.Equal(SpacePlan.Full(LineHeight), text.Measure(new Size(70, 1000)));
    }
}
