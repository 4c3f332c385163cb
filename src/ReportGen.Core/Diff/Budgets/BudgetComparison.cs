using ReportGen.Editions;
using ReportGen.Model;

namespace ReportGen.Diff.Budgets;

/// <summary>A budget phrase and the cell it was read from.</summary>
public sealed record BudgetMention(BudgetLine Line, string MeasureId, ColumnKind Column, int CellYear);

/// <summary>A budget-like phrase that was not read, and the cell it was found in.</summary>
public sealed record UnparsedBudgetMention(UnparsedBudgetPhrase Phrase, string MeasureId, ColumnKind Column, int CellYear);

/// <summary>Every budget phrase in the 実績 and 予定 cells of one edition.</summary>
public sealed record EditionBudgets(IReadOnlyList<BudgetMention> Lines, IReadOnlyList<UnparsedBudgetMention> Unparsed)
{
    public static EditionBudgets Of(EditionView view)
    {
        var lines = new List<BudgetMention>();
        var unparsed = new List<UnparsedBudgetMention>();
        foreach (var row in view.Rows)
        {
            foreach (var column in (ColumnKind[])[ColumnKind.Results, ColumnKind.Plans])
            {
                var year = view.YearOf(column);
                foreach (var item in row.Cell(column))
                {
                    var scan = BudgetParser.Parse(item.Text, year);
                    lines.AddRange(scan.Lines.Select(l => new BudgetMention(l, row.Id, column, year ?? 0)));
                    unparsed.AddRange(scan.Unparsed.Select(u => new UnparsedBudgetMention(u, row.Id, column, year ?? 0)));
                }
            }
        }

        return new EditionBudgets(lines, unparsed);
    }

    /// <summary>Phrases that name no program (約１１億円を予算措置): listed on their own, not guessed into a program.</summary>
    public IEnumerable<BudgetMention> WithoutProgram => Lines.Where(l => l.Line.ProgramKey is null);

    public IEnumerable<BudgetMention> WithTypos => Lines.Where(l => l.Line.Typos.Count > 0);

    /// <summary>Only what the given measures say.</summary>
    public EditionBudgets Only(IReadOnlySet<string> measureIds) =>
        new([.. Lines.Where(l => measureIds.Contains(l.MeasureId))], [.. Unparsed.Where(u => measureIds.Contains(u.MeasureId))]);
}

/// <summary>One figure for a program and year, with every place that states it.</summary>
public sealed record BudgetFigure(BudgetKind Kind, decimal AmountYen, bool IsPartOf, IReadOnlyList<BudgetMention> Mentions)
{
    public string AmountText => Mentions[0].Line.AmountText;
}

public enum BudgetRowStatus
{
    /// <summary>Both editions state the same figures.</summary>
    Unchanged,

    /// <summary>Both editions state the year, with different figures (a new amount, or 予算案 become 予算).</summary>
    Revised,

    /// <summary>Only the new edition states the year: typically next year's 予算案.</summary>
    New,

    /// <summary>Only the old edition states the year; the new one has moved on. Not a change.</summary>
    NoLongerShown,
}

/// <summary>The figures one program has for one fiscal year and track, in the old and the new edition.</summary>
/// <param name="ChangeFromPreviousYear">The newest figure minus the previous year's, when both are single figures of the same kind (both 内数 or neither).</param>
public sealed record BudgetRow(
    int FiscalYear,
    BudgetTrack Track,
    IReadOnlyList<BudgetFigure> Old,
    IReadOnlyList<BudgetFigure> New,
    decimal? ChangeFromPreviousYear)
{
    public BudgetRowStatus Status =>
        Old.Count == 0 ? BudgetRowStatus.New
        : New.Count == 0 ? BudgetRowStatus.NoLongerShown
        : Keys(Old).SetEquals(Keys(New)) ? BudgetRowStatus.Unchanged
        : BudgetRowStatus.Revised;

    public bool IsChange => Status is BudgetRowStatus.Revised or BudgetRowStatus.New;

    /// <summary>Which figures <see cref="ChangeFromPreviousYear"/> compares, e.g. 予算→予算案.</summary>
    public string? ChangeBasis { get; init; }

    /// <summary>前年度比 as a reader sees it: +0.3億円（予算→予算案）, or – when the years cannot be compared.</summary>
    public string ChangeText => ChangeFromPreviousYear is { } d
        ? BudgetPrograms.FormatYen(d, withSign: true) + (ChangeBasis is null ? string.Empty : "（" + ChangeBasis + "）")
        : "–";

    /// <summary>The figures the newest edition states for this year (the old ones when the new edition is silent).</summary>
    public IReadOnlyList<BudgetFigure> Latest => New.Count > 0 ? New : Old;

    private static HashSet<(BudgetKind, decimal, bool)> Keys(IEnumerable<BudgetFigure> figures) =>
        [.. figures.Select(f => (f.Kind, f.AmountYen, f.IsPartOf))];
}

