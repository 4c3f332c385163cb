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
    public void Read_AShortFileAfterALongOne_GetsOnlyItsOwnText()
    {
        // The buffer is rented and given back (both files take one of 4 KB): what the longer file left in it must not
        // show in the next one.
        var dir = Directory.CreateTempSubdirectory("reportgen-contentfile-").FullName;
        try
        {
            var longer = Path.Combine(dir, "long.yaml");
            File.WriteAllText(longer, "id: 1-1-1\ntext: " + new string('長', 1000) + "\n");
            var shorter = Path.Combine(dir, "short.yaml");
            var shortText = "id: 1-1-2\ntext: " + new string('短', 700) + "\n";
            File.WriteAllText(shorter, shortText);

            Assert.EndsWith("長\n", ContentFile.Read(longer).Text, StringComparison.Ordinal);
            Assert.Equal(shortText, ContentFile.Read(shorter).Text);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
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
