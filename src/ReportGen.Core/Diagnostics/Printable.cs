using System.Globalization;
using System.Text;

namespace ReportGen.Diagnostics;

/// <summary>
/// Makes text from content safe to print on a terminal: a control character (<c>ESC [2J</c> clears the screen),
/// a line break inside a message or a bidirectional override that reorders what follows is shown as
/// <c>\u001B</c> instead of being sent raw. Long values are shortened, so one message stays one readable line.
/// </summary>
public static class Printable
{
    public const int MaxValueLength = 60;

    public static string Escape(string text)
    {
        if (!text.Any(IsUnsafe))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>A value quoted in a message: at most <see cref="MaxValueLength"/> characters, then 「…」.</summary>
    public static string Shorten(string value) =>
        value.Length <= MaxValueLength ? value : value[..MaxValueLength] + "…";

    /// <summary>A title in a list or a place name: at most <paramref name="maxLength"/> characters, the last one 「…」 when cut.</summary>
    public static string Shorten(string value, int maxLength) =>
        value.Length <= maxLength ? value : value[..(maxLength - 1)] + "…";

    private static bool IsUnsafe(char c) =>
        char.IsControl(c) ||
        c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';
}
