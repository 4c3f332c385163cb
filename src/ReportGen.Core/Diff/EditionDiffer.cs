using ReportGen.Diff.Budgets;
using ReportGen.Diff.PlanActual;
using ReportGen.Diff.Text;
using ReportGen.Editions;
using ReportGen.Model;

namespace ReportGen.Diff;

/// <summary>
/// Compares what two editions show and builds the <see cref="ChangeSet"/>.
/// </summary>
/// <remarks>
/// Sections, goals and measures are matched by id, never by text, so a renamed goal is a rename and a rewritten
/// measure is a change, not a removal plus an addition. Editions of one content tree share its structure, so there a
/// measure joins an edition by gaining content for its years and leaves it by having none (see
/// <see cref="EditionView.Compute"/>). A published edition is compared as its record shows it, so the open edition
/// can rename goals and sections, move measures and revise 該当箇所, and each such edit is reported once.
/// </remarks>
public static class EditionDiffer
{
    public static ChangeSet Compare(EditionSource from, EditionSource to)
    {
        var oldView = EditionView.Of(from.Report, from.Edition);
        var newView = EditionView.Of(to.Report, to.Edition);
        var resultsYear = newView.YearOf(ColumnKind.Results);

        // A column only one edition has (FY2022 had no 担当) would show every cell as added or removed; leave it out.
        var columns = new[] { ColumnKind.Text, ColumnKind.Results, ColumnKind.Plans, ColumnKind.Offices }
            .Where(k => from.Edition.Column(k) is not null && to.Edition.Column(k) is not null)
            .ToList();

        return new ChangeSet(
            from,
            to,
            oldView,
            newView,
            columns,
            CompareSections(oldView, newView),
            CompareGoals(oldView, newView),
            CompareMeasures(oldView, newView, columns),
            BudgetComparison.Build(oldView, newView),
            PlanActualComparison.Build(PlansFor(resultsYear, oldView, from.Report, to.Report), newView));
    }

    /// <summary>
    /// The edition that printed the plans for <paramref name="year"/>: the old side when it is that edition (2024 →
    /// 2025), else the edition of either tree whose plans column shows that year (a pull request compares 2025 with
    /// 2025, and the plans are in the published 2024 edition).
    /// </summary>
    private static EditionView? PlansFor(int? year, EditionView oldView, Report oldReport, Report newReport)
    {
        if (year is null || oldView.YearOf(ColumnKind.Plans) == year)
        {
            return oldView;
        }

        foreach (var report in new[] { oldReport, newReport })
        {
            var edition = report.Editions
                .Where(e => e.Column(ColumnKind.Plans)?.Year == year)
                .OrderBy(e => e.IsDraft)
                .FirstOrDefault();
            if (edition is not null)
            {
                return EditionView.Of(report, edition);
            }
        }

        return null;
    }

    private static List<SectionChange> CompareSections(EditionView oldView, EditionView newView)
    {
        var changes = new List<SectionChange>();
        foreach (var id in UnionInOrder(oldView.Sections.Select(s => s.Id), newView.Sections.Select(s => s.Id)))
        {
            var (old, @new) = (oldView.FindSection(id), newView.FindSection(id));
            if (old is null || @new is null)
            {
                changes.Add(new SectionChange(id, old is null ? ChangeKind.Added : ChangeKind.Removed, old, @new, null));
                continue;
            }

            var titleDiff = old.Title == @new.Title ? null : TextDiff.Compute(old.Title, @new.Title);
            var change = new SectionChange(id, ChangeKind.Modified, old, @new, titleDiff);
            if (titleDiff is not null || change.IsRenumbered)
            {
                changes.Add(change);
            }
        }

        return changes;
    }

    private static List<GoalChange> CompareGoals(EditionView oldView, EditionView newView)
    {
        var changes = new List<GoalChange>();
        foreach (var id in UnionInOrder(oldView.Goals.Select(g => g.Id), newView.Goals.Select(g => g.Id)))
        {
            var (old, @new) = (oldView.FindGoal(id), newView.FindGoal(id));
            if (old is null || @new is null)
            {
                changes.Add(new GoalChange(id, old is null ? ChangeKind.Added : ChangeKind.Removed, old, @new, null, null));
                continue;
            }

            var titleDiff = old.Title == @new.Title ? null : TextDiff.Compute(old.Title, @new.Title);
            var movedFrom = old.SectionId == @new.SectionId ? null : old.SectionId;
            if (titleDiff is not null || movedFrom is not null)
            {
                changes.Add(new GoalChange(id, ChangeKind.Modified, old, @new, titleDiff, movedFrom));
            }
        }

        return changes;
    }

    private static List<MeasureChange> CompareMeasures(EditionView oldView, EditionView newView, List<ColumnKind> columns)
    {
        var changes = new List<MeasureChange>();
        foreach (var id in UnionInOrder(oldView.Rows.Select(r => r.Id), newView.Rows.Select(r => r.Id)))
        {
            var (old, @new) = (oldView.FindRow(id), newView.FindRow(id));
            if (old is null || @new is null)
            {
                changes.Add(new MeasureChange(id, old is null ? ChangeKind.Added : ChangeKind.Removed, old, @new, null, []));
                continue;
            }

            var move = old.GoalId == @new.GoalId ? null : new GoalMove(old.GoalId, old.SectionId, @new.GoalId, @new.SectionId);
            var columnChanges = new List<ColumnChange>();
            foreach (var column in columns)
            {
                var items = ListDiff.Compare(old.Cell(column), @new.Cell(column));
                if (items.Any(i => i.IsChange))
                {
                    columnChanges.Add(new ColumnChange(column, Header(oldView, column), Header(newView, column), items));
                }
            }

            if (move is not null || columnChanges.Count > 0)
            {
                changes.Add(new MeasureChange(id, ChangeKind.Modified, old, @new, move, columnChanges));
            }
        }

        return changes;
    }

    private static string Header(EditionView view, ColumnKind column) => view.Edition.Column(column)?.Header ?? column.ToString();

    /// <summary>
    /// Ids in the new edition's reading order, with ids only the old edition has placed after the id that preceded
    /// them there, so a removed measure is listed where it used to be.
    /// </summary>
    private static List<string> UnionInOrder(IEnumerable<string> oldIds, IEnumerable<string> newIds)
    {
        var result = newIds.ToList();
        var present = new HashSet<string>(result, StringComparer.Ordinal);
        string? previous = null;
        foreach (var id in oldIds)
        {
            if (present.Add(id))
            {
                var at = previous is null ? 0 : result.IndexOf(previous) + 1;
                result.Insert(at, id);
            }

            previous = id;
        }

        return result;
    }
}
