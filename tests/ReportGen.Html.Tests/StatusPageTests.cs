using ReportGen.Content;
using ReportGen.Html.Tests.Support;

namespace ReportGen.Html.Tests;

/// <summary>記入状況 on the site: only while an edition is a draft, counted per office of the registry.</summary>
public sealed class StatusPageTests : IDisposable
{
    private readonly TempFolder _draft = new("reportgen-status-");
    private readonly TempFolder _published = new("reportgen-status-published-");

    public void Dispose()
    {
        _draft.Dispose();
        _published.Dispose();
    }

    [Fact]
    public void ADraftsSite_HasTheStatusPage_WithCountsPerOffice_AndTheMeasuresLeft()
    {
        var report = ContentLoader.Load(Repo.Fixture("edition-2025")).Report!;

        Sites.Build(report, _draft.Path);

        var page = Sites.Read(_draft.Path, "status.html");
        Assert.Contains("<tr><th scope=\"row\">経済産業省医福室</th><td class=\"number\">26</td><td class=\"number\">26</td><td class=\"number\">26</td></tr>", page.Replace(" class=\"complete\"", string.Empty), StringComparison.Ordinal);
        Assert.Contains("m032 ", page, StringComparison.Ordinal);
        Assert.Contains("令和７年度の取組予定 が未記入", page, StringComparison.Ordinal);
        Assert.Contains("href=\"status.html\"", Sites.Read(_draft.Path, "index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void APublishedOnlySite_HasNoStatusPage()
    {
        Sites.Build(Sites.Real, _published.Path);

        Assert.False(File.Exists(Path.Combine(_published.Path, "status.html")));
        Assert.DoesNotContain("記入状況", Sites.Read(_published.Path, "index.html"), StringComparison.Ordinal);
    }
}