/// <summary>A program's amounts by fiscal year across the two editions.</summary>
public sealed record ProgramBudget(string Key, string Name, IReadOnlyList<BudgetRow> Rows)
{
    public IEnumerable<BudgetRow> Changes => Rows.Where(r => r.IsChange);
}

/// <summary>
/// Budgets of two editions side by side: per program a table of amounts by fiscal year, and which of them changed.
/// A change is a year whose figures differ between the editions, or a year only the new edition states. Years only
/// the old edition states are kept in the table but are not changes: the new edition reports a later year instead.
/// </summary>
public sealed record BudgetComparison(EditionBudgets Old, EditionBudgets New, IReadOnlyList<ProgramBudget> Programs)
{
    public IEnumerable<(ProgramBudget Program, BudgetRow Row)> Changes =>
        Programs.SelectMany(p => p.Changes.Select(r => (p, r)));

    public static BudgetComparison Build(EditionView oldView, EditionView newView)
    {
        var oldBudgets = EditionBudgets.Of(oldView);
        var newBudgets = EditionBudgets.Of(newView);

        // Programs in the order the new edition first mentions them, then those only the old edition has.
        var keys = newBudgets.Lines.Concat(oldBudgets.Lines)
            .Where(l => l.Line.ProgramKey is not null)
            .Select(l => l.Line.ProgramKey!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var programs = new List<ProgramBudget>();
        foreach (var key in keys)
        {
            var olds = oldBudgets.Lines.Where(l => l.Line.ProgramKey == key).ToList();
            var news = newBudgets.Lines.Where(l => l.Line.ProgramKey == key).ToList();
            var name = ShortestName(news.Count > 0 ? news : olds);
            var slots = olds.Concat(news)
                .Select(l => (l.Line.FiscalYear, l.Line.Track))
                .Distinct()
                .OrderBy(s => s.Track)
                .ThenBy(s => s.FiscalYear)
                .ToList();
            var rows = new List<BudgetRow>();
            foreach (var (year, track) in slots)
            {
                var row = new BudgetRow(year, track, Figures(olds, year, track), Figures(news, year, track), null);
                var previous = rows.LastOrDefault(r => r.Track == track && r.FiscalYear == year - 1);
                var difference = Difference(previous, row);
                rows.Add(row with { ChangeFromPreviousYear = difference?.Change, ChangeBasis = difference?.Basis });
            }

            programs.Add(new ProgramBudget(key, name, rows));
        }

        return new BudgetComparison(oldBudgets, newBudgets, programs);
    }

    /// <summary>The plainest way the program is written, e.g. without its parenthesised sub-title.</summary>
    private static string ShortestName(List<BudgetMention> mentions) =>
        mentions.Select(m => m.Line.Program!).OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).First();

    private static List<BudgetFigure> Figures(List<BudgetMention> mentions, int year, BudgetTrack track) =>
        [.. mentions
            .Where(m => m.Line.FiscalYear == year && m.Line.Track == track)
            .GroupBy(m => (m.Line.Kind, m.Line.AmountYen, m.Line.IsPartOf))
            .Select(g => new BudgetFigure(g.Key.Kind, g.Key.AmountYen, g.Key.IsPartOf, [.. g]))
            .OrderBy(f => f.IsPartOf)
            .ThenBy(f => f.Kind)
            .ThenBy(f => f.AmountYen)];

    private static (decimal Change, string Basis)? Difference(BudgetRow? previous, BudgetRow current)
    {
        if (previous is null || Settled(previous.Latest) is not { } before || Settled(current.Latest) is not { } after || before.IsPartOf != after.IsPartOf)
        {
            return null;
        }

        var basis = before.Kind == after.Kind
            ? BudgetPrograms.Label(after.Kind) + "同士"
            : BudgetPrograms.Label(before.Kind) + "→" + BudgetPrograms.Label(after.Kind);
        return (after.AmountYen - before.AmountYen, basis);
    }

    /// <summary>
    /// The one figure a year's amount is compared by: the only one, or the enacted 予算 over the 予算案 it replaced
    /// (a year is often written both ways: as 予算案 in the plans, as 予算 in the results).
    /// </summary>
    private static BudgetFigure? Settled(IReadOnlyList<BudgetFigure> figures)
    {
        if (figures.Count == 1)
        {
            return figures[0];
        }

        foreach (var kind in new[] { BudgetKind.Budget, BudgetKind.Draft })
        {
            var ofKind = figures.Where(f => f.Kind == kind).ToList();
            if (ofKind.Count == 1)
            {
                return ofKind[0];
            }
        }

        return null;
    }
}
