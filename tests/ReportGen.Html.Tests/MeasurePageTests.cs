using ReportGen.Html.Tests.Support;

namespace ReportGen.Html.Tests;

public class MeasurePageTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    [Fact]
    public void Build_MeasurePageShowsEveryFiscalYearWithItsEraName()
    {
        var html = site.Read("measures/m001.html");

        Assert.Contains("<h2 id=\"fy-2023\">令和５年度</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>令和５年度の実績・状況</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"fy-2024\">令和６年度</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>令和６年度の取組予定</h3>", html, StringComparison.Ordinal);
        Assert.Contains("医療機器スタートアップを伴走支援する拠点整備", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MeasurePageLinksMainAndSupportingOffices()
    {
        // 2024: 経済産業省医福室（文部科学省）
        var html = site.Read("measures/m004.html");

        Assert.Contains("<p class=\"offices-text\">経済産業省医福室（文部科学省）</p>", html, StringComparison.Ordinal);
        Assert.Contains(">経済産業省医福室</a></li>", html, StringComparison.Ordinal);
        Assert.Contains(">文部科学省</a>（支援）</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UntitledMeasurePageIsTitledByTheMeasureItContinues()
    {
        var html = site.Read("measures/m002.html");

        Assert.Contains("<h1>医療機器の研究開発に積極的に携わる医師をはじめとする医療従事者の育成</h1>", html, StringComparison.Ordinal);
        Assert.Contains("上の施策と同じ見出しの下に続く施策です", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MinistryPageListsLeadAndSupportedMeasures()
    {
        var html = site.Read("ministries/_5185.html");

        Assert.Contains("<h1>内閣府</h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"../measures/m030.html\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PagesAreJapaneseAndOffline()
    {
        foreach (var page in new[] { "index.html", "measures/m001.html", "search.html", "offices/index.html" })
        {
            var html = site.Read(page);
            Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
            Assert.Contains("assets/site.css\">", html, StringComparison.Ordinal);
        }

        var css = site.Read("assets/site.css");
        Assert.Contains("font-family: \"BIZ UDGothic\", \"Noto Sans CJK JP\", sans-serif;", css, StringComparison.Ordinal);
        Assert.Contains("@media print", css, StringComparison.Ordinal);
        Assert.Contains("list-style-type: \"・\";", css, StringComparison.Ordinal);
    }
}
