using ReportGen.Content;

namespace ReportGen.Tests;

/// <summary>Reading one content file: the buffer starts at the size on disk and grows, up to the limit, if the file does.</summary>
public class ContentFileTests
{
    [Fact]
    public void Read_GetsTheWholeText_WhenTheFileIsLongerThanItsSizeOnDisk()
    {
        // procfs reports a size of 0 for files that do have text: the same as a file that grew after it was measured.
        const string path = "/proc/self/status";
        Assert.Equal(0, new FileInfo(path).Length);

        var (text, error, _) = ContentFile.Read(path);

        Assert.Null(error);
        Assert.NotNull(text);
        Assert.StartsWith("Name:", text, StringComparison.Ordinal);
        Assert.Contains("\nPid:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GetsAFileOfExactlyTheLimit_AndRefusesOneByteMore()
    {
        var dir = Directory.CreateTempSubdirectory("reportgen-contentfile-").FullName;
        try
        {
            var atLimit = Path.Combine(dir, "at-limit.yaml");
            File.WriteAllBytes(atLimit, [.. Enumerable.Repeat((byte)'a', (int)ContentFile.MaxBytes)]);
            var overLimit = Path.Combine(dir, "over-limit.yaml");
            File.WriteAllBytes(overLimit, [.. Enumerable.Repeat((byte)'a', (int)ContentFile.MaxBytes + 1)]);

            Assert.Equal((int)ContentFile.MaxBytes, ContentFile.Read(atLimit).Text!.Length);
            Assert.StartsWith("ファイルが大きすぎます", ContentFile.Read(overLimit).Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
