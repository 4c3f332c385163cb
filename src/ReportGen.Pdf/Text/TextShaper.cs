using ReportGen.Pdf.Fonts;
using SkiaSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace ReportGen.Pdf.Text;

/// <summary>
/// A stretch of a line drawn with one face. <see cref="Glyphs"/> holds what shaping the paragraph placed for it, so
/// drawing does not shape the text again; a run made without them is shaped when it is drawn.
/// </summary>
public readonly record struct GlyphRun(Face Face, string Text, float X, float Width)
{
    public ShapedGlyphs? Glyphs { get; init; }
}

/// <summary>
/// Glyphs as HarfBuzz placed them, in its units (SKShaper's: 1/512 of the font size), in the order they are drawn.
/// Drawing turns them into positions exactly as SKShaper does, so the PDF is the same as when each line was shaped
/// on its own. A line's glyphs are a stretch of its paragraph's arrays, not a copy.
/// </summary>
/// <remarks>
/// <see cref="XOffset"/> and <see cref="YOffset"/> are empty when every glyph of the paragraph has none, as in nearly
/// all Japanese text: a paragraph kept for drawing then holds 10 bytes a glyph instead of 18.
/// </remarks>
public sealed record ShapedGlyphs(ReadOnlyMemory<ushort> Ids, ReadOnlyMemory<int> XAdvance, ReadOnlyMemory<int> XOffset, ReadOnlyMemory<int> YOffset)
{
    public int Count => Ids.Length;
}

/// <summary>A stretch text[Start, End) of a shaped paragraph drawn with one face.</summary>
internal readonly record struct FaceRun(int Start, int End, Face Face);

/// <summary>A paragraph shaped once: the advance of each UTF-16 unit, and the glyphs with the unit each starts at.</summary>
public sealed class ShapedText
{
    internal ShapedText(float[] advances, ushort[] ids, int[] clusters, int[] xAdvance, int[] xOffset, int[] yOffset, FaceRun[] faceRuns)
    {
        Advances = advances;
        FaceRuns = faceRuns;
        _ids = ids;
        _clusters = clusters;
        _xAdvance = xAdvance;
        _xOffset = xOffset;
        _yOffset = yOffset;
        _clustersAscend = true;
        for (var g = 1; g < clusters.Length; g++)
        {
            if (clusters[g] < clusters[g - 1])
            {
                _clustersAscend = false;
                break;
            }
        }
    }

    private readonly ushort[] _ids;
    private readonly int[] _clusters;
    private readonly int[] _xAdvance;
    private readonly int[] _xOffset;
    private readonly int[] _yOffset;

    /// <summary>Left-to-right text, all a report holds: each glyph's cluster starts at or after the previous one's.</summary>
    private readonly bool _clustersAscend;

    /// <summary>The advance of each UTF-16 unit (0 for the second half of a pair or a cluster).</summary>
    public float[] Advances { get; }

    /// <summary>
    /// The paragraph's stretches of one face, as <see cref="TextShaper.Runs"/> found them when it was shaped, so that
    /// positioning a line looks no character's face up again.
    /// </summary>
    internal FaceRun[] FaceRuns { get; }

    /// <summary>
    /// The glyphs whose cluster starts in text[start, end), in drawing order. With ascending clusters they are one
    /// stretch, found by binary search: a line no longer scans every glyph of its paragraph.
    /// </summary>
    internal ShapedGlyphs GlyphsOf(int start, int end)
    {
        if (!_clustersAscend)
        {
            return Picked(start, end);
        }

        var from = FirstAtOrAfter(start);
        var to = FirstAtOrAfter(end);
        return new ShapedGlyphs(
            _ids.AsMemory(from..to),
            _xAdvance.AsMemory(from..to),
            _xOffset.Length == 0 ? default : _xOffset.AsMemory(from..to),
            _yOffset.Length == 0 ? default : _yOffset.AsMemory(from..to));
    }

