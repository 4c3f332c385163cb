using ReportGen.Diff;
using ReportGen.Diff.Output;
using ReportGen.Diff.Text;
using ReportGen.Model;
using static ReportGen.Tests.Diff.TestReports;

namespace ReportGen.Tests.Diff;

/// <summary>The rows of the 新旧対照表 that the HTML and PDF both draw, built from the fixture diff and small reports.</summary>
public class ComparisonDocumentTests
{
    private static readonly Lazy<ComparisonDocument> FixtureDocument = new(() =>
        ComparisonDocument.Build(EditionDiffer.Compare(Source(Real, "2024", "content"), Source(Fixture, "2025", "edition-2025"))));

    private static ComparisonDocument Document => FixtureDocument.Value;

    private static ComparisonGroup Group(string id) => Document.Groups.Single(g => g.Id == id);

    /// <summary>A side as text with its changed parts in brackets, e.g. 「厚労省…、[結核]感染症課」.</summary>
    private static string Marked(IEnumerable<ComparisonPart> parts) =>
        string.Join(" | ", parts.Select(p => string.Concat(p.Spans.Select(s => s.Op == DiffOp.Equal ? s.Text : "[" + s.Text + "]"))));

    [Fact]
    public void Build_GivesEachChangeOneHeading_WithWhatHappenedToIt()
    {
        Assert.Equal(
            [
                "g05 名称変更", "m001 変更", "m004 変更", "m005 変更", "m007 削除", "m009 変更", "m023 移動", "m015 変更", "m017 変更",
                "m022 変更", "m029 変更", "m030 変更", "m033 変更", "m061 新設",
            ],
            Document.Groups.Select(g => $"{g.Id} {g.Status}"));
    }

    [Fact]
    public void AChangedColumn_IsOneRow_EachSideUnderItsOwnHeader_WithItsChangedPartsMarked()
    {
        var row = Assert.Single(Group("m022").Rows);

        Assert.Equal("担当 | 厚労省研究開発政策課、[結核]感染症課", Marked(row.Old));
        Assert.Equal("担当 | 厚労省研究開発政策課、感染症[対策]課", Marked(row.New));
        Assert.All(row.Old.SelectMany(p => p.Spans), s => Assert.NotEqual(DiffOp.Insert, s.Op));
        Assert.All(row.New.SelectMany(p => p.Spans), s => Assert.NotEqual(DiffOp.Delete, s.Op));
    }

    [Fact]
    public void EachSide_IsLabelledWithItsEditionsHeader_SoBothEraYearsShow()
    {
        var row = Assert.Single(Group("m017").Rows);

        Assert.Equal((PartKind.Label, "令和６年度の取組予定"), (row.Old[0].Kind, row.Old[0].Text));
        Assert.Equal((PartKind.Label, "令和７年度の取組予定"), (row.New[0].Kind, row.New[0].Text));
    }

    [Fact]
    public void AnAddedMeasure_IsMarkedWholeOnTheNewSide_AndNewlyEstablishedOnTheOld()
    {
        var row = Assert.Single(Group("m061").Rows);

        Assert.Equal([(PartKind.Placeholder, ComparisonWording.Added)], row.Old.Select(p => (p.Kind, p.Text)));
        Assert.All(row.New.Where(p => p.Kind == PartKind.Text).SelectMany(p => p.Spans), s => Assert.Equal(DiffOp.Insert, s.Op));
        Assert.Equal(["該当箇所", "令和６年度の実績・状況", "令和７年度の取組予定", "担当"], row.New.Where(p => p.Kind == PartKind.Label).Select(p => p.Text));
    }

    [Fact]
    public void ARemovedMeasure_IsMarkedWholeOnTheOldSide_AndDeletedOnTheNew()
    {
        var row = Assert.Single(Group("m007").Rows);

        Assert.Equal([(PartKind.Placeholder, ComparisonWording.Removed)], row.New.Select(p => (p.Kind, p.Text)));
        Assert.All(row.Old.Where(p => p.Kind == PartKind.Text).SelectMany(p => p.Spans), s => Assert.Equal(DiffOp.Delete, s.Op));
    }

    [Fact]
    public void AMovedMeasure_ShowsItsOldAndNewGoal()
    {
        var group = Group("m023");

        var row = Assert.Single(group.Rows);
        Assert.Equal("目標 | [【研究開発拠点、開発支援拠点や企業の連携強化】]", Marked(row.Old));
        Assert.Equal("目標 | [【死の谷を克服するベンチャー企業や異業種からの参入企業の増加】]", Marked(row.New));
    }

    [Fact]
    public void ARenamedGoal_MarksOnlyTheAddedWords()
    {
        var row = Assert.Single(Group("g05").Rows);

        Assert.EndsWith("の集約[と利活用]】", Marked(row.New), StringComparison.Ordinal);
        Assert.DoesNotContain("[", Marked(row.Old), StringComparison.Ordinal);
    }

