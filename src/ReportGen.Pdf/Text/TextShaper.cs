using ReportGen.Pdf.Fonts;
using SkiaSharp;

namespace ReportGen.Pdf.Text;

/// <summary>A stretch of a line drawn with one face.</summary>
public readonly record struct GlyphRun(Face Face, string Text, float X, float Width);

/// <summary>
/// Measures text with HarfBuzz (through SkiaSharp.HarfBuzz) and splits it into runs of one face each. Advances are
/// per UTF-16 unit so that <see cref="LineBreaker"/> can work on the string it breaks.
/// </summary>
public sealed class TextShaper(FontProvider fonts)
{
    private readonly Dictionary<(Face, float), SKFont> _fonts = [];

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
    public float[] Advances(string text, TextStyle style)
    {
        var advances = new float[text.Length];
        foreach (var run in Runs(text, 0, text.Length, style))
        {
            var result = run.Face.Shaper.Shape(run.Text, FontOf(run.Face, style.Size));
            var start = (int)run.X;
            var utf16Of = Utf8ToUtf16(run.Text);
            for (var g = 0; g < result.Codepoints.Length; g++)
            {
                var x = result.Points[g].X;
                var next = g + 1 < result.Codepoints.Length ? result.Points[g + 1].X : result.Width;
                var cluster = utf16Of[Math.Clamp((int)result.Clusters[g], 0, utf16Of.Length - 1)];
                advances[start + cluster] += next - x;
            }
        }

        return advances;
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

    /// <summary>The characters drawn for text[start, end): substitutes have the same UTF-16 length as the original.</summary>
    private string Drawn(string text, int start, int end)
    {
        var sb = new System.Text.StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < end)
            {
                sb.Append(text, i, 2);
                i++;
            }
            else
            {
                var drawn = Fonts.TextFor(text[i]);
                sb.Append(drawn.Length == 1 ? drawn : text[i].ToString());
            }
        }

        return sb.ToString();
    }

    /// <summary>Runs of a line with their x offsets from the line start.</summary>
    public List<GlyphRun> Position(string text, LineSpan line, float[] advances, TextStyle style)
    {
        var runs = new List<GlyphRun>();
        var x = 0f;
        foreach (var run in Runs(text, line.Start, line.End, style))
        {
            var from = (int)run.X;
            var width = 0f;
            for (var i = from; i < from + run.Text.Length; i++)
            {
                width += advances[i];
            }

            runs.Add(run with { X = x, Width = width });
            x += width;
        }

        return runs;
    }
}
