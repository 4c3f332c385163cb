using Microsoft.Playwright;

namespace ReportGen.Html.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public class SearchTests(BrowserFixture browser)
{
    public static TheoryData<string, string[]> Queries => SearchIndexTests.Queries;

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Search_FindsTheExpectedMeasures(string query, string[] expected)
    {
        await using var tab = await browser.OpenAsync(browser.Url("search.html", query));

        Assert.Equal(expected, await FoundAsync(tab.Page));
        Assert.Contains($"{expected.Length} 件", await tab.Page.Locator("#search-status").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(tab.Errors);
    }

    [Theory]
    [InlineData("ＳａＭＤ")]
    [InlineData("samd")]
    [InlineData("ＳＡＭＤ")]
    public async Task Search_NormalisesWidthAndCase(string query)
    {
        await using var tab = await browser.OpenAsync(browser.Url("search.html", query));

        Assert.Equal(SearchIndexTests.SaMDMeasures, await FoundAsync(tab.Page));
    }

    [Fact]
    public async Task Search_AllWordsMustOccur()
    {
        await using var tab = await browser.OpenAsync(browser.Url("search.html", "SaMD　フォーラム"));

        Assert.Equal(["m034", "m048"], await FoundAsync(tab.Page));
    }

    [Fact]
    public async Task Search_TypingFiltersTheResults()
    {
        await using var tab = await browser.OpenAsync(browser.Url("search.html"));

        await tab.Page.GetByLabel("語句（例: 伴走支援、SaMD、地域連携拠点）").FillAsync("地域連携拠点");

        Assert.Equal(10, (await FoundAsync(tab.Page)).Length);
        Assert.Equal("地域連携拠点", await tab.Page.Locator("#search-results mark").First.InnerTextAsync());
    }

    [Fact]
    public async Task HeaderSearch_OpensTheSearchPageWithResults()
    {
        await using var tab = await browser.OpenAsync(browser.Url("measures/m001.html"));

        await tab.Page.GetByLabel("施策を検索").FillAsync("SaMD");
        await tab.Page.GetByLabel("施策を検索").PressAsync("Enter");
        await tab.Page.WaitForURLAsync("**/search.html?q=SaMD");

        Assert.Equal(SearchIndexTests.SaMDMeasures, await FoundAsync(tab.Page));
    }

    [Fact]
    public async Task SearchResult_OpensTheMeasure()
    {
        await using var tab = await browser.OpenAsync(browser.Url("search.html", "伴走支援"));

        await tab.Page.Locator("#search-results li[data-measure=m003] a").ClickAsync();

        Assert.EndsWith("/measures/m003.html", tab.Page.Url, StringComparison.Ordinal);
    }

    private static async Task<string[]> FoundAsync(IPage page) =>
        [.. (await page.Locator("#search-results li").EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.measure)")).Order(StringComparer.Ordinal)];
}
