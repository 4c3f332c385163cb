using System.Diagnostics;
using System.Text;
using ReportGen.Output;

namespace ReportGen.Core.Tests.Output;

/// <summary>
/// A page that comes out as the previous build wrote it is the previous build's file, linked; anything that is not
/// plainly that file is written anew.
/// </summary>
public sealed class UnchangedFileTests : IDisposable
{
    private static readonly byte[] Page = Encoding.UTF8.GetBytes("<p>医療機器の研究開発</p>\n");

    private readonly string _root = Directory.CreateTempSubdirectory("reportgen-unchanged-").FullName;

    private string Previous => Path.Combine(_root, "previous");

    private string Next => Path.Combine(_root, "next");

    public UnchangedFileTests()
    {
        Directory.CreateDirectory(Path.Combine(Previous, "measures"));
        Directory.CreateDirectory(Path.Combine(Next, "measures"));
        File.WriteAllBytes(Path.Combine(Previous, "measures", "m001.html"), Page);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private bool Link(string relative, byte[] bytes) =>
        new UnchangedFile(Previous).TryLink(relative, Path.Combine(Next, relative), bytes);

    [Fact]
    public void TheSameBytes_AreTheSameFile()
    {
        Assert.True(Link("measures/m001.html", Page));

        Assert.Equal(Page, File.ReadAllBytes(Path.Combine(Next, "measures", "m001.html")));
        Assert.Equal(Inode(Path.Combine(Previous, "measures", "m001.html")), Inode(Path.Combine(Next, "measures", "m001.html")));
    }

    [Fact]
    public void OtherBytes_OfTheSameLength_OrAnotherLength_AreNotLinked()
    {
        var other = (byte[])Page.Clone();
        other[^2] ^= 1;

        Assert.False(Link("measures/m001.html", other));
        Assert.False(Link("measures/m001.html", [.. Page, (byte)'\n']));
        Assert.False(Link("measures/m001.html", Page[..^1]));
        Assert.False(File.Exists(Path.Combine(Next, "measures", "m001.html")));
    }

    [Fact]
    public void AMissingFile_OrAPathThatClimbsOut_IsNotLinked()
    {
        File.WriteAllBytes(Path.Combine(_root, "outside.html"), Page);

        Assert.False(Link("measures/m002.html", Page));
        Assert.False(new UnchangedFile(Previous).TryLink("../outside.html", Path.Combine(Next, "outside.html"), Page));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(Next, "*", SearchOption.AllDirectories), File.Exists);
    }

    [Fact]
    public void ALinkToAFileWithTheSameBytes_OrAFolderThatIsALink_IsNotFollowed()
    {
        var outside = Path.Combine(_root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllBytes(Path.Combine(outside, "m002.html"), Page);
        File.CreateSymbolicLink(Path.Combine(Previous, "measures", "m002.html"), Path.Combine(outside, "m002.html"));
        Directory.CreateSymbolicLink(Path.Combine(Previous, "offices"), outside);
        Directory.CreateDirectory(Path.Combine(Next, "offices"));

        Assert.False(Link("measures/m002.html", Page));
        Assert.False(Link("offices/m002.html", Page));
    }

    [Fact]
    public void AFileAlsoLinkedFromElsewhere_OrWithOtherPermissions_IsNotTakenOver()
    {
        // A hard link from outside the output (a backup made with cp -al, say) could change the page later.
        var outside = Path.Combine(_root, "outside.html");
        File.WriteAllBytes(outside, Page);
        var previous = Path.Combine(Previous, "measures", "m001.html");
        File.Delete(previous);
        Run("ln", outside, previous);

        Assert.False(Link("measures/m001.html", Page));

        File.Delete(outside);
        Assert.True(Link("measures/m001.html", Page));

        // A page made world-writable, or setuid, is not carried into the next build.
        File.WriteAllBytes(Path.Combine(Previous, "measures", "m002.html"), Page);
        Run("chmod", "666", Path.Combine(Previous, "measures", "m002.html"));
        File.WriteAllBytes(Path.Combine(Previous, "measures", "m003.html"), Page);
        Run("chmod", "u+s", Path.Combine(Previous, "measures", "m003.html"));

        Assert.False(Link("measures/m002.html", Page));
        Assert.False(Link("measures/m003.html", Page));
    }

    [Fact]
    public async Task APipe_IsNotWaitedFor()
    {
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(Previous, "measures", "m003.html")))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var linked = await Task.Run(() => Link("measures/m003.html", Page)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(linked);
    }

    private static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(program, arguments);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    private static string Inode(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%i", path]) { RedirectStandardOutput = true })!;
        var inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return inode;
    }
}
