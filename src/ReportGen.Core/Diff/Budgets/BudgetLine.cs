using System.Globalization;
using ReportGen.Model;

namespace ReportGen.Diff.Budgets;

/// <summary>The stage of a budget a phrase quotes.</summary>
public enum BudgetKind
{
    /// <summary>予算: the enacted initial budget.</summary>
    Budget,

    /// <summary>予算案 or 予算（案）: the government's draft, before the Diet passes it.</summary>
    Draft,

    /// <summary>補正予算: a supplementary budget.</summary>
    Supplementary,

    /// <summary>補正予算案: a supplementary budget still in draft.</summary>
    SupplementaryDraft,
}

/// <summary>
/// One budget phrase as the table writes it, e.g. 「医療機器等研究成果展開事業」（令和５年度予算：10.2億円）, parsed.
/// </summary>
/// <param name="Text">The phrase as written, from the year (or 約) to the end of the amount and its notes.</param>
/// <param name="Start">Where <paramref name="Text"/> starts in the item it was read from.</param>
/// <param name="Program">The program (事業) the money belongs to, as written; null when the text names none.</param>
/// <param name="FiscalYear">The budget's fiscal year (Western); taken from the cell when the phrase states none.</param>
/// <param name="YearStated">False when <paramref name="FiscalYear"/> was taken from the cell (約１１億円を予算措置).</param>
/// <param name="AmountYen">The amount in yen; for a 内数 phrase, the whole program's amount it is a part of.</param>
/// <param name="AmountText">The amount as written (10.2億円, 287,614千円).</param>
/// <param name="IsPartOf">内数: the activity is funded from within this amount, not by all of it.</param>
/// <param name="IsApproximate">約: an approximate amount.</param>
/// <param name="TotalYen">A total given beside the amount (国庫債務負担行為含め総額26億円).</param>
/// <param name="Typos">Misspellings the parser read through, for a reviewer to fix (「憶円」 for 「億円」).</param>
public sealed record BudgetLine(
    string Text,
    int Start,
    string? Program,
    int FiscalYear,
    bool YearStated,
    BudgetKind Kind,
    decimal AmountYen,
    string AmountText,
    bool IsPartOf,
    bool IsApproximate,
    decimal? TotalYen,
    IReadOnlyList<string> Typos)
{
    /// <summary>The program's name reduced to what identifies it across phrasings; null without a program.</summary>
    public string? ProgramKey => Program is null ? null : BudgetPrograms.Key(Program);

    /// <summary>予算 and 予算案 are two stages of one initial budget; 補正予算 is a budget of its own.</summary>
    public BudgetTrack Track => Kind is BudgetKind.Supplementary or BudgetKind.SupplementaryDraft ? BudgetTrack.Supplementary : BudgetTrack.Initial;
}

/// <summary>Which budget of a fiscal year a figure belongs to.</summary>
public enum BudgetTrack
{
    Initial,
    Supplementary,
}

/// <summary>A phrase that looks like a budget (an amount in yen, 予算：, 予算内数) but could not be read as one.</summary>
/// <param name="Text">The part that looked like a budget.</param>
/// <param name="Start">Where it starts in the item.</param>
/// <param name="Context">The phrase with some text around it, so a reviewer can find it.</param>
/// <param name="Reason">Why it was not read, in Japanese for the summary.</param>
public sealed record UnparsedBudgetPhrase(string Text, int Start, string Context, string Reason);

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
