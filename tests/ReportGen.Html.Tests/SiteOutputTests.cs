using System.Text;
using ReportGen.Html.Site;

namespace ReportGen.Html.Tests;

/// <summary>Pages linked from the previous build are never written into.</summary>
public sealed class SiteOutputTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("reportgen-siteoutput-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void APageWrittenTwiceAtOnePath_LeavesThePreviousBuildsFileAsItWas()
    {
        var previous = Path.Combine(_root, "previous");
        Directory.CreateDirectory(previous);
        File.WriteAllText(Path.Combine(previous, "index.html"), "<p>前回</p>\n");
        using var output = new SiteOutput(Path.Combine(_root, "next"), previous);

        output.WriteText("index.html", "<p>前回</p>\n");
        output.WriteText("index.html", "<p>今回</p>\n");

        Assert.Equal("<p>前回</p>\n", File.ReadAllText(Path.Combine(previous, "index.html"), Encoding.UTF8));
        Assert.Equal("<p>今回</p>\n", File.ReadAllText(Path.Combine(_root, "next", "index.html"), Encoding.UTF8));
    }

    [Fact]
    public void APageLargerThanTheBuffer_AndASmallOneAfterIt_AreWrittenWhole()
    {
        using var output = new SiteOutput(Path.Combine(_root, "site"));
        var large = "<table>" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<tr><td>{i}</td><td>医療機器の研究開発</td></tr>\n")) + "</table>\n";

        output.WriteText("editions/2024.html", large);
        output.WriteText("index.html", "<p>一覧</p>\n");

        Assert.True(Encoding.UTF8.GetByteCount(large) > 1_000_000);
        Assert.Equal(large, File.ReadAllText(Path.Combine(_root, "site", "editions", "2024.html"), Encoding.UTF8));
        Assert.Equal("<p>一覧</p>\n", File.ReadAllText(Path.Combine(_root, "site", "index.html"), Encoding.UTF8));
        Assert.Equal(Encoding.UTF8.GetByteCount(large) + Encoding.UTF8.GetByteCount("<p>一覧</p>\n"), output.Bytes);
    }
}
