using ReportGen.Pdf.Drawing;
using ReportGen.Pdf.Layout;
using SkiaSharp;

namespace ReportGen.Pdf.Tests.Layout;

/// <summary>
/// One <see cref="FakeElement.Draw"/> call: the page it was made on (when drawn through a <see cref="RecordingSink"/>,
/// else 0), the area given, and which lines (or which scripted part) it drew.
/// </summary>
public sealed record FakeDraw(int Page, SKRect Area, int From, int Count);

/// <summary>
/// An element without fonts, so that containers can be tested on round numbers. Its content is either
/// <see cref="Lines"/> of one height, answering from the space offered as text does, or a <see cref="Script"/> of
/// answers, one per drawn part, whatever the space. It records every space it is measured in and every area it is
/// drawn in; like every element, Measure changes nothing and Draw moves past what it drew.
/// </summary>
public sealed class FakeElement : Element
{
    private readonly int _lineCount;
    private readonly float _lineHeight;
    private readonly IReadOnlyList<SpacePlan>? _script;
    private readonly List<Size> _measures = [];
    private readonly List<FakeDraw> _draws = [];
    private int _next;

    private FakeElement(int lineCount, float lineHeight, IReadOnlyList<SpacePlan>? script)
    {
        _lineCount = lineCount;
        _lineHeight = lineHeight;
        _script = script;
    }

    /// <summary>
    /// <paramref name="count"/> lines of <paramref name="height"/> each: as many as fit are drawn, the rest continues
    /// in the next part; when not one fits, it wraps with <see cref="WrapReason.LineTallerThanSpace"/>.
    /// </summary>
    public static FakeElement Lines(int count, float height = 10) => new(count, height, null);

    /// <summary>
    /// Answers <paramref name="parts"/> in order: Measure gives the current one, Draw moves to the next one if the
    /// current one draws something. After the last part the element is empty.
    /// </summary>
    public static FakeElement Script(params SpacePlan[] parts) => new(0, 0, parts);

    /// <summary>The spaces Measure was asked about, in order (Draw's own measuring included).</summary>
    public IReadOnlyList<Size> Measures => _measures;

    public IReadOnlyList<FakeDraw> Draws => _draws;

    /// <summary>How often <see cref="Reset"/> was called.</summary>
    public int Resets { get; private set; }

    /// <summary>The lines (or scripted parts) drawn so far.</summary>
    public int Drawn => _next;

    public override SpacePlan Measure(Size available)
    {
        _measures.Add(available);
        return Answer(available.Height);
    }

    public override void Draw(IDrawingCanvas canvas, SKRect area)
    {
        var plan = Answer(area.Height);
        var count = !plan.DrawsSomething ? 0 : _script is not null ? 1 : LinesIn(plan.Height, _lineCount - _next);
        _draws.Add(new FakeDraw((canvas as RecordingSink)?.Pages ?? 0, area, _next, count));
        _next += count;
    }

    public override void Reset()
    {
        _next = 0;
        Resets++;
    }

    private SpacePlan Answer(float height)
    {
        if (_script is not null)
        {
            return _next < _script.Count ? _script[_next] : SpacePlan.Empty;
        }

        var left = _lineCount - _next;
        if (left == 0)
        {
            return SpacePlan.Empty;
        }

        var fit = LinesIn(height, left);
        return fit == 0 ? SpacePlan.Wrap(WrapReason.LineTallerThanSpace)
            : fit == left ? SpacePlan.Full(fit * _lineHeight)
            : SpacePlan.Partial(fit * _lineHeight);
    }

    /// <summary>How many lines fit in <paramref name="height"/>, at most <paramref name="max"/> (the table measures in a near-infinite space).</summary>
    private int LinesIn(float height, int max) => (int)Math.Min(max, Math.Floor((height + 0.01f) / _lineHeight));
}
