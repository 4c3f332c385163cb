using System.Globalization;
using ReportGen.Model;

namespace ReportGen.Diff;

/// <summary>
/// The one-line summary of a change set, 「施策 追加 1・削除 0・移動 0・変更 3、…、予算の変化 2 件」, worded here
/// once for the diff command's message, the 新旧対照表's header and the Markdown summary, so the three never disagree.
/// </summary>
public static class ChangeSummary
{
    /// <summary>
    /// The parts of the line, in order: measures, goals, sections, budgets and, when the old edition announced plans,
    /// the plans without a result. With <paramref name="everyKind"/> false, goals and sections appear only when some
    /// changed; the edition's progress is not included.
    /// </summary>
    public static IReadOnlyList<string> Parts(ChangeSet changes, bool everyKind)
    {
        var c = changes.Counts;
        var parts = new List<string> { Measures(c) };
        if (everyKind || changes.Goals.Count > 0)
        {
            parts.Add(Invariant($"目標 追加 {c.GoalsAdded}・削除 {c.GoalsRemoved}・名称変更 {c.GoalsRenamed}・移動 {c.GoalsMoved}"));
        }

        if (everyKind || changes.Sections.Count > 0)
        {
            parts.Add(Invariant($"項目 追加 {c.SectionsAdded}・削除 {c.SectionsRemoved}・名称変更 {c.SectionsRenamed}"));
        }

        parts.AddRange(Totals(changes));
        return parts;
    }

    /// <summary>The parts joined with 、, without the closing 。.</summary>
    public static string Line(ChangeSet changes, bool everyKind) => string.Join("、", Parts(changes, everyKind));

    /// <summary>The parts that are no table of counts: the budget changes and the plans without a result.</summary>
    public static IReadOnlyList<string> Totals(ChangeSet changes)
    {
        var parts = new List<string> { Invariant($"予算の変化 {changes.Counts.BudgetChanges} 件") };
        if (changes.PlanVsActual is { FiscalYear: { } year, PlanCount: > 0 })
        {
            parts.Add(Invariant($"{FiscalYear.ToJapanese(year)}の予定 {changes.PlanVsActual.PlanCount} 件のうち実績が見当たらないもの {changes.Counts.UnmatchedPlans} 件"));
        }

        return parts;
    }

    private static string Measures(ChangeCounts c) =>
        Invariant($"施策 追加 {c.MeasuresAdded}・削除 {c.MeasuresRemoved}・移動 {c.MeasuresMoved}・変更 {c.MeasuresChanged}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
