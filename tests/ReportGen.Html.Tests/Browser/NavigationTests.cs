using Microsoft.Playwright;

namespace ReportGen.Html.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public class NavigationTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("index.html")]
    [InlineData("measures/m001.html")]
    [InlineData("measures/m030.html")]
    [InlineData("editions/2024.html")]
    [InlineData("editions/index.html")]
    [InlineData("ministries/index.html")]
    [InlineData("ministries/_539a.html")]
    [InlineData("offices/index.html")]
    [InlineData("search.html")]
    public async Task Page_LoadsWithoutConsoleErrors(string path)
    {
        await using var tab = await browser.OpenAsync(browser.Url(path));

        await tab.Page.WaitForLoadStateAsync(LoadState.Load);

        Assert.Empty(tab.Errors);
        Assert.Equal("ja", await tab.Page.GetAttributeAsync("html", "lang"));
    }

    [Fact]
    public async Task Index_ToMeasureAndBack()
    {
        await using var tab = await browser.OpenAsync(browser.Url("index.html"));
        var page = tab.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "m001 の全年度" }).ClickAsync();

        Assert.EndsWith("/measures/m001.html", page.Url, StringComparison.Ordinal);
        Assert.Equal("医療機器の研究開発に積極的に携わる医師をはじめとする医療従事者の育成", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("令和５年度", await page.Locator("#fy-2023").InnerTextAsync(), StringComparison.Ordinal);

        await page.GoBackAsync();

        Assert.EndsWith("/index.html", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator("#measure-m001").IsVisibleAsync());
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task MeasurePage_BreadcrumbLeadsToItsGoalInTheTable()
    {
        await using var tab = await browser.OpenAsync(browser.Url("measures/m050.html"));

        await tab.Page.Locator(".breadcrumbs a").Nth(2).ClickAsync();

        Assert.EndsWith("/index.html#goal-g08", tab.Page.Url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("measures/m030.html")]
    [InlineData("offices/index.html")]
    public async Task Page_At375PixelsDoesNotScrollSideways(string path)
    {
        await using var tab = await browser.OpenAsync(browser.Url(path), width: 375, height: 812);

        var widths = await tab.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");

        Assert.True(widths[0] <= widths[1], $"page is {widths[0]} px wide in a {widths[1]} px window");
    }

    [Fact]
    public async Task Index_At375PixelsStacksEachMeasureIntoACard()
    {
        await using var tab = await browser.OpenAsync(browser.Url("index.html"), width: 375, height: 812);

        var display = await tab.Page.Locator("#measure-m001 td").First.EvaluateAsync<string>("td => getComputedStyle(td).display");
        var label = await tab.Page.Locator("#measure-m001 td.cell-results").EvaluateAsync<string>("td => getComputedStyle(td, '::before').content");

        Assert.Equal("block", display);
        Assert.Equal("\"令和５年度の実績・状況\"", label);
    }

    [Fact]
    public async Task Print_ShowsTheTableWithoutNavigation()
    {
        await using var tab = await browser.OpenAsync(browser.Url("index.html"));

        await tab.Page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await tab.Page.Locator(".site-header").IsVisibleAsync());
        Assert.False(await tab.Page.Locator("#measure-m001 .measure-link").IsVisibleAsync());
        Assert.True(await tab.Page.Locator("#measure-m001").IsVisibleAsync());
    }

    [Fact]
    public async Task Bullets_HangUnderTheirFirstCharacter()
    {
        await using var tab = await browser.OpenAsync(browser.Url("measures/m030.html"));

        var marker = await tab.Page.Locator("ul.bullets").First.EvaluateAsync<string>("ul => getComputedStyle(ul).listStyleType");
        var position = await tab.Page.Locator("ul.bullets").First.EvaluateAsync<string>("ul => getComputedStyle(ul).listStylePosition");

        Assert.Equal("\"・\"", marker);
        Assert.Equal("outside", position);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("measures/m001.html")]
    public async Task HostileContent_ShowsAsTextAndRunsNothing(string path)
    {
        await using var tab = await browser.OpenAsync(BrowserFixture.UrlIn(browser.HostileSiteDir, path));
        var page = tab.Page;

        await page.Locator("a", new() { HasText = "リンク" }).Or(page.Locator("li", new() { HasText = "リンク" })).First.ClickAsync();
        await page.Locator("text=見出し").First.HoverAsync();

        Assert.Null(await page.EvaluateAsync<int?>("() => window.injected ?? null"));
        Assert.Empty(tab.Dialogs);
        Assert.Equal(0, await page.Locator("main script, main img, main b").CountAsync());
        Assert.Contains("<script>window.injected = 1; alert(1)</script>", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }
}
