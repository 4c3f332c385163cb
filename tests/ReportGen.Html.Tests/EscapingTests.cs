using ReportGen.Html.Tests.Support;
using ReportGen.Model;

namespace ReportGen.Html.Tests;

/// <summary>Whatever an editor types reaches the page as text: no element, attribute or link of theirs survives.</summary>
public sealed class EscapingTests : IDisposable
{
    private readonly TempFolder _out = new();

    [Fact]
    public void Build_EscapesScriptInResults()
    {
        Build(results: "- 実績<script>alert(1)</script>です。");

        foreach (var page in new[] { "index.html", "measures/m001.html", "editions/2024.html" })
        {
            var html = Read(page);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.Contains("実績&lt;script&gt;alert(1)&lt;/script&gt;です。", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_EscapesEventHandlerAttributes()
    {
        Build(plans: "- 予定<img src=x onerror=alert(1)>。");

        var html = Read("measures/m001.html");
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DropsJavascriptLinks()
    {
        Build(results: "- [詳しくはこちら](javascript:alert(1)) と <javascript:alert(2)>");

        var html = Read("index.html");
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("詳しくはこちら", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EscapesTitleTextAndOfficesInAttributesAndText()
    {
        var report = SampleReport.Create(title: "見出し\"><b onmouseover=alert(1)>", text: "本文'><i>");
        var measure = report.Measures[0];
        var entry = measure.Years[1] with { Offices = Content.OfficesText.Parse("<u>課</u>") };
        report = report with { Measures = [measure with { Years = [measure.Years[0], entry] }, report.Measures[1]] };

        Sites.Build(report, _out.Path);

        foreach (var page in new[] { "index.html", "measures/m001.html", "offices/index.html" })
        {
            var html = Read(page);
            Assert.DoesNotContain("<b onmouseover", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<u>", html, StringComparison.Ordinal);
        }

        Assert.Contains("見出し&quot;&gt;&lt;b onmouseover=alert(1)&gt;", Read("measures/m001.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SearchIndexCannotCloseItsScript()
    {
        Build(results: "- </script><script>alert(1)</script>");

        var script = Read("search-index.js");
        Assert.DoesNotContain("<", script, StringComparison.Ordinal);
        Assert.Contains("\\u003C/script\\u003E", script, StringComparison.Ordinal);
    }

    public void Dispose() => _out.Dispose();

    private void Build(string results = "- 実績。", string plans = "- 予定。") =>
        Sites.Build(SampleReport.Create(results: results, plans: plans), _out.Path);

    private string Read(string page) => Sites.Read(_out.Path, page);
}
