using ReportGen.Diff;
using ReportGen.Diff.Budgets;
using ReportGen.Diff.Text;
using ReportGen.Model;
using static ReportGen.Tests.Diff.TestReports;

namespace ReportGen.Tests.Diff;

/// <summary>
/// tests/fixtures/edition-2025, made the real way (new-year on the real content, then the offices' edits in the same
/// tree; its README lists every edit): its published 2024 edition against its open 2025 edition. Each edit must be
/// reported exactly once, as the right kind, and nothing else.
/// </summary>
public class FixtureDiffTests
{
    private static readonly Lazy<ChangeSet> Changes = new(() =>
        EditionDiffer.Compare(Source(Fixture, "2024", "edition-2025"), Source(Fixture, "2025", "edition-2025")));

    private static ChangeSet Diff => Changes.Value;

    private static MeasureChange Measure(string id) => Diff.Measures.Single(m => m.MeasureId == id);

    [Fact]
    public void FixtureDiff_ReportsEachMeasureEditExactlyOnce_AndNothingElse()
    {
        // In the new edition's reading order; the removed m007 stands where it stood in the old one.
        var reported = Diff.Measures
            .Select(m => $"{m.MeasureId} {m.Kind}{(m.Move is null ? string.Empty : " moved")} {string.Join(",", m.Columns.Select(c => c.Column))}".TrimEnd())
            .ToList();

        Assert.Equal(
            [
                "m001 Modified Text",
                "m004 Modified Plans",
                "m005 Modified Plans",
                "m007 Removed",
                "m009 Modified Plans",
                "m023 Modified moved",
                "m015 Modified Results",
                "m017 Modified Plans",
                "m022 Modified Offices",
                "m029 Modified Results",
                "m030 Modified Results",
                "m033 Modified Results,Plans",
                "m061 Added",
            ],
            reported);
    }

    [Fact]
    public void FixtureDiff_ReportsTheRenamedGoal_AndNoOtherStructureChange()
    {
        var goal = Assert.Single(Diff.Goals);

        Assert.Equal("g05", goal.GoalId);
        Assert.Null(goal.MovedFromSection);
        Assert.Equal("と利活用", Assert.Single(goal.TitleDiff!, s => s.Op != DiffOp.Equal).Text);
        Assert.Empty(Diff.Sections);
    }

    [Fact]
    public void FixtureDiff_ReportsTheMovedMeasureWithItsOldAndNewGoal()
    {
        Assert.Equal(new GoalMove("g03", "s1", "g02", "s1"), Measure("m023").Move);
    }

    [Fact]
    public void FixtureDiff_ChangesExactlyOneItemPerEditedCell()
    {
        var changedItems = Diff.Measures
            .SelectMany(m => m.Columns.Select(c => ($"{m.MeasureId} {c.Column}", c.Items.Count(i => i.IsChange))))
            .ToList();

        Assert.All(changedItems, x => Assert.Equal(1, x.Item2));
    }

    [Fact]
    public void FixtureDiff_ShowsTheReorderedBulletsAsOneMove()
    {
        var items = Assert.Single(Measure("m009").Columns).Items;

        var moved = Assert.Single(items, i => i.IsChange);
        Assert.True(moved.IsMoved);
        Assert.Equal((3, 0), (moved.OldIndex, moved.NewIndex));
        Assert.Equal([new DiffSpan(DiffOp.Delete, "ていく予定"), new DiffSpan(DiffOp.Insert, "る")], moved.Spans.Where(s => s.Op != DiffOp.Equal));
    }

