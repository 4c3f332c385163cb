using System.Diagnostics;
using System.Text;
using ReportGen.Cli.Tests.Support;

namespace ReportGen.Cli.Tests;

/// <summary>
/// Content written by mistake or on purpose to break the tool: every case ends with a message naming file, line and
/// column and a non-zero exit, or renders — never an internal error, a hang, or a file outside the output folder.
/// </summary>
public sealed class HostileContentTests : IDisposable
{
    private readonly TempContent _temp = TempContent.Minimal();

    public void Dispose() => _temp.Dispose();

    private CliRun Cli(params string[] args) => CliRun.Of([.. args, "--content", _temp.Content]);

    private string Location(string relative, int line, int column) => $"{_temp.Content}/{relative}:{line}:{column}: ";

    private static void AssertNoInternalError(CliRun run) =>
        Assert.DoesNotContain("内部エラー", run.Stderr, StringComparison.Ordinal);

    [Theory]
    [InlineData("---")]
    [InlineData("***")]
    [InlineData("___")]
    [InlineData("[注1]: 令和5年度補正予算を含む。")]
    [InlineData("# 見出し")]
    [InlineData("```")]
    [InlineData("<div>")]
    [InlineData("| a | b |")]
    [InlineData("[^1]: 注記")]
    public void AnyMarkdownLineInACell_IsPrintedAsTyped_ByCheckExportAndBuild(string line)
    {
        _temp.Replace("measures/m001.yaml", "      - 拠点整備を行った。\n", $"      - 拠点整備を行った。\n      {line}\n");
        var output = Path.Combine(_temp.Root, "out");

        var check = Cli("check");
        var export = Cli("export", "json");
        var build = Cli("build", "--out", output, "--templates", Repo.Templates);

        Assert.Equal((0, 0, 0), (check.ExitCode, export.ExitCode, build.ExitCode));
        using var json = System.Text.Json.JsonDocument.Parse(export.Stdout);
        var results = json.RootElement.GetProperty("measures")[0].GetProperty("years")[0].GetProperty("results").GetProperty("items");
        Assert.Contains(results.EnumerateArray(), item => item.GetProperty("text").GetString()!.Contains(line, StringComparison.Ordinal));
        Assert.Contains(System.Net.WebUtility.HtmlEncode(line), File.ReadAllText(Path.Combine(output, "site", "measures", "m001.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../../../../tmp/pwn")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("2024 ")]
    public void AnEditionIdThatIsNotAPlainName_IsAnError_AtTheId(string id)
    {
        _temp.Replace("editions/2024.yaml", "id: \"2024\"", $"id: \"{id}\"");

        var run = Cli("check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith(Location("editions/2024.yaml", 1, 5) + "error: 「id」の版の ID", StringComparison.Ordinal));
    }

    [Fact]
    public void AnEditionIdThatClimbs_WritesNothingOutsideTheOutputFolder()
    {
        _temp.Replace("editions/2024.yaml", "id: \"2024\"", "id: \"../pwn\"");

        var build = Cli("build", "--out", Path.Combine(_temp.Root, "out", "deep"), "--templates", Repo.Templates);
        var freeze = Cli("freeze", "--edition", "../pwn");

        Assert.Equal((1, 1), (build.ExitCode, freeze.ExitCode));
        Assert.Empty(Directory.GetFiles(_temp.Root, "pwn*", SearchOption.AllDirectories));
    }

    [Fact]
    public void AMeasureIdWithMarkup_IsAnError_SoItCannotReachTheDiffSummary()
    {
        _temp.Replace("measures/m001.yaml", "id: m001", "id: \"a` <img src=https://example.invalid/t.png> `b\"");

        var run = Cli("check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Location("measures/m001.yaml", 1, 5) + "error: 「id」の施策の ID「a` <img src=https://example.invalid/t.png> `b」は使えません。", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AVeryLongOfficeName_Builds_WithShortFileNames()
    {
        var office = string.Concat(Enumerable.Repeat("厚生労働省医政局医薬産業振興・医療情報企画課", 4));
        _temp.Replace("measures/m001.yaml", "offices: 厚労省医療機器政策室（経済産業省医福室）", "offices: " + office);
        var output = Path.Combine(_temp.Root, "out");

        var run = Cli("build", "--out", output, "--templates", Repo.Templates);

        Assert.Equal(0, run.ExitCode);
        var names = Directory.GetFiles(Path.Combine(output, "site", "offices")).Select(Path.GetFileName).ToList();
        Assert.Equal(3, names.Count);
        Assert.All(names, n => Assert.InRange(n!.Length, 1, 80));
    }

    [Fact]
    public void ASymlinkToADevice_IsReported_NotRead()
    {
        File.CreateSymbolicLink(_temp.PathOf("measures/m990.yaml"), "/dev/zero");

        var watch = Stopwatch.StartNew();
        var run = Cli("check");

        Assert.Equal(1, run.ExitCode);
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 10);
        Assert.Contains(Location("measures/m990.yaml", 1, 1) + "error: 内容フォルダの外を指すリンク", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ASymlinkOutOfTheContentFolder_IsReported_AndItsTargetNotRead()
    {
        var secret = Path.Combine(_temp.Root, "secret.yaml");
        File.WriteAllText(secret, "id: m001\nsecret: 見えてはいけない\n");
        File.CreateSymbolicLink(_temp.PathOf("measures/m994.yaml"), secret);

        var run = Cli("check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Location("measures/m994.yaml", 1, 1) + "error: 内容フォルダの外を指すリンク", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ASymlinkInsideTheContentFolder_IsRead()
    {
        File.Move(_temp.PathOf("measures/m002.yaml"), _temp.PathOf("m002.keep"));
        File.CreateSymbolicLink(_temp.PathOf("measures/m002.yaml"), "../m002.keep");

        var run = Cli("check");

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task ANamedPipe_IsReported_InsteadOfWaitingForever()
    {
        using var fifo = Process.Start("mkfifo", [_temp.PathOf("measures/m992.yaml")]);
        await fifo.WaitForExitAsync();
        Assert.Equal(0, fifo.ExitCode);

        var run = await Task.Run(() => Cli("check")).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Location("measures/m992.yaml", 1, 1) + "error: 「m992.yaml」は通常のファイルではありません（名前付きパイプ）。", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderNamedLikeAMeasureFile_IsReported()
    {
        Directory.CreateDirectory(_temp.PathOf("measures/m999.yaml"));

        var run = Cli("check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Location("measures/m999.yaml", 1, 1) + "error: 「m999.yaml」はファイルではなくフォルダです。", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyKeys_AreCheckedForDuplicatesInLinearTime()
    {
        var yaml = new StringBuilder("id: m003\n");
        for (var i = 0; i < 80_000; i++)
        {
            yaml.Append('k').Append(i).Append(": 1\n");
        }

        yaml.Append("k17: 2\n");
        _temp.Write("measures/m003.yaml", yaml.ToString());

        var watch = Stopwatch.StartNew();
        var run = Cli("check");

        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 5);
        Assert.Contains(Location("measures/m003.yaml", 80_002, 1) + "error: キー「k17」が2回書かれています。", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AYearWithALeadingZero_IsAnError_NotASecondYear()
    {
        _temp.Replace("measures/m001.yaml", "  2024:\n", "  02024:\n    results: 二つ目\n  2024:\n");

        var run = Cli("check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Location("measures/m001.yaml", 12, 3) + "error: 年度「02024」は「2024」と書いてください。", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ATabInIndentation_IsReportedWhereItIs()
    {
        _temp.Replace("measures/m002.yaml", "\n    offices: 文部科学省", "\n\t  offices: 文部科学省");

        var run = Cli("check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Location("measures/m002.yaml", 15, 1) + "error: 字下げにタブ文字が使われています。", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AControlCharacterInAValue_IsAnError_AtTheValue()
    {
        _temp.Replace("measures/m001.yaml", "title: 人材の育成", "title: \"人材\\e[2Jの育成\"");

        var run = Cli("check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Location("measures/m001.yaml", 5, 8) + "error: 値に制御文字または不正な文字（U+001B）が含まれています（3 文字目）。", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ControlAndBidiCharacters_AreNeverPrintedRaw()
    {
        _temp.Replace("measures/m001.yaml", "id: m001", "id: \"m\\u202Eab\"");
        _temp.Write("measures/m\u001b[2J.yaml", "id: [");

        var run = Cli("check");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Stderr);
        Assert.DoesNotContain('\u202e', run.Stderr);
        Assert.Contains("「m\\u202Eab」", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("/measures/m\\u001B[2J.yaml:", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void APublishedChange_PointsAtTheChangedValue()
    {
        _temp.Replace("editions/2024.yaml", "date: 2024-03-12\n", "meeting: テスト用の検討会\ndate: 2024-03-12\n");
        Assert.Equal(0, Cli("publish", "--edition", "2024").ExitCode);
        _temp.Replace("measures/m001.yaml", "offices: 厚労省医療機器政策室（経済産業省医福室）", "offices: 厚労省医療機器政策室");

        var run = Cli("check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Location("measures/m001.yaml", 15, 14) + "error: この欄（2024: の offices:、担当）は公表済みの版「2024」に印刷された内容と違います。", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello\nworld\n")]
    [InlineData("\u0001\u0002\u00ff\ufffd")]
    public void ImportOfATextThatIsNoSeed_NamesTheFile_AndWritesNothing(string text)
    {
        var seed = Path.Combine(_temp.Root, "seed.txt");
        File.WriteAllText(seed, text);
        var target = Path.Combine(_temp.Root, "imported");

        var run = CliRun.Of("import", seed, "--date", "2024-03-12", "--content", target);

        Assert.Equal(1, run.ExitCode);
        AssertNoInternalError(run);
        Assert.StartsWith(seed + ":1:1: error: 原資料のテキストとして読めません", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));
    }
}
