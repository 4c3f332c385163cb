using ReportGen.Diff;
using ReportGen.Diff.Output;
using static ReportGen.Tests.Diff.TestReports;

namespace ReportGen.Tests.Diff;

/// <summary>
/// The summary line 「施策 追加…」 is worded once: the diff command prints it with every kind, the 新旧対照表 with the
/// kinds that changed, and the Markdown summary ends its counts with the same budget and plan parts.
/// </summary>
public class ChangeSummaryTests
{
    private static readonly Lazy<ChangeSet> FixtureChanges = new(() =>
        EditionDiffer.Compare(Source(Real, "2024", "content"), Source(Fixture, "2025", "edition-2025")));

    [Fact]
    public void TheLine_OfTheFixture_NamesEveryKind()
    {
        Assert.Equal(
            "施策 追加 1・削除 1・移動 1・変更 10、目標 追加 0・削除 0・名称変更 1・移動 0、項目 追加 0・削除 0・名称変更 0、予算の変化 3 件、令和６年度の予定 97 件のうち実績が見当たらないもの 42 件",
            ChangeSummary.Line(FixtureChanges.Value, everyKind: true));
    }

    [Fact]
    public void TheComparisonDocument_AndTheMarkdown_UseTheSameParts()
    {
        var changes = FixtureChanges.Value;
        var document = ComparisonDocument.Build(changes);

        Assert.StartsWith(ChangeSummary.Line(changes, everyKind: false) + "。", document.Summary, StringComparison.Ordinal);
        Assert.Contains("\n\n" + string.Join("、", ChangeSummary.Totals(changes)) + "。\n\n", MarkdownSummary.Render(document), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutEveryKind_GoalsAndSectionsThatDidNotChange_AreLeftOut()
    {
        var changes = EditionDiffer.Compare(Source(Real, "2024"), Source(Real, "2024"));

        Assert.Equal("施策 追加 0・削除 0・移動 0・変更 0、予算の変化 0 件", ChangeSummary.Line(changes, everyKind: false));
        Assert.Contains("目標 追加 0", ChangeSummary.Line(changes, everyKind: true), StringComparison.Ordinal);
    }
}
