using ReportGen.Content;
using ReportGen.Model;

namespace ReportGen.Html.Tests.Support;

/// <summary>Builds sites for tests: from the real content, or from a small report made in code.</summary>
public static class Sites
{
    private static readonly Lazy<Report> RealReport = new(() =>
    {
        var result = ContentLoader.Load(Repo.Content);
        return result.Report ?? throw new InvalidOperationException("content/ does not load: " + string.Join("\n", result.Diagnostics));
    });

    /// <summary>The real 2024 edition from <c>content/</c>, loaded once per test run.</summary>
    public static Report Real => RealReport.Value;

    public static SiteResult Build(Report report, string outputDir, string? overrideTemplates = null, IReadOnlyDictionary<string, string>? pdfs = null) =>
        SiteBuilder.Build(report, new SiteOptions(Repo.Templates, overrideTemplates, outputDir, pdfs ?? new Dictionary<string, string>()));

    public static string Read(string siteDir, string relativePath) => File.ReadAllText(Path.Combine(siteDir, relativePath));
}
