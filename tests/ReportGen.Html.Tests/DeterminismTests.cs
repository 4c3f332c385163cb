using ReportGen.Html.Tests.Support;

namespace ReportGen.Html.Tests;

public sealed class DeterminismTests : IDisposable
{
    private readonly TempFolder _first = new();
    private readonly TempFolder _second = new();

    [Fact]
    public void Build_TwiceGivesByteIdenticalSite()
    {
        using var pdf = new TempFolder();
        var pdfs = new Dictionary<string, string> { ["2024"] = pdf.Write("2024.pdf", "%PDF-1.7 test") };

        var a = Sites.Build(Sites.Real, _first.Path, pdfs: pdfs);
        var b = Sites.Build(Sites.Real, _second.Path, pdfs: pdfs);

        Assert.Equal(a, b);
        var files = Files(_first.Path);
        Assert.Equal(files, Files(_second.Path));
        foreach (var file in files)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(_first.Path, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_second.Path, file))),
                file + " differs between two builds");
        }
    }

    [Fact]
    public void Build_ReportsPagesAndBytesWritten()
    {
        var result = Sites.Build(Sites.Real, _first.Path);

        Assert.Equal(Directory.GetFiles(_first.Path, "*.html", SearchOption.AllDirectories).Length, result.Pages);
        Assert.Equal(Directory.GetFiles(_first.Path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length), result.Bytes);
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }

    private static List<string> Files(string dir) =>
        [.. Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f))
            .Order(StringComparer.Ordinal)];
}
