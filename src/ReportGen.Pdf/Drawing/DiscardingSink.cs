using ReportGen.Pdf.Layout;
using ReportGen.Pdf.Text;
using SkiaSharp;

namespace ReportGen.Pdf.Drawing;

/// <summary>
/// Takes pages and draws nothing: a document whose page numbers show the total is laid out once first, only for the
/// number of pages, which <see cref="PageLayout.Run"/> counts. Recording every call instead (<see cref="RecordingSink"/>)
/// kept a string and a record per line, garbage that a long document paid for in collections.
/// </summary>
public sealed class DiscardingSink : IPageSink, IDrawingCanvas
{
    public bool DrawsNothing => true;

    public IDrawingCanvas BeginPage(float width, float height) => this;

    public void EndPage()
    {
    }

    public void DrawText(IReadOnlyList<GlyphRun> runs, float x, float baseline, TextStyle style)
    {
    }

    public void DrawRectangle(SKRect rect, float strokeWidth, SKColor? fill = null, SKColor? stroke = null)
    {
    }

    public void DrawLine(SKPoint origin, SKPoint target, float strokeWidth)
    {
    }

    public void MarkDestination(string name, string title, int level, float y)
    {
    }
}
