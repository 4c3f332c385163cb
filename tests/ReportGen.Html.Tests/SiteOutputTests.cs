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
        var output = new SiteOutput(Path.Combine(_root, "next"), previous);

        output.WriteText("index.html", "<p>前回</p>\n");
        output.WriteText("index.html", "<p>今回</p>\n");

        Assert.Equal("<p>前回</p>\n", File.ReadAllText(Path.Combine(previous, "index.html"), Encoding.UTF8));
        Assert.Equal("<p>今回</p>\n", File.ReadAllText(Path.Combine(_root, "next", "index.html"), Encoding.UTF8));
    }
}
