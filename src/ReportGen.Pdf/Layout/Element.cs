using ReportGen.Pdf.Drawing;
using SkiaSharp;

namespace ReportGen.Pdf.Layout;

/// <summary>
/// A piece of the page. <see cref="Measure"/> answers how much of the remaining content fits in a space and has no
/// side effects; <see cref="Draw"/> draws exactly that and records the progress, so an element that continues on
/// the next page picks up where it stopped.
/// </summary>
public abstract class Element
{
    public abstract SpacePlan Measure(Size available);

    /// <summary>Draws what <see cref="Measure"/> said fits in <paramref name="area"/>, and moves past it.</summary>
    public abstract void Draw(IDrawingCanvas canvas, SKRect area);

    /// <summary>Back to the beginning, for content drawn again on every page (the table header).</summary>
    public virtual void Reset()
    {
    }
}
