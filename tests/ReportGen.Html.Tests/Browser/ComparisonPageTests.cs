using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using ReportGen.Content;
using ReportGen.Diff;
using ReportGen.Diff.Output;
using ReportGen.Html.Comparison;
using ReportGen.Model;

namespace ReportGen.Html.Tests.Browser;

/// <summary>The 新旧対照表 page (diff.html) in the browser: both views, no console errors, and axe's WCAG 2.1 AA rules.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ComparisonPageTests(BrowserFixture browser) : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("reportgen-diff-page-");

    public void Dispose() => _dir.Delete(recursive: true);

    /// <summary>The real 2024 edition against the 2025 fixture, as reportgen diff writes it.</summary>
    private string WritePage()
    {
        static EditionSource Source(string dir, string id, string origin)
        {
            var report = ContentLoader.Load(dir).Report ?? throw new InvalidOperationException($"{dir} has errors");
            return new EditionSource(report, report.Editions.Single(e => e.Id == id), origin);
        }

        var changes = EditionDiffer.Compare(Source(Repo.Content, "2024", "content"), Source(Repo.Fixture("edition-2025"), "2025", "edition-2025"));
        new HtmlComparisonWriter().Write(ComparisonDocument.Build(changes), _dir.FullName);
        return BrowserFixture.UrlIn(_dir.FullName, HtmlComparisonWriter.FileName);
    }

    [Fact]
    public async Task ComparisonPage_HasNoAxeViolations_InEitherView()
    {
        await using var tab = await browser.OpenAsync(WritePage());
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } };

        var table = await tab.Page.RunAxe(options);
        await tab.Page.GetByLabel("見え消し（1列）").CheckAsync();
        var inline = await tab.Page.RunAxe(options);

        Assert.True(table.Violations.Length == 0, string.Join("\n", table.Violations.Select(v => $"{v.Id}: {v.Help}")));
        Assert.True(inline.Violations.Length == 0, string.Join("\n", inline.Violations.Select(v => $"{v.Id}: {v.Help}")));
        Assert.NotEmpty(table.Passes);
        Assert.Empty(tab.Errors);
    }
}