    [Fact]
    public void FixtureDiff_ShowsTheRewrittenClauseAsOneDeletionAndOneInsertion()
    {
        var item = Assert.Single(Assert.Single(Measure("m015").Columns).Items, i => i.IsChange);

        var rewrite = item.Spans.SkipWhile(s => !s.Text.StartsWith("伴走コンサル", StringComparison.Ordinal)).Take(2).ToList();
        Assert.Equal(DiffOp.Delete, rewrite[0].Op);
        Assert.Equal("伴走コンサル等による企業・大学等に対するワンストップ支援を推進、", rewrite[0].Text);
        Assert.Equal(DiffOp.Insert, rewrite[1].Op);
        Assert.Equal("医療機器の事業化に向けた相談から販路開拓までを一貫して支援し、地域の医療機器開発", rewrite[1].Text);
    }

    [Fact]
    public void FixtureDiff_MarksOnlyTheChangedDigits_OfTheUpdatedBudget()
    {
        var item = Assert.Single(Assert.Single(Measure("m017").Columns).Items, i => i.IsChange);

        Assert.Equal(
            ["-６", "+７", "-（", "-）", "-0.9憶", "+1.2億"],
            item.Spans.Where(s => s.Op != DiffOp.Equal).Select(s => (s.Op == DiffOp.Delete ? "-" : "+") + s.Text));
    }

    [Fact]
    public void FixtureDiff_ReportsTheThreeBudgetChanges_AndNoOther()
    {
        var changes = Diff.Budgets.Changes
            .Select(c => $"{c.Program.Key} {c.Row.FiscalYear} {c.Row.Status} {string.Join("/", c.Row.Old.Select(f => f.Kind + " " + f.AmountYen))} -> {string.Join("/", c.Row.New.Select(f => f.Kind + " " + f.AmountYen))}")
            .ToList();

        Assert.Equal(
            [
                "医療機器等研究成果展開事業 2024 Revised Draft 1090000000 -> Budget 1090000000",
                "医療機器等研究成果展開事業 2025 New  -> Draft 1120000000",
                "クリニカル・イノベーション・ネットワーク推進支援事業 2024 New  -> Budget 107000000",
            ],
            changes);
    }

    [Fact]
    public void FixtureDiff_GivesTheChangeFromThePreviousYear_OfANewBudget()
    {
        var row = Diff.Budgets.Programs.Single(p => p.Key == "医療機器等研究成果展開事業").Rows.Single(r => r.FiscalYear == 2025);

        Assert.Equal(30_000_000m, row.ChangeFromPreviousYear);
    }

    [Fact]
    public void FixtureDiff_FindsNoTypoOfOku_InTheNewEdition()
    {
        Assert.Equal(4, Diff.Budgets.Old.WithTypos.Count());
        Assert.Empty(Diff.Budgets.New.WithTypos);
    }

    [Fact]
    public void FixtureDiff_ComparesThePlansFor2024WithTheResultsFor2024()
    {
        Assert.Equal(2024, Diff.PlanVsActual.FiscalYear);
        Assert.Equal(97, Diff.PlanVsActual.PlanCount);
    }

    [Fact]
    public void FixtureDiff_ReportsTheRevised該当箇所_AsOneEditedParagraph()
    {
        var column = Assert.Single(Measure("m001").Columns);

        Assert.Equal(ColumnKind.Text, column.Column);
        var item = Assert.Single(column.Items, i => i.IsChange);
        Assert.Contains(item.Spans, s => s.Op == DiffOp.Insert && s.Text.Contains("臨床現場を知る医療従事者", StringComparison.Ordinal));
    }

    [Fact]
    public void TheFixtures2024Edition_IsTheRealPublishedEdition()
    {
        // The fixture renamed a goal, moved a measure and revised 該当箇所 for 2025; its 2024 edition prints its record.
        var changes = EditionDiffer.Compare(Source(Real, "2024"), Source(Fixture, "2024"));

        Assert.True(changes.IsEmpty);
        Assert.Equal(
            File.ReadAllText(Path.Combine(Repo.Content, "editions", "2024.published.json")),
            File.ReadAllText(Path.Combine(Repo.Fixture("edition-2025"), "editions", "2024.published.json")));
    }
}
