namespace ReportGen.Text;

/// <summary>
/// Dates written as <c>YYYY-MM-DD</c> (edition dates in content, publication records, <c>--date</c>), read without the
/// culture machinery. <see cref="DateOnly.TryParseExact(string, string, IFormatProvider, System.Globalization.DateTimeStyles, out DateOnly)"/>
/// with the invariant culture accepts the same strings, but its first call builds the culture's date formats and an
/// ICU collator, several milliseconds at the start of every command that reads content.
/// </summary>
public static class IsoDate
{
    /// <summary>True for exactly four, two and two ASCII digits joined by <c>-</c> that name a day of the calendar.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The date of a string known to be well formed, e.g. one this program wrote; throws otherwise.</summary>
    public static DateOnly Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"Not a YYYY-MM-DD date: {text}");

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = value * 10 + (c - '0');
        }

        return true;
    }
}
