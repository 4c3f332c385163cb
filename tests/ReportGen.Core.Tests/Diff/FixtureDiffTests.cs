using ReportGen.Diff;
using ReportGen.Diff.Budgets;
using ReportGen.Diff.Text;
using ReportGen.Model;
using static ReportGen.Tests.Diff.TestReports;

namespace ReportGen.Tests.Diff;

/// <summary>
/// The 2024 edition of the real content against the 2025 edition of tests/fixtures/edition-2025, whose README lists
/// every edit. Each edit must be reported exactly once, and nothing else.
/// </summary>
public class FixtureDiffTests
{
    private static readonly Lazy<ChangeSet> Changes = new(() =>
        EditionDiffer.Compare(Source(Real, "2024", "content"), Source(Fixture, "2025", "edition-2025")));

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
    public void WithinTheFixture_TheTwoEditionsShareStructure_SoNothingMovesOrIsRenamed()
    {
        var changes = EditionDiffer.Compare(Source(Fixture, "2024"), Source(Fixture, "2025"));

        Assert.Empty(changes.Goals);
        Assert.DoesNotContain(changes.Measures, m => m.Move is not null);
        Assert.Equal(
            [("m007", ChangeKind.Removed), ("m061", ChangeKind.Added)],
            changes.Measures.Where(m => m.Kind != ChangeKind.Modified).Select(m => (m.MeasureId, m.Kind)));
    }

    [Fact]
    public void TheFixtures2024Edition_ShowsTheSameCellsAsTheRealOne()
    {
        // Only the structure edits show: the fixture keeps every cell of the published 2024 edition.
        var changes = EditionDiffer.Compare(Source(Real, "2024"), Source(Fixture, "2024"));

        Assert.Equal(["m023"], changes.Measures.Select(m => m.MeasureId));
        Assert.Empty(changes.Measures.Single().Columns);
        Assert.Equal(["g05"], changes.Goals.Select(g => g.GoalId));
    }
}
