using ReportGen.Diff.Budgets;
using ReportGen.Diff.PlanActual;
using ReportGen.Diff.Text;
using ReportGen.Editions;
using ReportGen.Model;

namespace ReportGen.Diff;

/// <summary>An edition to compare, and where its content came from (for headings: "content", "main:content").</summary>
public sealed record EditionSource(Report Report, Edition Edition, string Origin);

/// <summary>
/// Everything that changed between what two editions show, ready for the renderers (Markdown summary,
/// 新旧対照表 in HTML and PDF). Each edit appears once: a measure's changes are one <see cref="MeasureChange"/>
/// with one <see cref="ColumnChange"/> per changed column; budgets and plan-against-actual are derived views.
/// </summary>
public sealed record ChangeSet(
    EditionSource From,
    EditionSource To,
    EditionView Old,
    EditionView New,
    IReadOnlyList<ColumnKind> Columns,
    IReadOnlyList<SectionChange> Sections,
    IReadOnlyList<GoalChange> Goals,
    IReadOnlyList<MeasureChange> Measures,
    BudgetComparison Budgets,
    PlanActualComparison PlanVsActual)
{
    public bool IsEmpty => Sections.Count == 0 && Goals.Count == 0 && Measures.Count == 0;

    /// <summary>
    /// The measures a review is about (a pull request's changes), or null for a comparison of whole editions. Derived
    /// lists (plan against actual, budget notes) then cover only these measures.
    /// </summary>
    public IReadOnlySet<string>? Focus { get; init; }

    /// <summary>How far the new edition is filled, when it is a draft: one line per year column.</summary>
    public IReadOnlyList<ColumnProgress> Progress { get; init; } = [];

    /// <summary>
    /// The same changes as a review of an edit sees them: plan against actual and the budget notes only for the
    /// measures the edit touched, since the other measures' plans simply have not been reported on yet.
    /// </summary>
    public ChangeSet Focused()
    {
        var touched = Measures.Select(m => m.MeasureId).ToHashSet(StringComparer.Ordinal);
        return this with
        {
            Focus = touched,
            PlanVsActual = PlanVsActual with { Measures = [.. PlanVsActual.Measures.Where(m => touched.Contains(m.MeasureId))] },
            Budgets = Budgets with { New = Budgets.New.Only(touched) },
        };
    }

    public ChangeCounts Counts => new(
        MeasuresAdded: Measures.Count(m => m.Kind == ChangeKind.Added),
        MeasuresRemoved: Measures.Count(m => m.Kind == ChangeKind.Removed),
        MeasuresMoved: Measures.Count(m => m.Move is not null),
        MeasuresChanged: Measures.Count(m => m.Columns.Count > 0),
        GoalsAdded: Goals.Count(g => g.Kind == ChangeKind.Added),
        GoalsRemoved: Goals.Count(g => g.Kind == ChangeKind.Removed),
        GoalsRenamed: Goals.Count(g => g.TitleDiff is not null),
        GoalsMoved: Goals.Count(g => g.MovedFromSection is not null),
        SectionsAdded: Sections.Count(s => s.Kind == ChangeKind.Added),
        SectionsRemoved: Sections.Count(s => s.Kind == ChangeKind.Removed),
        SectionsRenamed: Sections.Count(s => s.TitleDiff is not null),
        BudgetChanges: Budgets.Changes.Count(),
        UnmatchedPlans: PlanVsActual.UnmatchedCount);
}

public sealed record ChangeCounts(
    int MeasuresAdded,
    int MeasuresRemoved,
    int MeasuresMoved,
    int MeasuresChanged,
    int GoalsAdded,
    int GoalsRemoved,
    int GoalsRenamed,
    int GoalsMoved,
    int SectionsAdded,
    int SectionsRemoved,
    int SectionsRenamed,
    int BudgetChanges,
    int UnmatchedPlans);

public enum ChangeKind
{
    Added,
    Removed,

    /// <summary>In both editions, with something about it changed (title, place, or cells).</summary>
    Modified,
}

/// <summary>A section （１）… added, removed, renamed or renumbered.</summary>
public sealed record SectionChange(string SectionId, ChangeKind Kind, SectionView? Old, SectionView? New, IReadOnlyList<DiffSpan>? TitleDiff)
{
    public bool IsRenumbered => Old is not null && New is not null && Old.Number != New.Number;
}

/// <summary>A goal 【…】 added, removed, renamed (<see cref="TitleDiff"/>) or moved to another section.</summary>
public sealed record GoalChange(string GoalId, ChangeKind Kind, GoalView? Old, GoalView? New, IReadOnlyList<DiffSpan>? TitleDiff, string? MovedFromSection);

/// <summary>A measure that went to another goal (and perhaps section).</summary>
public sealed record GoalMove(string FromGoalId, string FromSectionId, string ToGoalId, string ToSectionId);

/// <summary>
/// A measure added to the table, removed from it, or shown differently: moved to another goal and/or with changed
/// cells. An added or removed measure has no column changes: its whole row is new or gone.
/// </summary>
public sealed record MeasureChange(string MeasureId, ChangeKind Kind, RowView? Old, RowView? New, GoalMove? Move, IReadOnlyList<ColumnChange> Columns)
{
    public RowView Row => New ?? Old!;
}

/// <summary>
/// One column of one measure compared: its items paired up (<see cref="ListDiff"/>), each with an inline diff.
/// <see cref="OldBlocks"/> and <see cref="NewBlocks"/> give the two sides of a 新旧対照表 row, in each side's own order,
/// with changed parts marked; moved items are marked whole on both sides, since their place is what changed.
/// </summary>
public sealed record ColumnChange(ColumnKind Column, string OldHeader, string NewHeader, IReadOnlyList<ItemDiff> Items)
{
    public IReadOnlyList<MarkedBlock> OldBlocks => [.. OldItems.Select(x => x.Block)];

    public IReadOnlyList<MarkedBlock> NewBlocks => [.. NewItems.Select(x => x.Block)];

    /// <summary>The old side's blocks with the items they come from, for renderers that also need to know what is unchanged.</summary>
    public IEnumerable<(ItemDiff Item, MarkedBlock Block)> OldItems =>
        Items.Where(i => i.Old is not null).OrderBy(i => i.OldIndex).Select(i => (i, new MarkedBlock(i.Old!, Side(i, TextDiff.OldSide))));

    /// <summary>The new side's blocks with the items they come from.</summary>
    public IEnumerable<(ItemDiff Item, MarkedBlock Block)> NewItems =>
        Items.Where(i => i.New is not null).OrderBy(i => i.NewIndex).Select(i => (i, new MarkedBlock(i.New!, Side(i, TextDiff.NewSide))));

    private static IReadOnlyList<MarkedRun> Side(ItemDiff item, Func<IEnumerable<DiffSpan>, IReadOnlyList<MarkedRun>> side)
    {
        var runs = side(item.Spans);
        return item.IsMoved ? [.. runs.Select(r => r with { IsChanged = true })] : runs;
    }
}

/// <summary>An item of one side of a 新旧対照表 cell: the block (bullet or paragraph) and its text with changed parts marked.</summary>
public sealed record MarkedBlock(TextBlock Block, IReadOnlyList<MarkedRun> Runs);
