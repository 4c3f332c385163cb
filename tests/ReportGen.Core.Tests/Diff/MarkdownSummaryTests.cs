using ReportGen.Diff;
using ReportGen.Diff.Output;
using ReportGen.Model;
using ReportGen.Tests.Support;
using static ReportGen.Tests.Diff.TestReports;

namespace ReportGen.Tests.Diff;

public class MarkdownSummaryTests
{
    private static string Render(Report old, Report @new) =>
        MarkdownSummary.Render(ComparisonDocument.Build(EditionDiffer.Compare(Source(old, "2024", "main:content"), Source(@new, "2024", "content"))));

    private static Report WithResults(string results) =>
        MakeReport([MakeMeasure("m001", "g01", 10, (2023, results, null, null), (2024, null, "- 実施する。\n", "文部科学省"))]);

    [Fact]
    public void Render_StrikesDeletedTextAndUnderlinesInsertedText_WithHtmlTags()
    {
        var md = Render(WithResults("- 令和５年度予算：10.2億円\n"), WithResults("- 令和５年度予算：10.9億円\n"));

        Assert.Contains("令和５年度予算：10.<del>2</del><ins>9</ins>億円", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PutsEachChangedMeasureInACollapsibleBlock()
    {
        var md = Render(WithResults("- 実施した。\n"), WithResults("- 実施しなかった。\n"));

        Assert.Contains("<details>\n<summary>m001 施策m001 — 実績</summary>\n\n", md, StringComparison.Ordinal);
        Assert.Contains("</details>", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Escape_TurnsHtmlAndMarkdownCharactersOfTheContentIntoText()
    {
        Assert.Equal("指標A&lt;B、\\*重要\\*、\\|区切り\\|<br>次の行", MarkdownSummary.Escape("指標A<B、*重要*、|区切り|\n次の行"));
    }

    [Fact]
    public void Render_CountsTheChangesInATable()
    {
        var md = Render(WithResults("- 実施した。\n"), WithResults("- 実施しなかった。\n"));

        Assert.Contains("| 施策 | 0 | 0 | 0 | 1 |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SaysSo_WhenNothingChanged()
    {
        var md = Render(Real, Real);

        Assert.Contains("表に変更はありません。", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ListsBudgetPhrasesItCouldNotRead()
    {
        var md = Render(Real, Real);

        Assert.Contains("`m004` 実績: 読み取れません", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OfTheFixtureDiff_MatchesTheApprovedSnapshot()
    {
        var changes = EditionDiffer.Compare(Source(Real, "2024", "content"), Source(Fixture, "2025", "tests/fixtures/edition-2025"));
        var approved = Path.Combine(Repo.Root, "tests", "ReportGen.Core.Tests", "Diff", "Snapshots", "fixture-diff.approved.md");
        var received = Path.ChangeExtension(approved, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".md";

        var md = MarkdownSummary.Render(ComparisonDocument.Build(changes));

        if (!File.Exists(approved) || File.ReadAllText(approved) != md)
        {
            File.WriteAllText(received, md);
            Assert.Fail($"The Markdown summary differs from {approved}; see {received}. If the change is intended, replace the approved file with it.");
        }
    }
}
