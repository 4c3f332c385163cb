using ReportGen.Pdf.Drawing;
using ReportGen.Pdf.Text;
using SkiaSharp;

namespace ReportGen.Pdf.Layout;

/// <summary>
/// Paragraphs broken into lines for the width it is given. Its state is the next line to draw, so a cell's text
/// that does not fit continues on the next page from the following line.
/// </summary>
public sealed class TextElement(TextShaper shaper, IReadOnlyList<Paragraph> paragraphs) : Element
{
    private sealed record Line(Paragraph Paragraph, List<GlyphRun> Runs, float Indent, List<GlyphRun>? BulletRuns, float Top, float Height, bool FirstOfParagraph, IReadOnlyList<(float From, float To)> Underlines);

    /// <summary>The bullet printed before list items, as in the published tables.</summary>
    public const string Bullet = "・";

    private float _laidOutWidth = -1;
    private List<Line> _lines = [];
    private int _next;

    public IReadOnlyList<Paragraph> Paragraphs { get; } = paragraphs;

    /// <summary>Lines laid out for <paramref name="width"/> (cached: the width of a cell never changes).</summary>
    private List<Line> LinesFor(float width)
    {
        if (Math.Abs(width - _laidOutWidth) < 0.01f)
        {
            return _lines;
        }

        var lines = new List<Line>();
        var y = 0f;
        foreach (var p in Paragraphs)
        {
            // The bullet is shaped once here; its width is the hanging indent of the item's lines.
            var bulletRuns = p.Bullet is null ? null : shaper.Line(p.Bullet, p.Style);
            var indent = bulletRuns is not null ? bulletRuns.Sum(r => r.Width) : p.IndentLikeBullet ? shaper.Width(Bullet, p.Style) : 0;
            var shaped = shaper.Shape(p.Text, p.Style);
            var advances = shaped.Advances;
            var spans = p.Text.Length == 0 ? [new LineSpan(0, 0)] : LineBreaker.Break(p.Text, advances, width - indent, width - indent);
            var first = true;
            foreach (var span in spans)
            {
                var extra = first ? p.SpaceBefore : 0;
                lines.Add(new Line(p, shaper.Position(p.Text, span, shaped, p.Style), indent, first ? bulletRuns : null, y + extra, p.Style.LineHeight + extra, first, UnderlinesOf(p, span, advances)));
                y += p.Style.LineHeight + extra;
                first = false;
            }
        }

        _lines = lines;
        _laidOutWidth = width;
        return lines;
    }

    /// <summary>The parts of the paragraph's underlined ranges that fall on one line, as x offsets from its start.</summary>
    /// <summary>Shared by the lines without underlines, nearly all of them.</summary>
    private static readonly (float From, float To)[] NoUnderlines = [];

    private static IReadOnlyList<(float From, float To)> UnderlinesOf(Paragraph p, LineSpan span, float[] advances)
    {
        if (p.Underlines.Count == 0)
        {
            return NoUnderlines;
        }

        var result = new List<(float, float)>();
        foreach (var (start, length) in p.Underlines)
        {
            var from = Math.Max(start, span.Start);
            var to = Math.Min(start + length, span.End);
            if (from >= to)
            {
                continue;
            }

            var x0 = 0f;
            for (var i = span.Start; i < from; i++)
            {
                x0 += advances[i];
            }

            var x1 = x0;
            for (var i = from; i < to; i++)
            {
                x1 += advances[i];
            }

            result.Add((x0, x1));
        }

        return result;
    }

    public override SpacePlan Measure(Size available)
    {
        var lines = LinesFor(available.Width);
        if (_next >= lines.Count)
        {
            return SpacePlan.Empty;
        }

        var height = 0f;
        var count = 0;
        for (var i = _next; i < lines.Count; i++)
        {
            // The space before a paragraph is dropped at the top of a page part.
            var h = i == _next ? lines[i].Paragraph.Style.LineHeight : lines[i].Height;
            if (height + h > available.Height + 0.01f)
            {
                break;
            }

            height += h;
            count++;
        }

        return count == 0 ? SpacePlan.Wrap(WrapReason.LineTallerThanSpace)
            : _next + count == lines.Count ? SpacePlan.Full(height)
            : SpacePlan.Partial(height);
    }

    public override void Draw(IDrawingCanvas canvas, SKRect area)
    {
        var lines = LinesFor(area.Width);
        var y = area.Top;
        var first = true;
        while (_next < lines.Count)
        {
            var line = lines[_next];
            var h = first ? line.Paragraph.Style.LineHeight : line.Height;
            if (y - area.Top + h > area.Height + 0.01f)
            {
                break;
            }

            var top = y + (h - line.Paragraph.Style.LineHeight);
            var baseline = top + (line.Paragraph.Style.LineHeight * 0.5f) + (line.Paragraph.Style.Size * 0.36f);
            if (line.FirstOfParagraph && line.Paragraph.Destination is { } d)
            {
                canvas.MarkDestination(d.Name, d.Title, d.Level, top);
            }

            if (line.BulletRuns is not null)
            {
                canvas.DrawText(line.BulletRuns, area.Left, baseline, line.Paragraph.Style);
            }

            if (line.Runs.Count > 0)
            {
                canvas.DrawText(line.Runs, area.Left + line.Indent, baseline, line.Paragraph.Style);
            }

            var underlineY = baseline + (line.Paragraph.Style.Size * 0.16f);
            foreach (var (from, to) in line.Underlines)
            {
                canvas.DrawLine(new SKPoint(area.Left + line.Indent + from, underlineY), new SKPoint(area.Left + line.Indent + to, underlineY), line.Paragraph.Style.Size * 0.07f);
            }

            y += h;
            first = false;
            _next++;
        }
    }

    public override void Reset() => _next = 0;
}