    /// <summary>
    /// <see cref="GlyphsOf"/> for clusters out of order, copied one by one. A method of its own, so that the common case
    /// does not allocate these lambdas' closure on every call.
    /// </summary>
    private ShapedGlyphs Picked(int start, int end)
    {
        var picked = Enumerable.Range(0, _ids.Length).Where(g => _clusters[g] >= start && _clusters[g] < end).ToArray();
        return new ShapedGlyphs(
            picked.Select(g => _ids[g]).ToArray(),
            picked.Select(g => _xAdvance[g]).ToArray(),
            _xOffset.Length == 0 ? [] : picked.Select(g => _xOffset[g]).ToArray(),
            _yOffset.Length == 0 ? [] : picked.Select(g => _yOffset[g]).ToArray());
    }

    /// <summary>The index of the first glyph whose cluster is at or after <paramref name="index"/>.</summary>
    private int FirstAtOrAfter(int index)
    {
        int low = 0, high = _clusters.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_clusters[mid] < index)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}

/// <summary>
/// Measures text with HarfBuzz (through SkiaSharp.HarfBuzz) and splits it into runs of one face each. Advances are
/// per UTF-16 unit so that <see cref="LineBreaker"/> can work on the string it breaks.
/// </summary>
public sealed class TextShaper(FontProvider fonts) : IDisposable
{
    private readonly Dictionary<(Face, float), SKFont> _fonts = [];

    /// <summary>
    /// One HarfBuzz buffer, cleared for each run: making a buffer costs more than shaping a short run with it.
    /// A shaper is used by one rendering at a time, on one thread.
    /// </summary>
    private readonly Buffer _buffer = new();

    /// <summary>Reused by every <see cref="Shape"/> call for the same reason; each result gets arrays of its own.</summary>
    private readonly List<ushort> _ids = [];
    private readonly List<int> _clusters = [];
    private readonly List<int> _xAdvance = [];
    private readonly List<int> _xOffset = [];
    private readonly List<int> _yOffset = [];
    private readonly List<FaceRun> _faceRuns = [];
    private readonly Dictionary<(string, TextStyle), IReadOnlyList<GlyphRun>> _lines = [];

    public FontProvider Fonts { get; } = fonts;

    public SKFont FontOf(Face face, float size)
    {
        if (!_fonts.TryGetValue((face, size), out var font))
        {
            font = new SKFont(face.Typeface, size) { Subpixel = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };
            _fonts[(face, size)] = font;
        }

        return font;
    }

    /// <summary>
    /// Shapes <paramref name="text"/> once, run by run, the way SKShaper shapes a string (the run into one HarfBuzz
    /// buffer, segment properties guessed, the font at SKShaper's scale), and keeps both the advances that line breaking
    /// needs and the glyphs that drawing needs. The text goes in as UTF-16, so clusters are indexes into the string.
    /// </summary>
    public ShapedText Shape(string text, TextStyle style)
    {
        var advances = new float[text.Length];
        _ids.Clear();
        _clusters.Clear();
        _xAdvance.Clear();
        _xOffset.Clear();
        _yOffset.Clear();
        _faceRuns.Clear();
        var offsets = false;
        foreach (var run in Runs(text, 0, text.Length, style))
        {
            var start = (int)run.X;
            _faceRuns.Add(new FaceRun(start, start + run.Text.Length, run.Face));
            if (run.Text.Length == 0)
            {
                continue;
            }

            _buffer.ClearContents();
            _buffer.AddUtf16(run.Text);
            _buffer.GuessSegmentProperties();
            run.Face.HarfBuzzFont.Shape(_buffer);
            var infos = _buffer.GetGlyphInfoSpan();
            var positions = _buffer.GetGlyphPositionSpan();

            // Each glyph's x as SKShaper computes it: the pen, advanced in 1/512 of the size, plus the glyph's offset.
            // A character's advance is the distance to the next glyph's x (or to the pen at the end of the run).
            var font = FontOf(run.Face, style.Size);
            var textSizeY = font.Size / Face.HarfBuzzScale;
            var textSizeX = textSizeY * font.ScaleX;
            var pen = 0f;
            var x = positions.Length > 0 ? pen + (positions[0].XOffset * textSizeX) : 0;
            for (var g = 0; g < infos.Length; g++)
            {
                pen += positions[g].XAdvance * textSizeX;
                var next = g + 1 < infos.Length ? pen + (positions[g + 1].XOffset * textSizeX) : pen;
                var cluster = start + Math.Clamp((int)infos[g].Cluster, 0, run.Text.Length - 1);
                advances[cluster] += next - x;
                x = next;
                _ids.Add((ushort)infos[g].Codepoint);
                _clusters.Add(cluster);
                _xAdvance.Add(positions[g].XAdvance);
                _xOffset.Add(positions[g].XOffset);
                _yOffset.Add(positions[g].YOffset);
                offsets |= positions[g].XOffset != 0 || positions[g].YOffset != 0;
            }
        }

        return new ShapedText(advances, [.. _ids], [.. _clusters], [.. _xAdvance], offsets ? [.. _xOffset] : [], offsets ? [.. _yOffset] : [], [.. _faceRuns]);
    }

