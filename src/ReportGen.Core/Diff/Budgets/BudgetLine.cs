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
