using ReportGen.Diff;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Diff;

public sealed class GitContentTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("reportgen-gitcontent-test-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public void Extract_WritesTheContentFolderAsItIsAtARevision()
    {
        var (dir, origin) = GitContent.Extract(Repo.Content, "HEAD", _temp.FullName);

        Assert.Equal("HEAD:content", origin);
        Assert.True(File.Exists(Path.Combine(dir, "structure.yaml")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(dir, "measures"), "*.yaml"));
    }

    [Fact]
    public void Extract_RejectsARevisionThatLooksLikeAnOption()
    {
        var error = Assert.Throws<GitContentException>(() => GitContent.Extract(Repo.Content, "--output=/tmp/x", _temp.FullName));

        Assert.True(error.IsUsageError);
    }

    [Fact]
    public void Extract_ReportsAnUnknownRevisionAsAUsageError()
    {
        var error = Assert.Throws<GitContentException>(() => GitContent.Extract(Repo.Content, "no-such-branch-xyz", _temp.FullName));

        Assert.True(error.IsUsageError);
        Assert.Contains("no-such-branch-xyz", error.Message, StringComparison.Ordinal);
    }
}
