using ReportGen.Pdf.Drawing;
using SkiaSharp;

namespace ReportGen.Pdf.Layout;

/// <summary>
/// A header row and body rows. The header is drawn again at the top of every page part of the table and reset after
/// each drawing, so it repeats without any special case. A heading row (section, goal) is only placed when the row
/// after it can start on the same page, so a heading never sits alone at the bottom of a page.
/// </summary>
public sealed class TableElement(RowElement header, IReadOnlyList<RowElement> rows) : Element
{
    private int _current;

    public IReadOnlyList<RowElement> Rows { get; } = rows;

    public override SpacePlan Measure(Size available)
    {
        var (height, rowsPlaced, complete) = Plan(available);
        return rowsPlaced == 0 && complete ? SpacePlan.Empty
            : rowsPlaced == 0 ? SpacePlan.Wrap
            : complete ? SpacePlan.Full(height)
            : SpacePlan.Partial(height);
    }

    /// <summary>How far the rows from the current one get in <paramref name="available"/>.</summary>
    private (float Height, int RowsPlaced, bool Complete) Plan(Size available)
    {
        var unbounded = new Size(available.Width, float.MaxValue / 4);
        var remaining = false;
        for (var i = _current; i < Rows.Count && !remaining; i++)
        {
            remaining = Rows[i].Measure(unbounded).Kind != SpacePlanKind.Empty;
        }

        if (!remaining)
        {
            return (0, 0, true);
        }

        var headerPlan = header.Measure(available);
        if (headerPlan.Kind != SpacePlanKind.FullRender)
        {
            return (0, 0, false);
        }

        var y = headerPlan.Height;
        var placed = 0;
        for (var i = _current; i < Rows.Count; i++)
        {
            var plan = Rows[i].Measure(available with { Height = available.Height - y });
            if (plan.Kind == SpacePlanKind.Empty)
            {
                continue;
            }

            if (!plan.DrawsSomething || (plan.Kind == SpacePlanKind.FullRender && !FollowersStart(i, available.Height - y - plan.Height, available.Width)))
            {
                return (y, placed, false);
            }

            y += plan.Height;
            placed++;
            if (plan.Kind == SpacePlanKind.PartialRender)
            {
                return (y, placed, false);
            }
        }

        return (y, placed, true);
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
        var (_, placed, _) = Plan(new Size(area.Width, area.Height));
        if (placed == 0)
        {
            return;
        }

        var headerPlan = header.Measure(new Size(area.Width, area.Height));
        header.Draw(canvas, new SKRect(area.Left, area.Top, area.Right, area.Top + headerPlan.Height));
        header.Reset();
        var y = area.Top + headerPlan.Height;
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
        header.Reset();
        foreach (var row in Rows)
        {
            row.Reset();
        }
    }
}
