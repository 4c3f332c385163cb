using ReportGen.Diff;
using ReportGen.Diff.PlanActual;
using ReportGen.Editions;
using static ReportGen.Tests.Diff.TestReports;

namespace ReportGen.Tests.Diff;

public class PlanActualTests
{
    private const string Plan1 = "引き続き、「医療機器等研究成果展開事業」において、実用化支援や企業マッチングを実施する。";
    private const string Plan2 = "新たに、医療機器の開発人材を育成する研修プログラムを開始する予定。";
    private const string Result1 = "「医療機器等研究成果展開事業」において、実用化支援や企業マッチングを実施した。";
    private const string Result2 = "海外の規制当局との意見交換会を開催した。";

    private static PlanActualComparison Build(string plans, string results)
    {
        var old = MakeReport([MakeMeasure("m001", "g01", 10, (2023, "- 実施した。\n", null, null), (2024, null, plans, "文部科学省"))], Edition2024);
        var @new = MakeReport([MakeMeasure("m001", "g01", 10, (2024, results, null, null), (2025, null, "- 実施する。\n", "文部科学省"))], Edition2025);
        return PlanActualComparison.Build(EditionView.Of(old, Edition2024), EditionView.Of(@new, Edition2025));
    }

    [Fact]
    public void Build_PairsAPlanWithTheResultThatReportsOnIt()
    {
        var outcome = Assert.Single(Assert.Single(Build($"- {Plan1}\n", $"- {Result2}\n- {Result1}\n").Measures).Plans);

        Assert.Equal(Result1, outcome.Result!.Text);
        Assert.Equal(1, outcome.ResultIndex);
    }

    [Fact]
    public void Build_FlagsAPlanThatNoResultReportsOn()
    {
        var measure = Assert.Single(Build($"- {Plan1}\n- {Plan2}\n", $"- {Result1}\n").Measures);

        var unmatched = Assert.Single(measure.Unmatched);
        Assert.Equal(Plan2, unmatched.Plan.Text);
    }

    [Fact]
    public void Build_ListsResultsThatNoPlanAnnounced()
    {
        var measure = Assert.Single(Build($"- {Plan1}\n", $"- {Result1}\n- {Result2}\n").Measures);

        Assert.Equal(Result2, Assert.Single(measure.UnplannedResults).Item.Text);
    }

    [Fact]
    public void Build_ComparesTheYearTheNewEditionReportsResultsFor()
    {
        var comparison = Build($"- {Plan1}\n", $"- {Result1}\n");

        Assert.Equal(2024, comparison.FiscalYear);
        Assert.Equal(0, comparison.UnmatchedCount);
    }
}
