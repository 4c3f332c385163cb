using System.Diagnostics;
using ReportGen.Cli.Tests.Support;

namespace ReportGen.Cli.Tests;

/// <summary><c>reportgen build</c>: the PDF in the output folder, nothing half-written, clear failures.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly TempContent _temp = TempContent.Minimal();

    public void Dispose() => _temp.Dispose();

    private string Out => Path.Combine(_temp.Root, "out");

    private static string Templates => Path.Combine(Repo.Root, "templates");

    [Fact]
    public void Build_WritesTheLatestEditionsPdf_IntoTheOutputFolder()
    {
        var run = CliRun.Of("build", "--content", _temp.Content, "--out", Out, "--templates", Templates);

        Assert.Equal(0, run.ExitCode);
        var pdf = File.ReadAllBytes(Path.Combine(Out, "2024.pdf"));
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        Assert.Contains("2024.pdf", run.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Out, "site", "index.html")));
        // The PDF is rendered beside the site, which copies it only once it is written whole.
        Assert.Equal(pdf, File.ReadAllBytes(Path.Combine(Out, "site", "pdf", "2024.pdf")));
        Assert.Empty(Directory.GetDirectories(_temp.Root, ".out.staging-*"));
    }

    [Fact]
    public void Build_WithMarginsThatLeaveNoRoomForALine_SaysSoInJapanese_AndWritesNothing()
    {
        var edition = Path.Combine(_temp.Content, "editions", "2024.yaml");
        File.AppendAllText(edition, "page:\n  margins_mm:\n    top: 100\n    bottom: 100\n");

        var run = CliRun.Of("build", "--content", _temp.Content, "--out", Out, "--templates", Templates);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PDF を組めません（1 ページ目）: 余白を除いた高さに、1 行の文字も入りません。", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("余白（margins_mm）を小さくする", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("内部エラー", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Out, "2024.pdf")));
        Assert.False(Directory.Exists(Path.Combine(Out, "site")));
    }

    [Fact]
    public void Build_WithABrokenTemplate_NamesTheTemplate_AndWritesNothing()
    {
        var templates = Path.Combine(_temp.Content, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "index.html.sbn"), "<p>{{ if }}</p>\n");

        var run = CliRun.Of("build", "--content", _temp.Content, "--out", Out, "--templates", Templates);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("index.html.sbn:1:", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Build_WithAnUnknownEdition_ExitsTwo_NamingTheEditionsThereAre()
    {
        var run = CliRun.Of("build", "--content", _temp.Content, "--out", Out, "--templates", Templates, "--edition", "1999");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("ある版: 2024", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Build_OfBrokenContent_WritesNothing_AndKeepsThePreviousOutput()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "2024.pdf"), "previous");
        _temp.Replace("measures/m001.yaml", "goal: g01", "goal: g77");

        var run = CliRun.Of("build", "--content", _temp.Content, "--out", Out, "--templates", Templates);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("previous", File.ReadAllText(Path.Combine(Out, "2024.pdf")));
        Assert.Contains("g77", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithAFontThatIsNotInstalled_SaysWhichFont_WithoutAStackTrace()
    {
        File.AppendAllText(_temp.PathOf("editions/2024.yaml"), "fonts:\n  gothic: Nonexistent Gothic W9\n");

        var run = CliRun.Of("build", "--content", _temp.Content, "--out", Out, "--templates", Templates);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("フォント「Nonexistent Gothic W9」が見つかりません。", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Out, "2024.pdf")));
    }

    [Fact]
    public void TwoBuilds_InOtherTimeZonesAndLocales_GiveByteIdenticalPdfs()
    {
        var first = BuildInProcess("Asia/Tokyo", "ja_JP.UTF-8", "a");
        var second = BuildInProcess("America/St_Johns", "de_DE.UTF-8", "b");

        Assert.Equal(first, second);
    }

    [Fact]
    public void SourceDateEpoch_SetsTheDocumentDates()
    {
        var pdf = System.Text.Encoding.Latin1.GetString(BuildInProcess("UTC", "C.UTF-8", "c", ("SOURCE_DATE_EPOCH", "1700000000")));

        // 1700000000 is 2023-11-14 22:13:20 UTC, 2023-11-15 07:13:20 in Japan.
        Assert.Contains("/CreationDate (D:20231115071320+09'00')", pdf, StringComparison.Ordinal);
    }

    /// <summary>Runs the built reportgen as its own process, so TZ and LANG really differ.</summary>
    private byte[] BuildInProcess(string tz, string lang, string name, params (string Key, string Value)[] env)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "reportgen.dll");
        var output = Path.Combine(_temp.Root, name);
        var start = new ProcessStartInfo("dotnet", ["exec", cli, "build", "--content", _temp.Content, "--out", output, "--templates", Templates])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["TZ"] = tz;
        start.Environment["LANG"] = lang;
        start.Environment["LC_ALL"] = lang;
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        foreach (var (key, value) in env)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, stderr);
        return File.ReadAllBytes(Path.Combine(output, "2024.pdf"));
    }
}
