using System.Text.RegularExpressions;
using ReportGen.Html.Site;
using ReportGen.Html.Tests.Support;
using ReportGen.Model;

namespace ReportGen.Html.Tests;

/// <summary>URLs come from ids, stay put when content moves, and every link is relative and lands somewhere.</summary>
public sealed partial class SiteUrlTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    [Theory]
    [InlineData("index.html", "")]
    [InlineData("measures/m001.html", "../")]
    [InlineData("a/b/page.html", "../../")]
    [InlineData("a/b/c/page.html", "../../../")]
    [InlineData("a/b/c/d/e/page.html", "../../../../../")]
    public void Root_ClimbsOneFolderPerSlash(string path, string expected) => Assert.Equal(expected, SitePaths.RootOf(path));

    [Theory]
    [InlineData("m001", "measures/m001.html")]
    [InlineData("m060", "measures/m060.html")]
    public void Measure_UrlIsItsId(string id, string expected) => Assert.Equal(expected, SitePaths.Measure(id));

    [Theory]
    [InlineData("厚", "ministries/_539a.html")]
    [InlineData("内官", "ministries/_51855b98.html")]
    public void Ministry_UrlIsAsciiFromItsCode(string code, string expected) => Assert.Equal(expected, SitePaths.Ministry(code));

    [Fact]
    public void Office_UrlIsAsciiFromItsName()
    {
        var path = SitePaths.Office("厚労省医療機器政策室");

        Assert.Equal("offices/_539a52b47701533b76426a5f5668653f7b565ba4.html", path);
        Assert.Matches("^[a-z0-9_/.]+$", path);
    }

    [Fact]
    public void Office_UrlOfAVeryLongName_IsAShortStableHash()
    {
        var name = string.Concat(Enumerable.Repeat("経済産業省商務・サービスグループ医療・福祉機器産業室", 3));

        var path = SitePaths.Office(name);

        Assert.Equal(path, SitePaths.Office(name));
        Assert.NotEqual(path, SitePaths.Office(name + "。"));
        Assert.Matches("^offices/_h[0-9a-f]{32}\\.html$", path);
    }

    [Theory]
    [InlineData("../etc/passwd")]
    [InlineData("a/b")]
    [InlineData("_539a")]
    [InlineData("")]
    public void Slug_OfAnUnsafeIdIsEncoded(string id) => Assert.StartsWith("_", SitePaths.Slug(id), StringComparison.Ordinal);

    [Fact]
    public void Build_WritesEveryMeasureAtItsIdUrl()
    {
        foreach (var measure in Sites.Real.Measures)
        {
            Assert.True(File.Exists(Path.Combine(site.Dir, "measures", measure.Id + ".html")), measure.Id);
        }
    }

    [Fact]
    public void Build_WritesAPagePerMinistryOfficeAndEdition()
    {
        var report = Sites.Real;

        Assert.All(report.Settings.Ministries, m => Assert.True(File.Exists(Path.Combine(site.Dir, SitePaths.Ministry(m.Code))), m.Code));
        Assert.All(report.Settings.Offices, o => Assert.True(File.Exists(Path.Combine(site.Dir, SitePaths.Office(o.Name))), o.Name));
        Assert.All(report.Editions, e => Assert.True(File.Exists(Path.Combine(site.Dir, "editions", e.Id + ".html")), e.Id));
        Assert.Contains("経済産業省医福室", site.Read(SitePaths.Office("経済産業省医福室")), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CountsAnEntryNamingTwoOffices_OnEachOfficesPage_AndWritesNoPageForTheCombinedName()
    {
        // 担当 「経済産業省ヘル産課・医福室」 (m028's supporting offices) is ヘル産課 and 医福室 of 経済産業省.
        Assert.False(File.Exists(Path.Combine(site.Dir, SitePaths.Office("経済産業省ヘル産課・医福室"))));
        Assert.Contains("measures/m028.html", site.Read(SitePaths.Office("経済産業省医福室")), StringComparison.Ordinal);
        Assert.Contains("measures/m028.html", site.Read(SitePaths.Office("経済産業省ヘル産課")), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MinistryUrlsDoNotDependOnTheirOrder()
    {
        var report = Sites.Real;
        var reordered = report with { Settings = report.Settings with { Ministries = [.. report.Settings.Ministries.Reverse()] } };
        using var other = new TempFolder();

        Sites.Build(reordered, other.Path);

        Assert.Equal(
            Directory.GetFiles(Path.Combine(site.Dir, "ministries")).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Directory.GetFiles(Path.Combine(other.Path, "ministries")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_EveryLinkIsRelativeAndResolves()
    {
        var checkedLinks = 0;
        foreach (var file in Directory.GetFiles(site.Dir, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            foreach (Match link in LinkPattern().Matches(html))
            {
                var url = System.Net.WebUtility.HtmlDecode(link.Groups[1].Value);
                Assert.DoesNotMatch("^([a-z]+:|/)", url);
                var hash = url.IndexOf('#', StringComparison.Ordinal);
                var target = hash < 0 ? url : url[..hash];
                var targetFile = target.Length == 0 ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, target.Split('?')[0]));
                Assert.True(File.Exists(targetFile), $"{Path.GetRelativePath(site.Dir, file)} links to missing {url}");
                if (hash >= 0)
                {
                    Assert.Contains($"id=\"{url[(hash + 1)..]}\"", File.ReadAllText(targetFile), StringComparison.Ordinal);
                }

                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 1000, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void Build_LoadsNothingFromOtherHosts()
    {
        foreach (var file in Directory.GetFiles(site.Dir, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".css", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("http://", text, StringComparison.Ordinal);
            Assert.DoesNotContain("https://", text, StringComparison.Ordinal);
            Assert.DoesNotContain("@import", text, StringComparison.Ordinal);
            Assert.DoesNotContain("@font-face", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_CopiesPdfsAndLinksThem()
    {
        using var pdf = new TempFolder();
        using var output = new TempFolder();
        var source = pdf.Write("anything.pdf", "%PDF-1.7 test");

        Sites.Build(Sites.Real, output.Path, pdfs: new Dictionary<string, string> { ["2024"] = source });

        Assert.Equal("%PDF-1.7 test", File.ReadAllText(Path.Combine(output.Path, "pdf", "2024.pdf")));
        Assert.Contains("href=\"pdf/2024.pdf\"", Sites.Read(output.Path, "index.html"), StringComparison.Ordinal);
        Assert.Contains("href=\"../pdf/2024.pdf\"", Sites.Read(output.Path, "editions/2024.html"), StringComparison.Ordinal);
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex LinkPattern();
}