    /// <summary>
    /// Runs of <paramref name="text"/>[start, end) that share a face. <see cref="GlyphRun.X"/> holds the run's
    /// start index here; <see cref="Position"/> turns it into an x offset.
    /// </summary>
    public IEnumerable<GlyphRun> Runs(string text, int start, int end, TextStyle style)
    {
        var runStart = start;
        Face? current = null;
        for (var i = start; i < end; i++)
        {
            if (char.IsLowSurrogate(text[i]))
            {
                continue;
            }

            var cp = char.IsHighSurrogate(text[i]) && i + 1 < end ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            var face = Fonts.FaceFor(cp, style.Bold);
            if (current is not null && face != current)
            {
                yield return new GlyphRun(current, Drawn(text, runStart, i), runStart, 0);
                runStart = i;
            }

            current = face;
        }

        if (current is not null && runStart < end)
        {
            yield return new GlyphRun(current, Drawn(text, runStart, end), runStart, 0);
        }
    }

    /// <summary>
    /// The characters drawn for text[start, end): substitutes have the same UTF-16 length as the original. The text
    /// is copied once, and only when a character in it is substituted.
    /// </summary>
    private string Drawn(string text, int start, int end)
    {
        if (!Fonts.HasSubstitutes)
        {
            return text.Substring(start, end - start);
        }

        char[]? copy = null;
        for (var i = start; i < end; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < end)
            {
                i++;
            }
            else if (Fonts.SubstituteFor(text[i]) is not '\0' and var substitute)
            {
                copy ??= text.ToCharArray(start, end - start);
                copy[i - start] = substitute;
            }
        }

        return copy is null ? text.Substring(start, end - start) : new string(copy);
    }

    /// <summary>Runs of a line with their x offsets from the line start, and the glyphs shaping placed for each.</summary>
    public List<GlyphRun> Position(string text, LineSpan line, ShapedText shaped, TextStyle style)
    {
        // Room for one run, as most lines are in one face: the list's default first growth, to four, was 12 MB of
        // garbage at 50× the seed.
        var runs = new List<GlyphRun>(1);
        var x = 0f;

        // The paragraph's stretches of one face, cut to the line: the same runs Runs would find for it.
        foreach (var faceRun in shaped.FaceRuns)
        {
            var from = Math.Max(faceRun.Start, line.Start);
            var to = Math.Min(faceRun.End, line.End);
            if (from >= to)
            {
                continue;
            }

            var width = 0f;
            for (var i = from; i < to; i++)
            {
                width += shaped.Advances[i];
            }

            runs.Add(new GlyphRun(faceRun.Face, Drawn(text, from, to), x, width) { Glyphs = shaped.GlyphsOf(from, to) });
            x += width;
        }

        return runs;
    }

    /// <summary>
    /// A short text drawn again and again (a bullet) shaped and positioned once: its runs are kept for the next call,
    /// as every item of a list draws the same bullet. Every text given is kept, so text that changes from call to call
    /// (a page number) is shaped with <see cref="Shape"/> and <see cref="Position"/> instead.
    /// </summary>
    public IReadOnlyList<GlyphRun> Line(string text, TextStyle style)
    {
        if (!_lines.TryGetValue((text, style), out var runs))
        {
            // Read-only: the same runs are handed to every caller.
            runs = Position(text, new LineSpan(0, text.Length), Shape(text, style), style).AsReadOnly();
            _lines[(text, style)] = runs;
        }

        return runs;
    }

    public void Dispose()
    {
        _buffer.Dispose();
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }
    }
}
