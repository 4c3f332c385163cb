using ReportGen.Pdf.Drawing;
using SkiaSharp;

namespace ReportGen.Pdf.Layout;

/// <summary>Page size and margins in points; the footer band holds the page number.</summary>
public sealed record PageSettings(float Width, float Height, float MarginTop, float MarginRight, float MarginBottom, float MarginLeft, float FooterHeight)
{
    public SKRect Body => new(MarginLeft, MarginTop, Width - MarginRight, Height - MarginBottom - FooterHeight);

    public SKRect Footer => new(MarginLeft, Height - MarginBottom - FooterHeight, Width - MarginRight, Height - MarginBottom);
}

/// <summary>Receives pages: the PDF writer, or a recorder in tests.</summary>
public interface IPageSink
{
    IDrawingCanvas BeginPage(float width, float height);

    void EndPage();
}

/// <summary>Content could not be placed even on an empty page (or the layout stopped advancing).</summary>
public sealed class LayoutException(string message, int page = 0, WrapReason reason = WrapReason.None) : Exception(message)
{
    /// <summary>The page the content did not fit on (1-based), or 0 when the layout stopped advancing.</summary>
    public int Page { get; } = page;

    public WrapReason Reason { get; } = reason;
}

/// <summary>
/// Flows the body element over as many pages as it needs and lets the caller decorate each page (page number,
/// document label). "Page n of N" needs N before page 1 is drawn, so such a document is run twice: once to count.
/// </summary>
public static class PageLayout
{
    public const int MaxPages = 10_000;

    /// <returns>The number of pages.</returns>
    public static int Run(Element body, PageSettings page, IPageSink sink, Action<IDrawingCanvas, int> decorate)
    {
        body.Reset();
        var pages = 0;
        var area = page.Body;
        while (true)
        {
            var plan = body.Measure(new Size(area.Width, area.Height));
            if (plan.Kind == SpacePlanKind.Empty && pages > 0)
            {
                break;
            }

            if (plan.Kind == SpacePlanKind.Wrap)
            {
                throw new LayoutException(plan.Reason == WrapReason.None
                    ? $"Content does not fit on an empty page (page {pages + 1})."
                    : $"Content does not fit on an empty page (page {pages + 1}): {plan.Reason.Describe()}.", pages + 1, plan.Reason);
            }

            if (++pages > MaxPages)
            {
                throw new LayoutException($"More than {MaxPages} pages; the layout does not advance.");
            }

            var canvas = sink.BeginPage(page.Width, page.Height);
            decorate(canvas, pages);
            if (plan.Kind != SpacePlanKind.Empty)
            {
                body.Draw(canvas, new SKRect(area.Left, area.Top, area.Right, area.Top + plan.Height));
            }

            sink.EndPage();
            if (plan.Kind is SpacePlanKind.FullRender or SpacePlanKind.Empty)
            {
                break;
            }
        }

        return pages;
    }
}
