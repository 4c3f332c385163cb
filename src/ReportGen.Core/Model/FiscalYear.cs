using System.Globalization;

namespace ReportGen.Model;

/// <summary>
/// The one place that turns Western fiscal years into Japanese era names and back.
/// A fiscal year N runs from April N to March N+1 and takes the era in force on 1 April of year N, except that
/// FY2019 is called 令和元年度 in government documents although 令和 began on 1 May 2019.
/// </summary>
public static class FiscalYear
{
    private sealed record Era(string Name, int FirstFiscalYear);

    // Newest first. 平成 covers FY1989 (平成元年度) to FY2018 (平成30年度).
    private static readonly Era[] Eras =
    [
        new("令和", 2019),
        new("平成", 1989),
        new("昭和", 1926),
    ];

    /// <summary>2023 → 令和５年度 (full-width digits, as in the published headers).</summary>
    public static string ToJapanese(int year, bool fullWidthDigits = true)
    {
        var era = Eras.FirstOrDefault(e => year >= e.FirstFiscalYear)
            ?? throw new ArgumentOutOfRangeException(nameof(year), year, "Fiscal years before 昭和 are not supported.");
        var n = year - era.FirstFiscalYear + 1;
        var digits = n == 1 ? "元" : n.ToString(CultureInfo.InvariantCulture);
        if (fullWidthDigits)
        {
            digits = JapaneseDigits.ToFullWidth(digits);
        }

        return era.Name + digits + "年度";
    }

    /// <summary>令和５年度, 令和5年度, 令和元年度, R5年度 → 2023; null when the text is not an era fiscal year.</summary>
    public static int? Parse(string text)
    {
        var t = JapaneseDigits.ToHalfWidth(text.Trim());
        if (t.EndsWith("年度", StringComparison.Ordinal))
        {
            t = t[..^2];
        }
        else if (t.EndsWith('年'))
        {
            t = t[..^1];
        }

        if (t.StartsWith('R') || t.StartsWith('Ｒ'))
        {
            t = "令和" + t[1..];
        }

        foreach (var era in Eras)
        {
            if (!t.StartsWith(era.Name, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = t[era.Name.Length..];
            if (rest == "元")
            {
                return era.FirstFiscalYear;
            }

            return int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1
                ? era.FirstFiscalYear + n - 1
                : null;
        }

        return null;
    }
}

/// <summary>Full-width (０-９) and half-width (0-9) digits.</summary>
public static class JapaneseDigits
{
    public static bool IsFullWidthDigit(char c) => c is >= '０' and <= '９';

    public static bool IsHalfWidthDigit(char c) => c is >= '0' and <= '9';

    public static string ToFullWidth(string s) =>
        string.Concat(s.Select(c => IsHalfWidthDigit(c) ? (char)(c - '0' + '０') : c));

    public static string ToHalfWidth(string s) =>
        string.Concat(s.Select(c => IsFullWidthDigit(c) ? (char)(c - '０' + '0') : c));
}
