using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Xunit.Abstractions;

namespace ReportGen.Html.Tests.Browser;

/// <summary>WCAG 2.1 A and AA (JIS X 8341-3) as axe-core checks them, in the browser the site is read in.</summary>
[Collection(BrowserTestGroup.Name)]
public class AccessibilityTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Theory]
    [InlineData("index.html", null)]
    [InlineData("measures/m001.html", null)]
    [InlineData("measures/m030.html", null)]
    [InlineData("search.html", "伴走支援")]
    [InlineData("ministries/_539a.html", null)]
    [InlineData("offices/index.html", null)]
    [InlineData("editions/index.html", null)]
    public Task Axe_ReportsNoViolations(string path, string? query) => Check(browser.Url(path, query), path, query);

    [Theory]
    [InlineData("status.html")]
    [InlineData("editions/2025.html")]
    public Task Axe_ReportsNoViolations_OnADraftsPages(string path) =>
        Check(BrowserFixture.UrlIn(browser.DraftSiteDir, path), "draft " + path, null);

    private async Task Check(string url, string path, string? query)
    {
        await using var tab = await browser.OpenAsync(url);
        if (query is not null)
        {
            await tab.Page.Locator("#search-results li").First.WaitForAsync();
        }

        var result = await tab.Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        output.WriteLine($"{path}: {result.Violations.Length} violations, {result.Passes.Length} rules passed, {result.Incomplete.Length} to review by hand ({string.Join(", ", result.Incomplete.Select(i => i.Id))}), axe {result.TestEngine?.Version}");
        Assert.True(result.Violations.Length == 0, Describe(result.Violations));
        Assert.NotEmpty(result.Passes);
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) =>
        string.Join("\n", violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n  " + string.Join("\n  ", v.Nodes.Take(3).Select(n => n.Html))));
}
