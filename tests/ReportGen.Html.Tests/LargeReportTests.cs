using ReportGen.Html.Tests.Support;

namespace ReportGen.Html.Tests;

/// <summary>Scriban cuts output at 1 MiB by default and says nothing; a large report must still get its whole table.</summary>
public sealed class LargeReportTests : IDisposable
{
    private readonly TempFolder _out = new();

    [Fact]
    public void Build_PageLongerThanOneMebibyteIsWrittenWhole()
    {
        var longResults = "- " + string.Concat(Enumerable.Repeat("実績の文章がとても長く続きます。", 80_000)) + "終わり。";

        Sites.Build(SampleReport.Create(results: longResults), _out.Path);

        var index = Sites.Read(_out.Path, "index.html");
        Assert.True(index.Length > 1_200_000, $"index.html has only {index.Length} characters");
        Assert.Contains("終わり。</li>", index, StringComparison.Ordinal);
        Assert.Contains("id=\"measure-m002\"", index, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", index, StringComparison.Ordinal);
    }

    public void Dispose() => _out.Dispose();
}
