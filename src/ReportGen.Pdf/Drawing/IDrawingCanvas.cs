using ReportGen.Pdf.Text;
using SkiaSharp;

namespace ReportGen.Pdf.Drawing;

/// <summary>
/// What layout elements draw with. The PDF writer draws on Skia; tests record the calls to check positions page
/// by page without reading pixels.
/// </summary>
public interface IDrawingCanvas
{
    /// <summary>
    /// True for a canvas that only lets the layout count pages: elements may then skip preparing what they would draw.
    /// </summary>
    bool DrawsNothing => false;

    void DrawText(IReadOnlyList<GlyphRun> runs, float x, float baseline, TextStyle style);

    void DrawRectangle(SKRect rect, float strokeWidth, SKColor? fill = null, SKColor? stroke = null);

    void DrawLine(SKPoint origin, SKPoint target, float strokeWidth);

    /// <summary>A place in the document that the outline can point at.</summary>
    void MarkDestination(string name, string title, int level, float y);
}
