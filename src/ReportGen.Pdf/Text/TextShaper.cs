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
public sealed record ShapedGlyphs(ReadOnlyMemory<ushort> Ids, ReadOnlyMemory<int> XAdvance, ReadOnlyMemory<int> XOffset, ReadOnlyMemory<int> YOffset)
{
    public int Count => Ids.Length;
}

/// <summary>A paragraph shaped once: the advance of each UTF-16 unit, and the glyphs with the unit each starts at.</summary>
public sealed class ShapedText
{
    internal ShapedText(float[] advances, ushort[] ids, int[] clusters, int[] xAdvance, int[] xOffset, int[] yOffset)
    {
        Advances = advances;
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
    /// The glyphs whose cluster starts in text[start, end), in drawing order. With ascending clusters they are one
    /// stretch, found by binary search: a line no longer scans every glyph of its paragraph.
    /// </summary>
    internal ShapedGlyphs GlyphsOf(int start, int end)
    {
        if (!_clustersAscend)
        {
            var picked = Enumerable.Range(0, _ids.Length).Where(g => _clusters[g] >= start && _clusters[g] < end).ToArray();
            return new ShapedGlyphs(
                picked.Select(g => _ids[g]).ToArray(),
                picked.Select(g => _xAdvance[g]).ToArray(),
                picked.Select(g => _xOffset[g]).ToArray(),
                picked.Select(g => _yOffset[g]).ToArray());
        }

        var from = FirstAtOrAfter(start);
        var to = FirstAtOrAfter(end);
        return new ShapedGlyphs(_ids.AsMemory(from..to), _xAdvance.AsMemory(from..to), _xOffset.AsMemory(from..to), _yOffset.AsMemory(from..to));
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

    /// <summary>The advance of each UTF-16 unit of <paramref name="text"/>.</summary>
    public float[] Advances(string text, TextStyle style) => Shape(text, style).Advances;

    /// <summary>
    /// Shapes <paramref name="text"/> once, run by run, the way SKShaper shapes a string (UTF-8 into HarfBuzz, segment
    /// properties guessed), and keeps both the advances that line breaking needs and the glyphs that drawing needs.
    /// </summary>
    public ShapedText Shape(string text, TextStyle style)
    {
        var advances = new float[text.Length];
        var ids = new List<ushort>(text.Length);
        var clusters = new List<int>(text.Length);
        var xAdvance = new List<int>(text.Length);
        var xOffset = new List<int>(text.Length);
        var yOffset = new List<int>(text.Length);
        foreach (var run in Runs(text, 0, text.Length, style))
        {
            if (run.Text.Length == 0)
            {
                continue;
            }

            _buffer.ClearContents();
            _buffer.AddUtf8(run.Text);
            _buffer.GuessSegmentProperties();
            var result = run.Face.Shaper.Shape(_buffer, FontOf(run.Face, style.Size));
            var positions = _buffer.GetGlyphPositionSpan();
            var start = (int)run.X;
            var utf16Of = Utf8ToUtf16(run.Text);
            for (var g = 0; g < result.Codepoints.Length; g++)
            {
                var x = result.Points[g].X;
                var next = g + 1 < result.Codepoints.Length ? result.Points[g + 1].X : result.Width;
                var cluster = start + utf16Of[Math.Clamp((int)result.Clusters[g], 0, utf16Of.Length - 1)];
                advances[cluster] += next - x;
                ids.Add((ushort)result.Codepoints[g]);
                clusters.Add(cluster);
                xAdvance.Add(positions[g].XAdvance);
                xOffset.Add(positions[g].XOffset);
                yOffset.Add(positions[g].YOffset);
            }
        }

        return new ShapedText(advances, [.. ids], [.. clusters], [.. xAdvance], [.. xOffset], [.. yOffset]);
    }

    /// <summary>
    /// SKShaper hands the text to HarfBuzz as UTF-8, so clusters are byte offsets; this maps each byte offset to
    /// the UTF-16 index of the character it belongs to.
    /// </summary>
    private static int[] Utf8ToUtf16(string text)
    {
        var map = new int[System.Text.Encoding.UTF8.GetByteCount(text) + 1];
        var offset = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length;
            var bytes = System.Text.Encoding.UTF8.GetByteCount(text.AsSpan(i, pair ? 2 : 1));
            for (var b = 0; b < bytes; b++)
            {
                map[offset + b] = i;
            }

            offset += bytes;
            if (pair)
            {
                i++;
            }
        }

        map[offset] = text.Length - 1;
        return map;
    }

    public float Width(string text, TextStyle style) => Advances(text, style).Sum();

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
        char[]? copy = null;
        for (var i = start; i < end; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < end)
            {
                i++;
            }
            else if (Fonts.SubstituteFor(text[i]) is { Length: 1 } substitute)
            {
                copy ??= text.ToCharArray(start, end - start);
                copy[i - start] = substitute[0];
            }
        }

        return copy is null ? text.Substring(start, end - start) : new string(copy);
    }

    /// <summary>Runs of a line with their x offsets from the line start, and the glyphs shaping placed for each.</summary>
    public List<GlyphRun> Position(string text, LineSpan line, ShapedText shaped, TextStyle style)
    {
        var runs = new List<GlyphRun>();
        var x = 0f;
        foreach (var run in Runs(text, line.Start, line.End, style))
        {
            var from = (int)run.X;
            var width = 0f;
            for (var i = from; i < from + run.Text.Length; i++)
            {
                width += shaped.Advances[i];
            }

            runs.Add(run with { X = x, Width = width, Glyphs = shaped.GlyphsOf(from, from + run.Text.Length) });
            x += width;
        }

        return runs;
    }

    /// <summary>A single line of text (a label, a page number) shaped and positioned.</summary>
    public List<GlyphRun> Line(string text, TextStyle style) =>
        Position(text, new LineSpan(0, text.Length), Shape(text, style), style);

    public void Dispose()
    {
        _buffer.Dispose();
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }
    }
}
