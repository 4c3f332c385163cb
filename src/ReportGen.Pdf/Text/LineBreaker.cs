namespace ReportGen.Pdf.Text;

/// <summary>A line of a paragraph: characters [Start, End) of its text; trailing spaces are not part of it.</summary>
public readonly record struct LineSpan(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>
/// Finds line breaks in a paragraph given the advance of each character. Break opportunities come from
/// <see cref="KinsokuRules"/>; shaping is not this class's business. When the next character may not start a
/// line, the break moves back to the last allowed place (追い出し). A run with no allowed break that is wider
/// than the line is broken between characters as a last resort, so nothing ever overflows its cell.
/// </summary>
public static class LineBreaker
{
    /// <param name="text">The paragraph.</param>
    /// <param name="advances">Width of each UTF-16 unit (0 for the second half of a pair or a cluster).</param>
    /// <param name="firstWidth">Width available to the first line.</param>
    /// <param name="width">Width available to the following lines.</param>
    public static List<LineSpan> Break(string text, ReadOnlySpan<float> advances, float firstWidth, float width)
    {
        var lines = new List<LineSpan>();
        var start = 0;
        while (start < text.Length)
        {
            var available = lines.Count == 0 ? firstWidth : width;
            var used = 0f;
            var lastBreak = -1;
            var end = start;
            while (end < text.Length)
            {
                if (end > start && KinsokuRules.CanBreakBefore(text, end))
                {
                    lastBreak = end;
                }

                var next = used + advances[end];
                if (next > available + 0.01f && end > start && !char.IsWhiteSpace(text[end]))
                {
                    break;
                }

                used = next;
                end++;
            }

            if (end >= text.Length)
            {
                lines.Add(Trimmed(text, start, text.Length));
                break;
            }

            var breakAt = lastBreak > start ? lastBreak : LastResort(text, start, end);
            lines.Add(Trimmed(text, start, breakAt));
            start = breakAt;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }
        }

        return lines;
    }

    /// <summary>Break between characters inside an unbreakable run, never inside a surrogate pair.</summary>
    private static int LastResort(string text, int start, int end)
    {
        var at = Math.Max(start + 1, end);
        if (at < text.Length && char.IsLowSurrogate(text[at]))
        {
            at = at - 1 > start ? at - 1 : at + 1;
        }

        return Math.Min(at, text.Length);
    }

    private static LineSpan Trimmed(string text, int start, int end)
    {
        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }

        return new LineSpan(start, end);
    }
}
