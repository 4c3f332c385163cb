using ReportGen.Content;
using ReportGen.Model;

namespace ReportGen.Core.Tests;

/// <summary>
/// <see cref="Report.FindMeasure"/> answers from an index of the measures. It must give what a search of the list
/// gives, for the report as loaded and for a copy made with other measures.
/// </summary>
public class FindMeasureTests
{
    private static readonly Report Seed = ContentLoader.Load(Repo.Content).Report!;

    [Fact]
    public void EveryMeasureOfTheSeed_IsFound_AndAnUnknownIdIsNot()
    {
        Assert.True(Seed.Measures.Count > 50, $"measures: {Seed.Measures.Count}");
        Assert.All(Seed.Measures, m => Assert.Same(m, Seed.FindMeasure(m.Id)));
        Assert.Null(Seed.FindMeasure("m999"));
        Assert.Null(Seed.FindMeasure("M001"));
    }

    [Fact]
    public void ACopyWithOtherMeasures_FindsItsOwn_NotTheOriginals()
    {
        var first = Seed.Measures[0];
        Assert.Same(first, Seed.FindMeasure(first.Id));

        var renamed = first with { Text = "別の本文" };
        var copy = Seed with { Measures = [renamed, .. Seed.Measures.Skip(1)] };

        Assert.Same(renamed, copy.FindMeasure(first.Id));
        Assert.Same(first, Seed.FindMeasure(first.Id));
        Assert.Null((Seed with { Measures = [] }).FindMeasure(first.Id));
    }

    [Fact]
    public void TwoMeasuresWithOneId_TheFirstIsFound_AsASearchOfTheListWouldFindIt()
    {
        var first = Seed.Measures[0];
        var twin = Seed.Measures[1] with { Id = first.Id };
        var report = Seed with { Measures = [first, twin] };

        Assert.Same(first, report.FindMeasure(first.Id));
    }
}
