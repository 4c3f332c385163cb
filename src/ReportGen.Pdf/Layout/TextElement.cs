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
    /// <summary>
    /// A line of paragraph <see cref="Index"/>: its characters and its height with the space before it. Only this is
    /// kept for the lines of a cell until its last line is drawn; the glyphs a line draws are positioned when it
    /// is drawn, and are garbage as soon as the page is written.
    /// </summary>
    private readonly record struct Line(int Index, LineSpan Span, float Height, bool FirstOfParagraph);

    /// <summary>A paragraph as laid out: its shaped text, its bullet and its hanging indent.</summary>
    private sealed record Laid(ShapedText Shaped, IReadOnlyList<GlyphRun>? BulletRuns, float Indent);

    /// <summary>The bullet printed before list items, as in the published tables.</summary>
    public const string Bullet = "・";

    private float _laidOutWidth = -1;
    private List<Line> _lines = [];
    private Laid[] _laid = [];
    private int _next;

    /// <summary>
    /// Every line has been drawn: the shaped paragraphs were let go, so that a long document does not keep the glyphs
    /// of every page it has written. A later pass (after <see cref="Reset"/>) lays the text out again.
    /// </summary>
    private bool _finished;

    public IReadOnlyList<Paragraph> Paragraphs { get; } = paragraphs;

    /// <summary>Lines laid out for <paramref name="width"/> (cached: the width of a cell never changes).</summary>
    private List<Line> LinesFor(float width)
    {
        if (Math.Abs(width - _laidOutWidth) < 0.01f)
        {
            return _lines;
        }

        var lines = new List<Line>();
        var laid = new Laid[Paragraphs.Count];
        for (var index = 0; index < Paragraphs.Count; index++)
        {
            var p = Paragraphs[index];

            // The bullet's width is the hanging indent of the item's lines.
            var bulletRuns = p.Bullet is null ? null : shaper.Line(p.Bullet, p.Style);
            var indent = bulletRuns is not null ? bulletRuns.Sum(r => r.Width) : p.IndentLikeBullet ? shaper.Line(Bullet, p.Style).Sum(r => r.Width) : 0;
            var shaped = shaper.Shape(p.Text, p.Style);
            laid[index] = new Laid(shaped, bulletRuns, indent);
            var spans = p.Text.Length == 0 ? [new LineSpan(0, 0)] : LineBreaker.Break(p.Text, shaped.Advances, width - indent, width - indent);
            var first = true;
            foreach (var span in spans)
            {
                var extra = first ? p.SpaceBefore : 0;
                lines.Add(new Line(index, span, p.Style.LineHeight + extra, first));
                first = false;
            }
        }

        _lines = lines;
        _laid = laid;
        _laidOutWidth = width;
        return lines;
    }

    /// <summary>Shared by the lines without underlines, nearly all of them.</summary>
    private static readonly (float From, float To)[] NoUnderlines = [];

    /// <summary>The parts of the paragraph's underlined ranges that fall on one line, as x offsets from its start.</summary>
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
        if (_finished)
        {
            return SpacePlan.Empty;
        }

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
            var h = i == _next ? Paragraphs[lines[i].Index].Style.LineHeight : lines[i].Height;
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
        if (_finished)
        {
            return;
        }

        var lines = LinesFor(area.Width);
        var y = area.Top;
        var first = true;
        while (_next < lines.Count)
        {
            var line = lines[_next];
            var p = Paragraphs[line.Index];
            var style = p.Style;
            var h = first ? style.LineHeight : line.Height;
            if (y - area.Top + h > area.Height + 0.01f)
            {
                break;
            }

            // The pass that only counts pages positions no glyphs.
            if (!canvas.DrawsNothing)
            {
                var laid = _laid[line.Index];
                var top = y + (h - style.LineHeight);
                var baseline = top + (style.LineHeight * 0.5f) + (style.Size * 0.36f);
                if (line.FirstOfParagraph && p.Destination is { } d)
                {
                    canvas.MarkDestination(d.Name, d.Title, d.Level, top);
                }

                if (line.FirstOfParagraph && laid.BulletRuns is not null)
                {
                    canvas.DrawText(laid.BulletRuns, area.Left, baseline, style);
                }

                if (line.Span.Length > 0)
                {
                    canvas.DrawText(shaper.Position(p.Text, line.Span, laid.Shaped, style), area.Left + laid.Indent, baseline, style);
                }

                var underlineY = baseline + (style.Size * 0.16f);
                foreach (var (from, to) in UnderlinesOf(p, line.Span, laid.Shaped.Advances))
                {
                    canvas.DrawLine(new SKPoint(area.Left + laid.Indent + from, underlineY), new SKPoint(area.Left + laid.Indent + to, underlineY), style.Size * 0.07f);
                }
            }

            y += h;
            first = false;
            _next++;
        }

        if (_next >= lines.Count)
        {
            _finished = true;
            _lines = [];
            _laid = [];
            _laidOutWidth = -1;
        }
    }

    public override void Reset()
    {
        _next = 0;
        _finished = false;
    }
}
