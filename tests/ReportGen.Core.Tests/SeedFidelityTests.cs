using ReportGen.Content;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests;

/// <summary>The committed content/ keeps every character of the published edition.</summary>
public class SeedFidelityTests
{
    private static readonly Lazy<Report> Content = new(() =>
        ContentLoader.Load(Repo.Content).Report ?? throw new InvalidOperationException("content/ has errors"));

    [Fact]
    public void EveryFragmentOfTheSeed_IsInTheContent()
    {
        var missing = SeedText.Missing(File.ReadAllText(Repo.Seed), Content.Value).ToList();

        Assert.True(missing.Count == 0, "Not in content/: " + string.Join("; ", missing.Take(20).Select(f => $"line {f.Line}: {f.Text}")));
    }

    [Fact]
    public void TheCheck_NamesAFragmentThatWasDropped()
    {
        var report = Content.Value;
        var m = report.Measures.Single(x => x.Id == "m004");
        var shortened = report with
        {
            Measures = [.. report.Measures.Select(x => x == m ? x with { Text = x.Text.Replace("アカデミア人材の育成", "人材の育成", StringComparison.Ordinal) } : x)],
        };

        var missing = SeedText.Missing(File.ReadAllText(Repo.Seed), shortened).ToList();

        Assert.Contains(missing, f => f.Text.Contains("アカデミア人材の育成", StringComparison.Ordinal));
    }

    [Fact]
    public void TheExcelColumnNames_AreNotContent()
    {
        var fields = SeedText.Fields(Content.Value);

        Assert.DoesNotContain(fields, f => f.Contains("列1", StringComparison.Ordinal));
    }
}
