using System.Text;
using ReportGen.Output;

namespace ReportGen.Tests.Output;

/// <summary>A build's file gets exactly the bytes written, whether it is new or was there before, longer or shorter.</summary>
public sealed class OutputFileTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("reportgen-output-file-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("<p>短い</p>")]
    [InlineData("<p>前の版の、ずっと長いページの中身です。これより短いページで書き直されます。</p>\n")]
    public void Write_LeavesExactlyTheNewBytes(string? before)
    {
        var path = Path.Combine(_folder.FullName, "page.html");
        if (before is not null)
        {
            File.WriteAllText(path, before);
        }

        var bytes = Encoding.UTF8.GetBytes("<p>今回のページ</p>\n");
        OutputFile.Write(path, bytes);

        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Write_EmptyBytesEmptyTheFile()
    {
        var path = Path.Combine(_folder.FullName, "page.html");
        File.WriteAllText(path, "<p>前回</p>");

        OutputFile.Write(path, []);

        Assert.Empty(File.ReadAllBytes(path));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Write_NewFileHasTheModeWriteAllBytesGives()
    {
        // UnchangedFile takes over only files with a new file's permissions.
        var ours = Path.Combine(_folder.FullName, "ours.html");
        var dotnet = Path.Combine(_folder.FullName, "dotnet.html");

        OutputFile.Write(ours, "x"u8);
        File.WriteAllBytes(dotnet, "x"u8.ToArray());

        Assert.Equal(File.GetUnixFileMode(dotnet), File.GetUnixFileMode(ours));
    }
}
