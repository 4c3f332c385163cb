using ReportGen.Pdf.Layout;
using ReportGen.Pdf.Text;
using SkiaSharp;

namespace ReportGen.Pdf.Drawing;

/// <summary>One drawing call, with the page it was made on.</summary>
public abstract record DrawCommand(int Page);

public sealed record TextCommand(int Page, string Text, float X, float Baseline, float Width, TextStyle Style) : DrawCommand(Page);

public sealed record RectangleCommand(int Page, SKRect Rect, float StrokeWidth, SKColor? Fill, SKColor? Stroke) : DrawCommand(Page);

public sealed record LineCommand(int Page, SKPoint From, SKPoint To) : DrawCommand(Page);

public sealed record DestinationCommand(int Page, string Name, string Title, int Level, float Y) : DrawCommand(Page);

/// <summary>Records what would be drawn, page by page; used to count pages and to test positions.</summary>
public sealed class RecordingSink : IPageSink, IDrawingCanvas
{
    private readonly List<DrawCommand> _commands = [];

    public IReadOnlyList<DrawCommand> Commands => _commands;

    public int Pages { get; private set; }

    public IDrawingCanvas BeginPage(float width, float height)
    {
        Pages++;
        return this;
    }

    public void EndPage()
    {
    }

    public void DrawText(IReadOnlyList<GlyphRun> runs, float x, float baseline, TextStyle style) =>
        _commands.Add(new TextCommand(Pages, string.Concat(runs.Select(r => r.Text)), x, baseline, runs.Sum(r => r.Width), style));

    public void DrawRectangle(SKRect rect, float strokeWidth, SKColor? fill = null, SKColor? stroke = null) =>
        _commands.Add(new RectangleCommand(Pages, rect, strokeWidth, fill, stroke));

    public void DrawLine(SKPoint origin, SKPoint target, float strokeWidth) => _commands.Add(new LineCommand(Pages, origin, target));

    public void MarkDestination(string name, string title, int level, float y) =>
        _commands.Add(new DestinationCommand(Pages, name, title, level, y));
}
