using ReportGen.Diff;
using ReportGen.Editions;
using ReportGen.Model;
using static ReportGen.Tests.Diff.TestReports;

namespace ReportGen.Tests.Diff;

public class EditionViewTests
{
    [Fact]
    public void Of_ShowsTheResultsOfTheResultsYear_AndThePlansAndOfficesOfThePlansYear()
    {
        var report = MakeReport([Steady("m001", "g01", 10)], Edition2024, Edition2025);

        var row = EditionView.Of(report, Edition2025).FindRow("m001")!;

        Assert.Equal("実施した。", row.Results!.PlainText);
        Assert.Equal("実施する。", row.Plans!.PlainText);
        Assert.Equal("厚労省医療機器政策室", row.Offices!.Text);
    }

    [Fact]
    public void Of_ComputesADraftsView_OncePerReport_EvenAskedFromManyThreads()
    {
        var report = MakeReport([Steady("m001", "g01", 10)], Edition2024, Edition2025);

        var views = new EditionView[16];
        Parallel.For(0, views.Length, i => views[i] = EditionView.Of(report, Edition2025));

        Assert.All(views, v => Assert.Same(views[0], v));
        Assert.NotSame(views[0], EditionView.Of(report, Edition2024));
    }

    [Fact]
    public void Of_AReportChangedWithWith_GetsAViewOfItsOwn()
    {
        var report = MakeReport([Steady("m001", "g01", 10)], Edition2024, Edition2025);
        Assert.Equal(["m001"], EditionView.Of(report, Edition2025).Rows.Select(r => r.Id));

        var changed = report with { Measures = [.. report.Measures, Steady("m002", "g01", 20)] };

        Assert.Equal(["m001", "m002"], EditionView.Of(changed, Edition2025).Rows.Select(r => r.Id));
        Assert.Equal(["m001"], EditionView.Of(report, Edition2025).Rows.Select(r => r.Id));
    }

    [Fact]
    public void FindRow_AnswersForTheViewsOwnSections_AlsoAfterACopyWithOtherSections()
    {
        var report = MakeReport([Steady("m001", "g01", 10), Steady("m002", "g01", 20)], Edition2024, Edition2025);
        var view = EditionView.Of(report, Edition2025);
        Assert.Equal("m002", view.FindRow("m002")!.Id);

        var withoutM002 = view with
        {
            Sections = [.. view.Sections.Select(s => s with { Goals = [.. s.Goals.Select(g => g with { Rows = [.. g.Rows.Where(r => r.Id != "m002")] })] })],
        };

        Assert.Null(withoutM002.FindRow("m002"));
        Assert.Equal("m001", withoutM002.FindRow("m001")!.Id);
        Assert.Equal("m002", view.FindRow("m002")!.Id);
        Assert.Null(view.FindRow("m999"));
    }

    [Fact]
    public void Of_LeavesOutAMeasure_ThatHasNothingInTheEditionsYears()
    {
        var ended = MakeMeasure("m002", "g01", 20, (2023, "- 実施した。\n", null, null), (2024, null, "- 終了する。\n", "文部科学省"));
        var report = MakeReport([Steady("m001", "g01", 10), ended], Edition2024, Edition2025);

        Assert.NotNull(EditionView.Of(report, Edition2024).FindRow("m002"));
        Assert.Null(EditionView.Of(report, Edition2025).FindRow("m002"));
    }

    [Fact]
    public void Of_LeavesOutAMeasure_WithContentForAnEarlierYearOnly()
    {
        var fy2022 = MakeMeasure("m003", "g01", 30, (2022, "- 令和４年度に実施した。\n", null, null));
        var report = MakeReport([Steady("m001", "g01", 10), fy2022], Edition2024);

        var view = EditionView.Of(report, Edition2024);

        Assert.Equal(["m001"], view.Rows.Select(r => r.Id));
    }

    [Fact]
    public void Of_KeepsAMeasureWhoseCellsAreStillEmpty_SoTheDraftCountsThem()
    {
        var opened = MakeMeasure("m002", "g01", 20, (2024, string.Empty, null, null), (2025, null, string.Empty, null));
        var report = MakeReport([Steady("m001", "g01", 10), opened], Edition2024, Edition2025);

        var row = EditionView.Of(report, Edition2025).FindRow("m002");

        Assert.NotNull(row);
        Assert.Null(row.Results);
        Assert.Null(row.Plans);
    }

    [Fact]
    public void Record_ReadsBackAsTheSameView_AndRefusesAHandEdit()
    {
        var view = EditionView.Of(Real, Real.FindEdition("2024")!);
        var json = EditionRecord.Write(view);

        var read = EditionRecord.Read(json, SourceRef.None);

        Assert.Equal(json, EditionRecord.Write(read));
        Assert.Equal(view.Rows.Select(r => r.Plans?.PlainText), read.Rows.Select(r => r.Plans?.PlainText));
        var edited = json.Replace("10.9憶円", "10.9億円", StringComparison.Ordinal);
        Assert.NotEqual(json, edited);
        Assert.Equal("公表後に手で書き換えられています。", Assert.Throws<RecordException>(() => EditionRecord.Read(edited, SourceRef.None)).Message);
    }

    [Fact]
    public void Of_LeavesOutGoalsShownAgainAsSaikei()
    {
        var view = EditionView.Of(MakeReport([Steady("m001", "g01", 10)]), Edition2024);

        Assert.Equal(["g01", "g02", "g03"], view.Goals.Select(g => g.Id));
        Assert.Single(view.Rows);
    }

    [Fact]
    public void Cell_Text_IsTheTitle_ThenThePlanTextWithItsMarker()
    {
        var row = EditionView.Of(MakeReport([Steady("m001", "g01", 10)]), Edition2024).FindRow("m001")!;

        Assert.Equal(["施策m001", "本文m001。［◎厚］"], row.Cell(ColumnKind.Text).Select(b => b.Text));
    }

    [Fact]
    public void Cell_Offices_IsOneParagraphAsPublished()
    {
        var row = EditionView.Of(MakeReport([Steady("m001", "g01", 10)]), Edition2024).FindRow("m001")!;

        Assert.Equal("厚労省医療機器政策室", Assert.Single(row.Cell(ColumnKind.Offices)).Text);
    }

    [Fact]
    public void Of_ShowsEverySixtyMeasures_OfTheReal2024Edition()
    {
        Assert.Equal(60, EditionView.Of(Real, Real.Editions[0]).Rows.Count());
    }
}
