using System.Diagnostics;
using ReportGen.Cli.Tests.Support;

namespace ReportGen.Cli.Tests;

/// <summary><c>reportgen diff</c>: two editions, or a git revision against the working tree, into diff.md, diff.html and diff.pdf.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("reportgen-diff-test-");

    public void Dispose() => _temp.Delete(recursive: true);

    private string Out => Path.Combine(_temp.FullName, "out");

    private static string Fixture => Repo.Fixture("edition-2025");

    [Fact]
    public void Diff_OfTwoEditions_WritesTheMarkdownHtmlAndPdf_AndPrintsTheCounts()
    {
        var run = CliRun.Of("diff", "--from", "2024", "--to", "2025", "--content", Fixture, "--out", Out);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["diff.html", "diff.md", "diff.pdf"], Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(Path.Combine(Out, "diff.pdf"))[..5]);
        Assert.Contains("施策 追加 1・削除 1・移動 1・変更 10、目標 追加 0・削除 0・名称変更 1", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("予算の変化 3 件", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("diff.md、", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(_temp.FullName, "out.tmp-*"));
    }

    [Fact]
    public void Diff_PutsTheNewSideLeft_UnlessAskedForTheOldSide()
    {
        Assert.Equal(0, CliRun.Of("diff", "--from", "2024", "--to", "2025", "--content", Fixture, "--out", Out).ExitCode);
        var newLeft = File.ReadAllText(Path.Combine(Out, "diff.html"));
        Assert.Equal(0, CliRun.Of("diff", "--from", "2024", "--to", "2025", "--content", Fixture, "--out", Out, "--old-left").ExitCode);
        var oldLeft = File.ReadAllText(Path.Combine(Out, "diff.html"));

        Assert.Contains("<thead><tr><th scope=\"col\">改正後</th><th scope=\"col\">改正前</th></tr></thead>", newLeft, StringComparison.Ordinal);
        Assert.Contains("<thead><tr><th scope=\"col\">改正前</th><th scope=\"col\">改正後</th></tr></thead>", oldLeft, StringComparison.Ordinal);
    }

    [Fact]
    public void DiffBase_ReportsExactlyTheEditMadeSinceTheRevision()
    {
        var content = CommittedContent();
        var measure = Path.Combine(content, "measures", "m001.yaml");
        File.WriteAllText(measure, File.ReadAllText(measure).Replace("拠点整備を進める。", "拠点整備を加速する。", StringComparison.Ordinal));

        var run = CliRun.Of("diff", "--base", "HEAD", "--content", content, "--out", Out);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("HEAD（変更前） の 2024 → この変更（変更後） の 2024: ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("施策 追加 0・削除 0・移動 0・変更 1、", run.Stdout, StringComparison.Ordinal);
        var markdown = File.ReadAllText(Path.Combine(Out, "diff.md"));
        Assert.Contains("- 引き続き拠点整備を<del>進める</del><ins>加速する</ins>。", markdown, StringComparison.Ordinal);
        var table = File.ReadAllText(Path.Combine(Out, "diff.html")).Split("<div class=\"view view-inline\">")[0];
        Assert.Equal(1, table.Split("<ins>").Length - 1);
        Assert.Equal(1, table.Split("<del>").Length - 1);
        Assert.Contains("拠点整備を<ins>加速する</ins>。", table, StringComparison.Ordinal);
    }

    [Fact]
    public void DiffBase_OfAnUnchangedTree_SaysNothingChanged()
    {
        var content = CommittedContent();

        var run = CliRun.Of("diff", "--base", "HEAD", "--content", content, "--out", Out);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("施策 追加 0・削除 0・移動 0・変更 0", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("表に変更はありません。", File.ReadAllText(Path.Combine(Out, "diff.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("diff")]
    [InlineData("diff", "--from", "2024")]
    [InlineData("diff", "--to", "2025")]
    public void Diff_WithoutTwoEditionsOrABase_ExitsTwo_WithAnExample(params string[] args)
    {
        var run = CliRun.Of([.. args, "--content", Fixture, "--out", Out]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("reportgen diff --from 2024 --to 2025", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Diff_OfAnUnknownEdition_ExitsTwo_NamingTheEditionsThereAre()
    {
        var run = CliRun.Of("diff", "--from", "1999", "--to", "2025", "--content", Fixture, "--out", Out);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("ある版: 2024, 2025", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void DiffBase_OfAnUnknownRevision_ExitsTwo_NamingIt()
    {
        var content = CommittedContent();

        var run = CliRun.Of("diff", "--base", "no-such-branch", "--content", content, "--out", Out);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-branch", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void AFailedDiff_KeepsThePreviousOutput_AndLeavesNoStagingFolder()
    {
        Assert.Equal(0, CliRun.Of("diff", "--from", "2024", "--to", "2025", "--content", Fixture, "--out", Out).ExitCode);
        var before = Directory.GetFiles(Out).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var content = Path.Combine(_temp.FullName, "content");
        TempContent.CopyDirectory(Fixture, content);
        var edition = Path.Combine(content, "editions", "2025.yaml");
        File.WriteAllText(edition, File.ReadAllText(edition).Replace("gothic: BIZ UDGothic", "gothic: Nonexistent Gothic W9", StringComparison.Ordinal).Replace("令和７年度", "令和７年度（改）", StringComparison.Ordinal));

        var run = CliRun.Of("diff", "--from", "2024", "--to", "2025", "--content", content, "--out", Out);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before, Directory.GetFiles(Out).Order(StringComparer.Ordinal).Select(File.ReadAllBytes));
        Assert.Empty(Directory.GetDirectories(_temp.FullName, "out.tmp-*"));
    }

    /// <summary>A new git repository with the minimal content committed in <c>content/</c>; returns that folder.</summary>
    [Fact]
    public void Diff_WithAFontThatIsNotInstalled_SaysWhichFont_AndWritesNothing()
    {
        var content = Path.Combine(_temp.FullName, "content");
        TempContent.CopyDirectory(Fixture, content);
        var edition = Path.Combine(content, "editions", "2025.yaml");
        File.WriteAllText(edition, File.ReadAllText(edition).Replace("gothic: BIZ UDGothic", "gothic: Nonexistent Gothic W9", StringComparison.Ordinal));

        var run = CliRun.Of("diff", "--from", "2024", "--to", "2025", "--content", content, "--out", Out);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("フォント「Nonexistent Gothic W9」が見つかりません。", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("内部エラー", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    private string CommittedContent(string? from = null, params string[] cliBeforeCommit)
    {
        var repo = Directory.CreateDirectory(Path.Combine(_temp.FullName, "repo")).FullName;
        var content = Path.Combine(repo, "content");
        TempContent.CopyDirectory(from ?? Repo.Fixture("minimal-content"), content);
        if (cliBeforeCommit.Length > 0)
        {
            Assert.Equal(0, CliRun.Of([.. cliBeforeCommit, "--content", content]).ExitCode);
        }

        Git(repo, "init", "--quiet");
        Git(repo, "add", "content");
        Git(repo, "-c", "user.name=ReportGen Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", "commit", "--quiet", "-m", "content");
        return content;
    }

    [Fact]
    public void AReviewOfOneFilledCell_ShowsThatChange_ItsBudget_AndTheProgress_AndLittleElse()
    {
        var content = CommittedContent(Repo.Content, "new-year", "--date", "2025-03-14");
        var measure = Path.Combine(content, "measures", "m004.yaml");
        var text = File.ReadAllText(measure);
        File.WriteAllText(measure, text.Replace("  2024:\n    results: \"\"", "  2024:\n    results: |\n      - 「官民による若手研究者発掘支援事業（令和6年度予算：13億円）」を通じて、若手研究者を支援した。", StringComparison.Ordinal));

        var run = CliRun.Of("diff", "--base", "HEAD", "--content", content, "--out", Out);

        Assert.Equal(0, run.ExitCode);
        var md = File.ReadAllText(Path.Combine(Out, "diff.md"));
        Assert.StartsWith("## 変更の概要: HEAD（変更前） の 2025", md, StringComparison.Ordinal);
        Assert.Contains("→ この変更（変更後） の 2025", md, StringComparison.Ordinal);
        Assert.Contains("- 令和６年度の実績・状況: 記入済み 1 / 60 施策\n", md, StringComparison.Ordinal);
        Assert.Contains("| 官民による若手研究者発掘支援事業 | 令和６年度 | – | 13億円（予算） |", md, StringComparison.Ordinal);
        Assert.Equal(1, md.Split("| 官民による若手研究者発掘支援事業 |").Length - 1);
        Assert.DoesNotContain("`m001`", md, StringComparison.Ordinal);
        Assert.True(md.Length < 5_000, $"diff.md of one cell is {md.Length} characters");
        Assert.Contains("令和６年度の予定 4 件のうち", run.Stdout, StringComparison.Ordinal);
    }

    private static void Git(string workingDir, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = workingDir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test must not depend on the machine's git configuration (hooks, templates, default branch messages).
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error}");
    }
}
