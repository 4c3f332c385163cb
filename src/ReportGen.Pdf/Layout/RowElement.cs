using ReportGen.Pdf.Drawing;
using SkiaSharp;

namespace ReportGen.Pdf.Layout;

/// <summary>A table cell: its content, its share of the row's width, and its background.</summary>
public sealed record Cell(Element Content, float Width, SKColor? Background = null);

/// <summary>
/// Cells side by side, each in its own border. When the row is taller than the space left, every cell draws what
/// fits and the row continues on the next page in a new set of borders; when not even one line of a cell fits,
/// the whole row moves on.
/// </summary>
public sealed class RowElement(IReadOnlyList<Cell> cells, float paddingX, float paddingY, bool keepWithNext = false, float minimumSplit = 0) : Element
{
    public const float BorderWidth = 0.5f;

    public IReadOnlyList<Cell> Cells { get; } = cells;

    /// <summary>A heading row (section, goal) that must not be the last row on a page.</summary>
    public bool KeepWithNext { get; } = keepWithNext;

    private float Scale(float width) => width / Cells.Sum(c => c.Width);

    public override SpacePlan Measure(Size available)
    {
        var inner = available.Height - (2 * paddingY);
        var scale = Scale(available.Width);
        var anyContent = false;
        var partial = false;
        var height = 0f;
        foreach (var cell in Cells)
        {
            var plan = cell.Content.Measure(new Size((cell.Width * scale) - (2 * paddingX), Math.Max(0, inner)));
            switch (plan.Kind)
            {
                case SpacePlanKind.Empty:
                    continue;
                case SpacePlanKind.Wrap:
                    return SpacePlan.Wrap(plan.Reason);
                case SpacePlanKind.PartialRender:
                    partial = true;
                    break;
            }

            anyContent = true;
            height = Math.Max(height, plan.Height);
        }

        if (!anyContent)
        {
            return SpacePlan.Empty;
        }

        height += 2 * paddingY;

        // A split that would leave only a line or two at the foot of the page reads badly: move the row on instead.
        if (partial && height < minimumSplit && !StartedOnAnEarlierPage())
        {
            return SpacePlan.Wrap(WrapReason.SplitRowTooShort);
        }

        return partial ? SpacePlan.Partial(height) : SpacePlan.Full(height);
    }

    private bool _drawn;

    /// <summary>A row already split once continues wherever it is; only its first part has a minimum.</summary>
    private bool StartedOnAnEarlierPage() => _drawn;

    public override void Draw(IDrawingCanvas canvas, SKRect area)
    {
        var scale = Scale(area.Width);
        var x = area.Left;
        foreach (var cell in Cells)
        {
            var width = cell.Width * scale;
            var rect = new SKRect(x, area.Top, x + width, area.Bottom);
            if (cell.Background is { } fill)
            {
                canvas.DrawRectangle(rect, 0, fill);
            }

            cell.Content.Draw(canvas, new SKRect(rect.Left + paddingX, rect.Top + paddingY, rect.Right - paddingX, rect.Bottom - paddingY));
            canvas.DrawRectangle(rect, BorderWidth, stroke: SKColors.Black);
            x += width;
        }

        _drawn = true;
    }

    public override void Reset()
    {
        _drawn = false;
        foreach (var cell in Cells)
        {
            cell.Content.Reset();
        }
    }
}
