using System.Globalization;
using ReportGen.Model;

namespace ReportGen.Diff.Budgets;

/// <summary>Wording and formatting of budget terms, in one place.</summary>
public static class BudgetPrograms
{
    /// <summary>
    /// The key that identifies a program: brackets, parenthesised sub-titles (開発・事業化事業、…) and spaces removed,
    /// and variant kanji folded. The table writes the same program as 「医工連携イノベーション推進事業」 and as
    /// 「医工連携イノベーション推進事業（開発・事業化事業、ベンチャー育成事業）」, and both 強靭化 and 強靱化.
    /// </summary>
    public static string Key(string program)
    {
        var sb = new System.Text.StringBuilder(program.Length);
        var depth = 0;
        foreach (var c in program)
        {
            switch (c)
            {
                case '（' or '(':
                    depth++;
                    break;
                case '）' or ')':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '「' or '」' or '｢' or '｣' or '『' or '』':
                    break;
                case '靭':
                    if (depth == 0)
                    {
                        sb.Append('靱');
                    }

                    break;
                default:
                    if (depth == 0 && !char.IsWhiteSpace(c))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    public static string Label(BudgetKind kind) => kind switch
    {
        BudgetKind.Budget => "予算",
        BudgetKind.Draft => "予算案",
        BudgetKind.Supplementary => "補正予算",
        _ => "補正予算案",
    };

    /// <summary>A figure as a reader sees it: 19億円の内数（予算案）.</summary>
    public static string Describe(BudgetFigure figure) =>
        $"{FormatYen(figure.AmountYen)}{(figure.IsPartOf ? "の内数" : string.Empty)}（{Label(figure.Kind)}）";

    /// <summary>The year of a budget row: 令和６年度, or 令和５年度（補正） for the supplementary budget of that year.</summary>
    public static string YearLabel(BudgetRow row) =>
        FiscalYear.ToJapanese(row.FiscalYear) + (row.Track == BudgetTrack.Supplementary ? "（補正）" : string.Empty);

    /// <summary>
    /// An amount in the unit a reader expects: 億円 from 0.1億円 up when it needs at most two decimals (10.9億円,
    /// 0.97億円), else 千円 (287,614千円), else 円. Differences are signed (+0.3億円, ±0).
    /// </summary>
    public static string FormatYen(decimal yen, bool withSign = false)
    {
        if (withSign && yen == 0)
        {
            return "±0";
        }

        var sign = withSign && yen > 0 ? "+" : yen < 0 ? "−" : string.Empty;
        var abs = Math.Abs(yen);
        var oku = abs / 100_000_000m;
        if (abs >= 10_000_000m && decimal.Round(oku, 2) == oku)
        {
            return sign + oku.ToString("#,0.##", CultureInfo.InvariantCulture) + "億円";
        }

        var sen = abs / 1_000m;
        if (abs >= 1_000m && decimal.Round(sen, 0) == sen)
        {
            return sign + sen.ToString("#,0", CultureInfo.InvariantCulture) + "千円";
        }

        return sign + abs.ToString("#,0.##", CultureInfo.InvariantCulture) + "円";
    }
}