    [Fact]
    public void ALongListWithOneChange_KeepsTheChangeAndItsNeighbours_AndOmitsTheRest()
    {
        // m030 lists 24 look-alike bullets; only ⑤'s 11件 → 12件 changed.
        var row = Assert.Single(Group("m030").Rows);

        foreach (var side in new[] { row.Old, row.New })
        {
            var texts = side.Where(p => p.Kind != PartKind.Label).Select(p => p.Kind == PartKind.Omitted ? "（略）" : p.Text).ToList();
            Assert.Equal("（略）", texts[0]);
            Assert.StartsWith("⑤", texts[1], StringComparison.Ordinal);
            Assert.Equal(6, texts.Count);
        }

        Assert.Contains("において1[2]件の課題を採択", Marked(row.New), StringComparison.Ordinal);
    }

    [Fact]
    public void AShortList_IsShownWhole()
    {
        var row = Assert.Single(Group("m009").Rows);

        Assert.DoesNotContain(row.New, p => p.Kind == PartKind.Omitted);
        Assert.Equal(4, row.New.Count(p => p.Kind == PartKind.Text));
    }

    [Fact]
    public void TheInlineView_NotesAMovedItem_AndMixesDeletionsAndInsertions()
    {
        var row = Assert.Single(Group("m009").Rows);

        var moved = Assert.Single(row.Inline, p => p.Note is not null);
        Assert.Equal("移動 4→1 番目", moved.Note);
        Assert.Contains(moved.Spans, s => s.Op == DiffOp.Delete && s.Text == "ていく予定");
        Assert.Contains(moved.Spans, s => s.Op == DiffOp.Insert && s.Text == "る");
    }

    [Fact]
    public void TheBudgetTable_HasTheThreeChangedAmounts()
    {
        Assert.Equal(
            [
                "医療機器等研究成果展開事業 令和６年度 10.9億円（予算案） 10.9億円（予算） +0.7億円（予算同士）",
                "医療機器等研究成果展開事業 令和７年度 – 11.2億円（予算案） +0.3億円（予算→予算案）",
                "クリニカル・イノベーション・ネットワーク推進支援事業 令和６年度 – 1.07億円（予算） +0.1億円（予算同士）",
            ],
            Document.Budgets.Select(b => $"{b.Program} {b.Year} {b.Old} {b.New} {b.Change}"));
    }

    [Fact]
    public void PlanAgainstActual_FlagsEveryPlanWithoutAResult()
    {
        var changes = EditionDiffer.Compare(Source(Real, "2024", "content"), Source(Fixture, "2025", "edition-2025"));

        var section = Document.PlanActual!;

        Assert.Equal("令和６年度の予定と実績", section.Title);
        Assert.Equal(changes.PlanVsActual.UnmatchedCount, section.Measures.SelectMany(m => m.Lines).Count(l => l.IsFlagged));
        Assert.All(section.Measures.SelectMany(m => m.Lines).Where(l => l.IsFlagged), l => Assert.Null(l.Result));
    }

    [Fact]
    public void TheOrderSetting_DecidesWhichSideIsLeft()
    {
        var changes = EditionDiffer.Compare(Source(Real, "2024"), Source(Real, "2024"));

        Assert.Equal((ComparisonWording.NewSide, ComparisonWording.OldSide), ComparisonDocument.Build(changes).SideHeaders);
        Assert.Equal((ComparisonWording.OldSide, ComparisonWording.NewSide), ComparisonDocument.Build(changes, new ComparisonOptions { Order = SideOrder.OldLeft }).SideHeaders);
    }

    [Fact]
    public void NoChanges_GiveNoRows_AndTheSummarySaysSo()
    {
        var document = ComparisonDocument.Build(EditionDiffer.Compare(Source(Real, "2024"), Source(Real, "2024")));

        Assert.Empty(document.Groups);
        Assert.EndsWith("表に変更はありません。", document.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void AColumnThatBecameEmpty_SaysSoOnThatSide()
    {
        var old = MakeReport([MakeMeasure("m001", "g01", 10, (2023, "- 実施した。\n", null, null), (2024, null, "- 実施する。\n", "文部科学省"))]);
        var @new = MakeReport([MakeMeasure("m001", "g01", 10, (2023, null, null, null), (2024, null, "- 実施する。\n", "文部科学省"))]);

        var row = Assert.Single(Assert.Single(ComparisonDocument.Build(EditionDiffer.Compare(Source(old, "2024"), Source(@new, "2024"))).Groups).Rows);

        Assert.Equal((PartKind.Placeholder, ComparisonWording.Blank), (row.New[^1].Kind, row.New[^1].Text));
        Assert.Equal("令和５年度の実績・状況 | [実施した。]", Marked(row.Old));
    }
}
