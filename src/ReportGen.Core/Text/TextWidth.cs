namespace ReportGen.Text;

/// <summary>
/// Display width in half-width units: a kanji, kana or full-width character counts 2, ASCII counts 1.
/// Used to read the wrap width of cells in text extracted from a PDF, where each column wrapped at its own width.
/// </summary>
public static class TextWidth
{
    public static int Of(string s)
    {
        var width = 0;
        foreach (var c in s)
        {
            width += IsWide(c) ? 2 : 1;
        }

        return width;
    }

    public static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F'
            or >= '\u2E80' and <= '\u303E'
            or >= '\u3041' and <= '\u33FF'
            or >= '\u3400' and <= '\u4DBF'
            or >= '\u4E00' and <= '\u9FFF'
            or >= '\uA000' and <= '\uA4CF'
            or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F'
            or >= '\uFF00' and <= '\uFF60'
            or >= '\uFFE0' and <= '\uFFE6';

    public static bool IsLatinLetter(char c) => char.IsAsciiLetter(c);
}
