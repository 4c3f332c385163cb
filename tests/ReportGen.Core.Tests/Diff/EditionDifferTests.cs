using ReportGen.Diff;
using ReportGen.Diff.Text;
using ReportGen.Model;
using static ReportGen.Tests.Diff.TestReports;

namespace ReportGen.Tests.Diff;

public class EditionDifferTests
{
    private static ChangeSet Compare(Report old, Report @new, string oldEdition = "2024", string newEdition = "2024") =>
        EditionDiffer.Compare(Source(old, oldEdition), Source(@new, newEdition));

    [Fact]
    public void Compare_ReportsNothing_WhenTheRealEditionIsComparedWithItself()
    {
        var changes = Compare(Real, Real);

        Assert.True(changes.IsEmpty);
        Assert.Empty(changes.Budgets.Changes);
    }

    [Fact]
    public void Compare_ReportsAMeasureAsMoved_WhenItsGoalChangesBetweenTwoContentTrees()
    {
        var old = MakeReport([Steady("m001", "g01", 10)]);
        var @new = MakeReport([Steady("m001", "g02", 10)]);

        var change = Assert.Single(Compare(old, @new).Measures);

        Assert.Equal(ChangeKind.Modified, change.Kind);
        Assert.Equal(new GoalMove("g01", "s1", "g02", "s1"), change.Move);
        Assert.Empty(change.Columns);
    }

    [Fact]
    public void Compare_ReportsAGoalAsRenamed_WithTheChangedWordsMarked()
    {
        var old = MakeReport([Steady("m001", "g01", 10)]);
        var @new = old with { Sections = [old.Sections[0] with { Goals = [Goal("g01", "s1", "人材の増加と定着"), old.Sections[0].Goals[1]] }, old.Sections[1]] };

        var goal = Assert.Single(Compare(old, @new).Goals);

        Assert.Equal("g01", goal.GoalId);
        Assert.Equal([new DiffSpan(DiffOp.Equal, "人材の増加"), new DiffSpan(DiffOp.Insert, "と定着")], goal.TitleDiff);
    }

    [Fact]
    public void Compare_ReportsAddedAndRemovedSections()
    {
        var old = MakeReport([Steady("m001", "g01", 10)]);
        var @new = old with { Sections = [old.Sections[0], TestData.Section("s9", 3, "新しい項目")] };

        var sections = Compare(old, @new).Sections;

        Assert.Equal([("s2", ChangeKind.Removed), ("s9", ChangeKind.Added)], sections.Select(s => (s.SectionId, s.Kind)));
    }

    [Fact]
    public void Compare_ReportsAMeasureAsAddedAndAnotherAsRemoved_BetweenTwoEditionsOfOneTree()
    {
        var starting = MakeMeasure("m002", "g02", 10, (2024, "- 開始した。\n", null, null), (2025, null, "- 続ける。\n", "経済産業省医福室"));
        var ending = MakeMeasure("m003", "g02", 20, (2023, "- 実施した。\n", null, null), (2024, null, "- 終える。\n", "文部科学省"));
        var report = MakeReport([Steady("m001", "g01", 10), starting, ending], Edition2024, Edition2025);

        var measures = Compare(report, report, "2024", "2025").Measures;

        Assert.Equal([("m003", ChangeKind.Removed), ("m002", ChangeKind.Added)], measures.Select(m => (m.MeasureId, m.Kind)));
    }

    [Fact]
    public void Compare_ReportsOnlyTheColumnsThatChanged()
    {
        var old = MakeReport([Steady("m001", "g01", 10)]);
        var edited = Steady("m001", "g01", 10) with
        {
            Years = [.. Steady("m001", "g01", 10).Years.Select(y => y.FiscalYear == 2024 ? y with { Offices = ReportGen.Content.OfficesText.Parse("経済産業省医福室") } : y)],
        };

        var change = Assert.Single(Compare(old, MakeReport([edited])).Measures);

        Assert.Equal([ColumnKind.Offices], change.Columns.Select(c => c.Column));
    }

    [Fact]
    public void Compare_LeavesOutAColumn_ThatOnlyOneEditionHas()
    {
        var withoutOffices = MakeEdition("2023", resultsYear: 2022, plansYear: 2023, withOffices: false);
        var measure = MakeMeasure("m001", "g01", 10, (2022, "- 実施した。\n", null, null), (2023, "- 実施した。\n", "- 実施する。\n", null), (2024, null, "- 実施する。\n", "厚労省医療機器政策室"));
        var report = MakeReport([measure], withoutOffices, Edition2024);

        var changes = Compare(report, report, "2023", "2024");

        Assert.DoesNotContain(ColumnKind.Offices, changes.Columns);
        Assert.True(changes.IsEmpty);
    }

    [Fact]
    public void ColumnChange_GivesBothSidesOfAComparisonTableRow_WithTheChangedPartsMarked()
    {
        var old = MakeReport([MakeMeasure("m001", "g01", 10, (2023, "- 令和５年度に実施した。\n", null, null), (2024, null, "- 実施する。\n", "文部科学省"))]);
        var @new = MakeReport([MakeMeasure("m001", "g01", 10, (2023, "- 令和５年度に50件実施した。\n", null, null), (2024, null, "- 実施する。\n", "文部科学省"))]);

        var column = Assert.Single(Assert.Single(Compare(old, @new).Measures).Columns);

        Assert.Equal([new MarkedRun("令和５年度に実施した。", false)], Assert.Single(column.OldBlocks).Runs);
        Assert.Equal(
            [new MarkedRun("令和５年度に", false), new MarkedRun("50件", true), new MarkedRun("実施した。", false)],
            Assert.Single(column.NewBlocks).Runs);
    }
}
