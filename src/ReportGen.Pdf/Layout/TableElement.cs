using ReportGen.Pdf.Drawing;
using SkiaSharp;

namespace ReportGen.Pdf.Layout;

/// <summary>
/// A header row and body rows. The header is drawn again at the top of every page part of the table and reset after
/// each drawing, so it repeats without any special case. A heading row (section, goal) is only placed when the row
/// after it can start on the same page, so a heading never sits alone at the bottom of a page.
/// </summary>
/// <param name="caption">
/// Drawn above the header on the table's first page part only. It belongs to the table rather than to the text before
/// it so that it is placed only where the header and a first row fit too, and never ends a page on its own.
/// </param>
public sealed class TableElement(RowElement header, IReadOnlyList<RowElement> rows, Element? caption = null, float captionSpacing = 3f) : Element
{
    private int _current;
    private bool _captionDrawn;

    public IReadOnlyList<RowElement> Rows { get; } = rows;

    public override SpacePlan Measure(Size available)
    {
        var (height, rowsPlaced, complete, stop) = Plan(available);
        return rowsPlaced == 0 && complete ? SpacePlan.Empty
            : rowsPlaced == 0 ? SpacePlan.Wrap(stop)
            : complete ? SpacePlan.Full(height)
            : SpacePlan.Partial(height);
    }

    /// <summary>
    /// How far the rows from the current one get in <paramref name="available"/>, and why they stop there when no row
    /// is placed.
    /// </summary>
    private (float Height, int RowsPlaced, bool Complete, WrapReason Stop) Plan(Size available)
    {
        var unbounded = new Size(available.Width, float.MaxValue / 4);
        var remaining = false;
        for (var i = _current; i < Rows.Count && !remaining; i++)
        {
            remaining = Rows[i].Measure(unbounded).Kind != SpacePlanKind.Empty;
        }

        if (!remaining)
        {
            return (0, 0, true, WrapReason.None);
        }

        var top = CaptionHeight(available);
        if (top is null)
        {
            return (0, 0, false, WrapReason.CaptionDoesNotFit);
        }

        var headerPlan = header.Measure(available with { Height = available.Height - top.Value });
        if (headerPlan.Kind != SpacePlanKind.FullRender)
        {
            return (0, 0, false, WrapReason.HeaderDoesNotFit);
        }

        var y = top.Value + headerPlan.Height;
        var placed = 0;
        for (var i = _current; i < Rows.Count; i++)
        {
            var plan = Rows[i].Measure(available with { Height = available.Height - y });
            if (plan.Kind == SpacePlanKind.Empty)
            {
                continue;
            }

            if (!plan.DrawsSomething)
            {
                return (y, placed, false, plan.Reason);
            }

            if (plan.Kind == SpacePlanKind.FullRender && !FollowersStart(i, available.Height - y - plan.Height, available.Width))
            {
                return (y, placed, false, WrapReason.HeadingWithoutNextRow);
            }

            y += plan.Height;
            placed++;
            if (plan.Kind == SpacePlanKind.PartialRender)
            {
                return (y, placed, false, WrapReason.None);
            }
        }

        return (y, placed, true, WrapReason.None);
    }

    /// <summary>The room the caption takes on this page part (0 once drawn); null when it does not fit whole.</summary>
    private float? CaptionHeight(Size available)
    {
        if (caption is null || _captionDrawn)
        {
            return 0;
        }

        var plan = caption.Measure(available);
        return plan.Kind switch
        {
            SpacePlanKind.Empty => 0,
            SpacePlanKind.FullRender => plan.Height + captionSpacing,
            _ => null,
        };
    }

    /// <summary>Whether the rows a heading keeps with can start in the space below it.</summary>
    private bool FollowersStart(int index, float space, float width)
    {
        if (!Rows[index].KeepWithNext)
        {
            return true;
        }

        for (var next = index + 1; next < Rows.Count; next++)
        {
            var plan = Rows[next].Measure(new Size(width, space));
            if (plan.Kind == SpacePlanKind.Empty)
            {
                continue;
            }

            return plan.Kind == SpacePlanKind.FullRender ? FollowersStart(next, space - plan.Height, width) : plan.DrawsSomething;
        }

        return true;
    }

    public override void Draw(IDrawingCanvas canvas, SKRect area)
    {
        var (_, placed, _, _) = Plan(new Size(area.Width, area.Height));
        if (placed == 0)
        {
            return;
        }

        var top = area.Top;
        if (caption is not null && !_captionDrawn)
        {
            var captionPlan = caption.Measure(new Size(area.Width, area.Height));
            if (captionPlan.DrawsSomething)
            {
                caption.Draw(canvas, new SKRect(area.Left, top, area.Right, top + captionPlan.Height));
                top += captionPlan.Height + captionSpacing;
            }

            _captionDrawn = true;
        }

        var headerPlan = header.Measure(new Size(area.Width, area.Bottom - top));
        header.Draw(canvas, new SKRect(area.Left, top, area.Right, top + headerPlan.Height));
        header.Reset();
        var y = top + headerPlan.Height;
        while (placed > 0 && _current < Rows.Count)
        {
            var row = Rows[_current];
            var plan = row.Measure(new Size(area.Width, area.Bottom - y));
            if (plan.Kind == SpacePlanKind.Empty)
            {
                _current++;
                continue;
            }

            row.Draw(canvas, new SKRect(area.Left, y, area.Right, y + plan.Height));
            y += plan.Height;
            placed--;
            if (plan.Kind == SpacePlanKind.PartialRender)
            {
                return;
            }

            _current++;
        }
    }

    public override void Reset()
    {
        _current = 0;
        _captionDrawn = false;
        caption?.Reset();
        header.Reset();
        foreach (var row in Rows)
        {
            row.Reset();
        }
    }
}
