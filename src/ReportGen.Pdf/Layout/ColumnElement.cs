using ReportGen.Pdf.Drawing;
using SkiaSharp;

namespace ReportGen.Pdf.Layout;

/// <summary>Children stacked from top to bottom; continues with the child it stopped in.</summary>
public sealed class ColumnElement(IReadOnlyList<Element> children, float spacing = 0) : Element
{
    private int _current;

    public IReadOnlyList<Element> Children { get; } = children;

    public override SpacePlan Measure(Size available)
    {
        var y = 0f;
        var drewAny = false;
        for (var i = _current; i < Children.Count; i++)
        {
            var gap = drewAny ? spacing : 0;
            var plan = Children[i].Measure(available with { Height = available.Height - y - gap });
            switch (plan.Kind)
            {
                case SpacePlanKind.Empty:
                    continue;
                case SpacePlanKind.FullRender:
                    y += gap + plan.Height;
                    drewAny = true;
                    break;
                case SpacePlanKind.PartialRender:
                    return SpacePlan.Partial(y + gap + plan.Height);
                default:
                    return drewAny ? SpacePlan.Partial(y) : SpacePlan.Wrap(plan.Reason);
            }
        }

        return drewAny ? SpacePlan.Full(y) : SpacePlan.Empty;
    }

    public override void Draw(IDrawingCanvas canvas, SKRect area)
    {
        var y = area.Top;
        var drewAny = false;
        while (_current < Children.Count)
        {
            var child = Children[_current];
            var gap = drewAny ? spacing : 0;
            var available = new Size(area.Width, area.Bottom - y - gap);
            var plan = child.Measure(available);
            if (plan.Kind == SpacePlanKind.Empty)
            {
                _current++;
                continue;
            }

            if (!plan.DrawsSomething)
            {
                return;
            }

            child.Draw(canvas, new SKRect(area.Left, y + gap, area.Right, y + gap + plan.Height));
            y += gap + plan.Height;
            drewAny = true;
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
        foreach (var child in Children)
        {
            child.Reset();
        }
    }
}
