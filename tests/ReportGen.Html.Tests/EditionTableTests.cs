using ReportGen.Editions;
using ReportGen.Html.Pages;
using ReportGen.Html.Site;
using ReportGen.Html.Tests.Support;
using ReportGen.Model;

namespace ReportGen.Html.Tests;

/// <summary>The table follows the 資料２－２ layout of the real 2024 edition.</summary>
public class EditionTableTests
{
    private static readonly ReportOutline Outline = new(Sites.Real);

    private static readonly EditionTable Table = EditionTable.Build(
        EditionView.Of(Sites.Real, Sites.Real.LatestEdition!),
        Outline.ReadingOrder.Select(m => m.Id).ToHashSet(StringComparer.Ordinal));

    [Fact]
    public void Table_ColumnsComeFromTheEdition()
    {
        Assert.Equal(["該当箇所", "令和５年度の実績・状況", "令和６年度の取組予定", "担当"], Table.Columns.Select(c => c.Header));
        Assert.Equal(["34", "35", "24", "7"], Table.Columns.Select(c => c.WidthPercent));
    }

    [Fact]
    public void Table_SectionsAndGoalsAreHeadedAsPrinted()
    {
        Assert.Equal("（１）「医療機器の研究開発の中心地としての我が国の地位の確立」に向けて", Table.Sections[0].Heading);
        Assert.Equal("【臨床ニーズを見出し、研究開発から事業化までけん引可能な医療従事者・企業人材・アカデミア人材の増加】", Table.Sections[0].Goals[0].Heading);
    }

    [Fact]
    public void Table_RepeatedGoalShowsSeeAboveInsteadOfRows()
    {
        var goal = Table.Sections[2].Goals[0];

        Assert.Equal("【国際展開に積極的に取り組む日本企業の増加】（再掲）", goal.Heading);
        Assert.True(goal.IsRepeat);
        Assert.Empty(goal.Rows);
        Assert.Equal("goal-g07", goal.SeeAboveAnchor);
    }

    [Fact]
    public void Table_RepeatedMeasureIsShownInFullUnderItsRepeatTitle()
    {
        var row = Table.Sections[2].Goals[2].Rows[^1];

        Assert.Equal("m050", row.Id);
        Assert.Equal("＜有事における新規医療機器の早期実用化に向けた取組＞（再掲）", row.Title);
        Assert.Null(row.Anchor);
        Assert.NotNull(row.Cells[1].Html);
    }

    [Fact]
    public void Table_MeasureWithoutTitleShowsNone()
    {
        var rows = Table.Sections[0].Goals[0].Rows;

        Assert.Equal("医療機器の研究開発に積極的に携わる医師をはじめとする医療従事者の育成", rows[0].Title);
        Assert.Equal("m002", rows[1].Id);
        Assert.Null(rows[1].Title);
    }

    [Fact]
    public void Table_MarkerFollowsTheText()
    {
        var row = Table.Sections[0].Goals[0].Rows[0];

        Assert.Equal("［◎厚］", row.Marker);
        Assert.False(row.MarkerIsNote);
    }

    [Fact]
    public void Build_EmptyCellShowsDash()
    {
        using var output = new TempFolder();

        Sites.Build(SampleReport.Create(plans: string.Empty), output.Path);

        Assert.Contains("<td class=\"cell-plans\" data-label=\"令和６年度の取組予定\"><span class=\"empty\">－</span></td>", Sites.Read(output.Path, "index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TableHasHeaderCellsWithScope()
    {
        using var output = new TempFolder();

        Sites.Build(SampleReport.Create(), output.Path);

        var html = Sites.Read(output.Path, "index.html");
        Assert.Contains("<thead>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"col-results\">令和５年度の実績・状況</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"rowgroup\" colspan=\"4\">（１）「目的」に向けて</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"rowgroup\" colspan=\"4\">【目標】</th>", html, StringComparison.Ordinal);
    }
}
