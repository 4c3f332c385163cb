using System.Text.RegularExpressions;
using ReportGen.Diff;
using ReportGen.Diff.Budgets;
using ReportGen.Editions;
using ReportGen.Model;

namespace ReportGen.Tests.Diff;

/// <summary>The budget parser against every budget phrase of the real content.</summary>
public partial class BudgetContentTests
{
    // Independent of the parser: anything with an amount in yen or the word 予算 followed by ： or 内数.
    [GeneratedRegex(@"[0-9０-９][0-9０-９,，.．]*\s*(?:億|憶|千万|百万|万|千)?円|予算(?:案|（案）)?：|予算の?内数")]
    private static partial Regex BudgetLike();

    private static IEnumerable<(Measure Measure, int Year, string Text)> Items(Report report) =>
        from m in report.Measures
        from y in m.Years
        from cell in new[] { y.Results, y.Plans }
        where cell is not null
        from block in cell.Blocks
        select (m, y.FiscalYear, block.Text);

    [Fact]
    public void EveryBudgetLikePhraseOfTheRealContent_IsParsedOrListedAsUnparsed()
    {
        var found = 0;
        var unaccounted = new List<string>();
        foreach (var (measure, year, text) in Items(TestReports.Real))
        {
            var scan = BudgetParser.Parse(text, year);
            var spans = scan.Lines.Select(l => (l.Start, End: l.Start + l.Text.Length))
                .Concat(scan.Unparsed.Select(u => (u.Start, End: u.Start + u.Text.Length)))
                .ToList();
            foreach (Match m in BudgetLike().Matches(text))
            {
                found++;
                if (!spans.Any(s => s.Start <= m.Index && m.Index + m.Length <= s.End))
                {
                    unaccounted.Add($"{measure.Id} {year}: {m.Value}");
                }
            }
        }

        // 76 amounts (70 budget lines, 6 of them with a total 総額26億円), 69 「予算…：」 (every line but 約１１億円を予算措置)
        // and the two 「同予算内数」.
        Assert.Empty(unaccounted);
        Assert.Equal(147, found);
    }

    [Fact]
    public void TheRealContent_Has70BudgetLines_And2UnparsedPhrases()
    {
        var scans = Items(TestReports.Real).Select(i => BudgetParser.Parse(i.Text, i.Year)).ToList();

        Assert.Equal(70, scans.Sum(s => s.Lines.Count));
        Assert.Equal(["予算内数", "予算内数"], scans.SelectMany(s => s.Unparsed).Select(u => u.Text));
    }

    [Fact]
    public void EveryBudgetLineOfTheRealContent_HasAPositiveAmountAndAYearOfThePlanPeriod()
    {
        var lines = Items(TestReports.Real).SelectMany(i => BudgetParser.Parse(i.Text, i.Year).Lines).ToList();

        Assert.All(lines, l => Assert.True(l.AmountYen > 0 && l.FiscalYear is >= 2022 and <= 2024, l.Text));
        Assert.Single(lines, l => l.ProgramKey is null);
    }

    [Fact]
    public void TheRealContent_HasFourBudgetsWithTheTypoOku()
    {
        var typos = Items(TestReports.Real)
            .SelectMany(i => BudgetParser.Parse(i.Text, i.Year).Lines.Select(l => (i.Measure.Id, l)))
            .Where(x => x.l.Typos.Count > 0)
            .Select(x => x.Id);

        Assert.Equal(["m004", "m005", "m017", "m033"], typos);
    }

    [Fact]
    public void TheProgramTable_ShowsTheYearOverYearChange_OfAProgram()
    {
        var view = EditionView.Of(TestReports.Real, TestReports.Real.Editions[0]);

        var program = BudgetComparison.Build(view, view).Programs.Single(p => p.Key == "医療機器等研究成果展開事業");

        Assert.Equal([2023, 2024], program.Rows.Select(r => r.FiscalYear));
        Assert.Equal(70_000_000m, program.Rows[1].ChangeFromPreviousYear);
        Assert.All(program.Rows, r => Assert.Equal(BudgetRowStatus.Unchanged, r.Status));
    }
}
