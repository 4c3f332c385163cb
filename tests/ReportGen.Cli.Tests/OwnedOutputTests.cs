using System.Diagnostics;
using ReportGen.Cli.Output;
using ReportGen.Cli.Tests.Support;

namespace ReportGen.Cli.Tests;

/// <summary>
/// The output folder of <c>reportgen build</c> holds one whole build at any moment, and the build deletes or replaces
/// only what an earlier build wrote.
/// </summary>
public sealed class OwnedOutputTests : IDisposable
{
    private readonly TempContent _temp = TempContent.Minimal();

    public void Dispose() => _temp.Dispose();

    private string Out => Path.Combine(_temp.Root, "out");

    private string Store => Path.Combine(Out, ".reportgen-build");

    private CliRun Build(string? outDir = null) =>
        CliRun.Of("build", "--content", _temp.Content, "--out", outDir ?? Out, "--templates", Repo.Templates);

    [Fact]
    public void ASecondBuild_ReplacesTheFirst_AndKeepsOneGeneration()
    {
        Assert.Equal(0, Build().ExitCode);
        _temp.Replace("editions/2024.yaml", "title: テスト用の取組状況", "title: 二回目の取組状況");

        var run = Build();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("二回目の取組状況", File.ReadAllText(Path.Combine(Out, "site", "index.html")), StringComparison.Ordinal);
        Assert.Single(Directory.GetDirectories(Store, "gen-*"));
        Assert.Equal(["2024.pdf", "site"], Directory.GetFileSystemEntries(Out).Select(Path.GetFileName).Where(n => n![0] != '.').Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ASecondBuild_TakesUnchangedPagesOverFromTheFirst_AndWritesChangedPagesAnew()
    {
        Assert.Equal(0, Build().ExitCode);
        var site = Path.Combine(Out, "site");
        string Page(string name) => Path.Combine(site, "measures", name + ".html");
        var (changed, unchanged) = (Inode(Page("m001")), Inode(Page("m002")));
        _temp.Replace("measures/m001.yaml", "人材の育成に取り組む。", "人材の育成に力を入れる。");

        Assert.Equal(0, Build().ExitCode);

        Assert.Equal(unchanged, Inode(Page("m002")));
        Assert.NotEqual(changed, Inode(Page("m001")));
        Assert.Contains("力を入れる", File.ReadAllText(Page("m001")), StringComparison.Ordinal);
        var fresh = Path.Combine(_temp.Root, "fresh");
        Assert.Equal(0, Build(fresh).ExitCode);
        Assert.Equal(Tree.Hash(fresh), Tree.Hash(Out));
    }

    [Theory]
    [InlineData(".reportgen-build")]
    [InlineData(".reportgen-build/lock")]
    [InlineData(".reportgen-build/manifest.json")]
    public void AStoreLockOrManifestThatIsALink_IsRefused_AndNothingItPointsAtIsTouched(string name)
    {
        var outside = Path.Combine(_temp.Root, "outside");
        Directory.CreateDirectory(Path.Combine(outside, "gen-keep"));
        File.WriteAllText(Path.Combine(outside, "gen-keep", "data"), "precious");
        File.WriteAllText(Path.Combine(outside, "manifest.json"), "{}");
        if (name == ".reportgen-build")
        {
            Directory.CreateDirectory(Out);
            Directory.CreateSymbolicLink(Store, outside);
        }
        else
        {
            Directory.CreateDirectory(Store);
            File.CreateSymbolicLink(Path.Combine(Out, name), Path.Combine(outside, "manifest.json"));
        }

        var run = Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ではありません（リンクなど）。対処:", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("precious", File.ReadAllText(Path.Combine(outside, "gen-keep", "data")));
        Assert.Equal("{}", File.ReadAllText(Path.Combine(outside, "manifest.json")));
        Assert.Equal(["gen-keep", "manifest.json"], Directory.GetFileSystemEntries(outside).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>The file's inode number: the same file, not only the same bytes.</summary>
    private static string Inode(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-L", "-c", "%i", path]) { RedirectStandardOutput = true })!;
        var inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        Assert.Equal(0, stat.ExitCode);
        return inode;
    }

    [Fact]
    public void FilesBesideTheBuild_AreLeftAlone()
    {
        Directory.CreateDirectory(Path.Combine(Out, "diff"));
        File.WriteAllText(Path.Combine(Out, "report.json"), "{}");
        File.WriteAllText(Path.Combine(Out, "diff", "diff.md"), "# 差分");

        Assert.Equal(0, Build().ExitCode);
        Assert.Equal(0, Build().ExitCode);

        Assert.Equal("{}", File.ReadAllText(Path.Combine(Out, "report.json")));
        Assert.Equal("# 差分", File.ReadAllText(Path.Combine(Out, "diff", "diff.md")));
    }

    [Fact]
    public void ASiteFolderTheBuildDidNotWrite_IsRefused_AndKeptWithItsFiles()
    {
        Directory.CreateDirectory(Path.Combine(Out, "site", "userdata"));
        File.WriteAllText(Path.Combine(Out, "site", "userdata", "memo.txt"), "手で置いたもの");
        File.WriteAllText(Path.Combine(Out, "2024.pdf"), "previous");

        var run = Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("site は reportgen build が作ったものではないため、置き換えません。", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("手で置いたもの", File.ReadAllText(Path.Combine(Out, "site", "userdata", "memo.txt")));
        Assert.Equal("previous", File.ReadAllText(Path.Combine(Out, "2024.pdf")));
        Assert.False(Directory.Exists(Store));
    }

    [Fact]
    public void ASiteThatIsAFile_IsRefused_BeforeThePdfIsReplaced()
    {
        Assert.Equal(0, Build().ExitCode);
        var pdf = File.ReadAllBytes(Path.Combine(Out, "2024.pdf"));
        File.Delete(Path.Combine(Out, "site"));
        File.WriteAllText(Path.Combine(Out, "site"), "not a folder");

        var run = Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(pdf, File.ReadAllBytes(Path.Combine(Out, "2024.pdf")));
        Assert.Equal("not a folder", File.ReadAllText(Path.Combine(Out, "site")));
    }

    [Fact]
    public void AFailedBuild_KeepsThePreviousOutputWhole()
    {
        Assert.Equal(0, Build().ExitCode);
        var before = Tree.Hash(Out);
        var templates = Path.Combine(_temp.Content, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "index.html.sbn"), "<p>{{ if }}</p>\n");

        var run = Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before, Tree.Hash(Out));
        Assert.Single(Directory.GetDirectories(Store, "gen-*"));
    }

    [Fact]
    public void AFailedFirstBuildIntoANewNestedFolder_LeavesNoFolderBehind()
    {
        var templates = Path.Combine(_temp.Content, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "index.html.sbn"), "<p>{{ if }}</p>\n");
        var beside = Path.Combine(_temp.Root, "deep", "kept");

        var run = Build(Path.Combine(_temp.Root, "new", "a", "b"));
        Directory.CreateDirectory(beside);
        var second = Build(Path.Combine(_temp.Root, "deep", "a", "b"));

        Assert.Equal(1, run.ExitCode);
        Assert.False(Path.Exists(Path.Combine(_temp.Root, "new")));
        Assert.Equal(1, second.ExitCode);
        Assert.Equal(["kept"], Directory.GetFileSystemEntries(Path.Combine(_temp.Root, "deep")).Select(Path.GetFileName));
    }

    [Fact]
    public void TheGenerationOfAKilledBuild_IsRemovedByTheNextBuild()
    {
        Assert.Equal(0, Build().ExitCode);
        var leftover = Directory.CreateDirectory(Path.Combine(Store, "gen-20000101000000000-1")).FullName;
        File.WriteAllText(Path.Combine(leftover, "2024.pdf"), "half");

        Assert.Equal(0, Build().ExitCode);

        Assert.False(Directory.Exists(leftover));
        Assert.Single(Directory.GetDirectories(Store, "gen-*"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void AnEmptyOutputFolder_IsABadOption_NotAnInternalError(string outDir)
    {
        var run = Build(outDir);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("出力先（--out）が空です。", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("内部エラー", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFileSystemRoot_IsRefused()
    {
        var run = Build("/");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("出力先 / には書き込みません（ファイルシステムの最上位です）。", run.Stderr, StringComparison.Ordinal);
        Assert.False(Path.Exists("/site"));
    }

    [Fact]
    public void ARepositoryRoot_IsRefused()
    {
        Directory.CreateDirectory(Path.Combine(_temp.Root, ".git"));

        var run = Build(_temp.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("リポジトリの最上位のフォルダです", run.Stderr, StringComparison.Ordinal);
        Assert.False(Path.Exists(Path.Combine(_temp.Root, "site")));
    }

    [Theory]
    [InlineData("content")]
    [InlineData("content/measures")]
    public void TheContentFolderOrAFolderInIt_IsRefused(string relative)
    {
        var before = Tree.Hash(_temp.Content);

        var run = Build(Path.Combine(_temp.Root, relative));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("内容またはテンプレートのフォルダ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, Tree.Hash(_temp.Content));
    }

    /// <summary>A link must not carry the build into a folder it refuses by name: the checks follow links.</summary>
    [Theory]
    [InlineData("out-link", "content")]
    [InlineData("out-link/measures", "content")]
    [InlineData("out-link", "repo")]
    public void AnOutputFolderReachedThroughALink_IsRefusedLikeTheFolderItself(string outDir, string linkedTo)
    {
        var repo = Directory.CreateDirectory(Path.Combine(_temp.Root, "repo", ".git")).Parent!.FullName;
        var target = linkedTo == "repo" ? repo : _temp.Content;
        Directory.CreateSymbolicLink(Path.Combine(_temp.Root, "out-link"), target);
        var before = Tree.Hash(target);

        var run = Build(Path.Combine(_temp.Root, outDir));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(linkedTo == "repo" ? "リポジトリの最上位のフォルダです" : "内容またはテンプレートのフォルダ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, Tree.Hash(target));
        Assert.False(Path.Exists(Path.Combine(target, ".reportgen-build")));
    }

    /// <summary>
    /// The folder checked is the folder written: a link in --out pointed at the content while the build waits for the
    /// lock does not carry the writes there.
    /// </summary>
    [Fact]
    public async Task ALinkPointedElsewhereWhileTheBuildWaits_DoesNotCarryTheWritesWithIt()
    {
        var first = Directory.CreateDirectory(Path.Combine(_temp.Root, "o1")).FullName;
        var link = Path.Combine(_temp.Root, "L");
        Directory.CreateSymbolicLink(link, first);
        Assert.Equal(0, Build(link).ExitCode);
        var before = Tree.Hash(_temp.Content);
        var held = new FileStream(Path.Combine(first, ".reportgen-build", "lock"), FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        using var build = ReportGenProcess.Start("build", "--content", _temp.Content, "--out", link, "--templates", Repo.Templates);
        var stderr = build.StandardError.ReadToEndAsync();
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.False(build.HasExited);
            File.Delete(link);
            Directory.CreateSymbolicLink(link, _temp.Content);
        }
        finally
        {
            held.Dispose();
        }

        await build.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(build.ExitCode == 0, await stderr);
        Assert.Equal(before, Tree.Hash(_temp.Content));
        Assert.False(Path.Exists(Path.Combine(_temp.Content, ".reportgen-build")));
        Assert.Single(Directory.GetDirectories(Path.Combine(first, ".reportgen-build"), "gen-*"));
    }

    [Fact]
    public void TheReportsOwnTemplatesFolder_ALinkToAFolderOutside_IsGuardedToo()
    {
        var outside = Directory.CreateDirectory(Path.Combine(_temp.Root, "tpl")).FullName;
        File.Copy(Path.Combine(Repo.Templates, "index.html.sbn"), Path.Combine(outside, "index.html.sbn"));
        Directory.CreateSymbolicLink(Path.Combine(_temp.Content, "templates"), outside);

        var run = Build(outside);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("内容またはテンプレートのフォルダ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(["index.html.sbn"], Directory.GetFileSystemEntries(outside).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("repo/.git", "git が管理するフォルダです")]
    [InlineData("bare.git", "git が管理するフォルダです")]
    [InlineData("out/.reportgen-build", "別の build の出力の中です")]
    [InlineData("out/site/nested", "別の build の出力の中です")]
    public void GitsOwnFoldersAndAnotherBuildsOutput_AreRefused(string relative, string reason)
    {
        Directory.CreateDirectory(Path.Combine(_temp.Root, "repo", ".git"));
        var bare = Directory.CreateDirectory(Path.Combine(_temp.Root, "bare.git")).FullName;
        File.WriteAllText(Path.Combine(bare, "HEAD"), "ref: refs/heads/main\n");
        Directory.CreateDirectory(Path.Combine(bare, "objects"));
        Directory.CreateDirectory(Path.Combine(bare, "refs"));
        Assert.Equal(0, Build().ExitCode);
        var before = Tree.Hash(_temp.Root);

        var run = Build(Path.Combine(_temp.Root, relative));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(reason, run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, Tree.Hash(_temp.Root));
    }

    /// <summary>The summary printed after the switch is not the build: a full or closed output does not fail it.</summary>
    [Theory]
    [InlineData("> /dev/full")]
    [InlineData(">&-")]
    public async Task AnOutputThatCannotBeWritten_AfterTheSwitch_DoesNotFailTheBuild(string redirect)
    {
        string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
        var command = $"exec dotnet exec {Quote(ReportGenProcess.Dll)} build --content {Quote(_temp.Content)} --out {Quote(Out)} --templates {Quote(Repo.Templates)} {redirect}";
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", command]) { RedirectStandardError = true })!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, stderr);
        Assert.True(File.Exists(Path.Combine(Out, "site", "index.html")));
    }

    [Fact]
    public void ContentGivenThroughALink_StillGuardsTheRealContentFolder()
    {
        var link = Path.Combine(_temp.Root, "content-link");
        Directory.CreateSymbolicLink(link, _temp.Content);
        var before = Tree.Hash(_temp.Content);

        var run = CliRun.Of("build", "--content", link, "--out", _temp.Content, "--templates", Repo.Templates);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("内容またはテンプレートのフォルダ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, Tree.Hash(_temp.Content));
    }

    [Fact]
    public void AfterTheStoreIsDeletedAsTheMessagesSay_TheNextBuildSucceeds()
    {
        Assert.Equal(0, Build().ExitCode);
        Directory.Delete(Store, recursive: true);

        var run = Build();

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.True(File.Exists(Path.Combine(Out, "site", "index.html")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Out, "2024.pdf")), File.ReadAllBytes(Path.Combine(Out, "site", "pdf", "2024.pdf")));
    }

    [Fact]
    public void ALinkLeftHalfSwitchedByAKilledBuild_IsRemoved_AndAUsersFileNamedLikeItIsKept()
    {
        Assert.Equal(0, Build().ExitCode);
        var halfSwitched = Path.Combine(Out, "site.tmp-4242");
        File.CreateSymbolicLink(halfSwitched, ".reportgen-build/current/site");
        var users = Path.Combine(Out, "notes.tmp-1");
        File.WriteAllText(users, "mine");

        Assert.Equal(0, Build().ExitCode);

        Assert.Equal(ReportGen.Content.FileKind.Missing, ReportGen.Content.FileKinds.Of(halfSwitched, followLinks: false));
        Assert.Equal("mine", File.ReadAllText(users));
    }

    [Fact]
    public void ControlCharactersInTheOutputFolder_AreShownEscaped()
    {
        var run = Build(Path.Combine(_temp.Root, "o\u001b[31m\u202e"));

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Stdout + run.Stderr);
        Assert.DoesNotContain('\u202e', run.Stdout + run.Stderr);
        Assert.Contains("2024.pdf", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOutputFolderBeneathAFile_IsAFileErrorInJapanese_WithWhatToDo()
    {
        var file = Path.Combine(_temp.Root, "afile");
        File.WriteAllText(file, "hi");

        var run = Build(Path.Combine(file, "sub"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("reportgen: ファイルを読み書きできません（フォルダがありません）", run.ErrorLines[^2][..run.ErrorLines[^2].IndexOf(':', "reportgen: ".Length)]);
        Assert.Equal("対処: パスを確かめてください。途中にファイルがあると、その先にフォルダは作れません。", run.ErrorLines[^1]);
        Assert.Equal("hi", File.ReadAllText(file));
    }

    [Theory]
    [InlineData(28, "ディスクの空きがありません")]
    [InlineData(5, "読み書きに失敗しました")]
    public void AFullDisk_IsSaidAsSuch(int errno, string what)
    {
        Assert.Equal(what, CliApp.DescribeFileError(new IOException("No space left on device", errno)).What);
    }

    [Fact]
    public void ACurrentLinkReplacedByAFolder_IsRefused_WithWhatToDo_AndThePreviousBuildIsKept()
    {
        Assert.Equal(0, Build().ExitCode);
        var current = Path.Combine(Store, "current");
        var generation = Path.Combine(Store, new FileInfo(current).LinkTarget!);
        File.Delete(current);
        Directory.CreateDirectory(current);

        var run = Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(".reportgen-build/current が、build の作ったリンクではありません（フォルダなど）。対処:", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("内部エラー", run.Stderr, StringComparison.Ordinal);
        Assert.True(Directory.Exists(generation));
    }

    [Fact]
    public void ALinkNamedLikeAGeneration_IsRemoved_AndWhatItPointsAtIsKept()
    {
        Assert.Equal(0, Build().ExitCode);
        var outside = Directory.CreateDirectory(Path.Combine(_temp.Root, "outside")).FullName;
        File.WriteAllText(Path.Combine(outside, "data"), "precious");
        var link = Path.Combine(Store, "gen-20000101000000000-1");
        Directory.CreateSymbolicLink(link, outside);

        Assert.Equal(0, Build().ExitCode);

        Assert.Equal(ReportGen.Content.FileKind.Missing, ReportGen.Content.FileKinds.Of(link, followLinks: false));
        Assert.Equal("precious", File.ReadAllText(Path.Combine(outside, "data")));
        Assert.Single(Directory.GetFileSystemEntries(Store, "gen-*"));
    }

    [Fact]
    public void ALeftoverThatCannotBeRemoved_IsAWarningWithWhatToDo_NotAFailure()
    {
        var stderr = new StringWriter();

        OwnedOutput.TryRemove("out/.reportgen-build/gen-1", () => throw new UnauthorizedAccessException("denied"), stderr);
        OwnedOutput.TryRemove("out/.reportgen-build/gen-2", () => throw new IOException("busy"), stderr);

        Assert.Equal(
            [
                "reportgen: 警告: 前の build の残り out/.reportgen-build/gen-1 を削除できませんでした（権限がありません）。作成物には影響しません。対処: 権限を確かめて、手で削除してください。",
                "reportgen: 警告: 前の build の残り out/.reportgen-build/gen-2 を削除できませんでした（使用中か、読み取り専用か、空きがありません）。作成物には影響しません。対処: 権限を確かめて、手で削除してください。",
            ],
            stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// A first build into a new folder that fails removes the folder, lock file and all. A build that was waiting for
    /// that lock must not wait for a file that is gone: it makes the folder again and builds.
    /// </summary>
    [Fact]
    public async Task ABuildWaitingForTheLock_BuildsWhenTheFolderIsRemovedUnderIt()
    {
        Directory.CreateDirectory(Store);
        var lockPath = Path.Combine(Store, "lock");
        var held = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        using var build = ReportGenProcess.Start("build", "--content", _temp.Content, "--out", Out, "--templates", Repo.Templates);
        var stderr = build.StandardError.ReadToEndAsync();
        var stdout = build.StandardOutput.ReadToEndAsync();
        try
        {
            // The build has found the folder and is waiting for the lock.
            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.False(build.HasExited);

            // What the failing first build does: remove its folder while it still holds the lock, then let go.
            Directory.Delete(Out, recursive: true);
        }
        finally
        {
            held.Dispose();
        }

        var exited = build.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(TimeSpan.FromSeconds(60))) != exited)
        {
            build.Kill(entireProcessTree: true);
            Assert.Fail("The build still waited for the removed lock a minute later.");
        }

        Assert.True(build.ExitCode == 0, await stderr);
        Assert.Contains("別の build が", await stderr, StringComparison.Ordinal);
        Assert.Contains("2024.pdf", await stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Out, "site", "index.html")));
        Assert.True(File.Exists(Path.Combine(Store, "lock")));
    }

    [Fact]
    public async Task ConcurrentBuildsIntoOneFolder_TakeTurns_AndLeaveOneWholeBuild()
    {
        var builds = Enumerable.Range(0, 3).Select(_ => ReportGenProcess.RunAsync("build", "--content", _temp.Content, "--out", Out, "--templates", Repo.Templates)).ToList();

        var results = await Task.WhenAll(builds);

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Stderr));
        Assert.Single(Directory.GetDirectories(Store, "gen-*"));
        Assert.True(File.Exists(Path.Combine(Out, "site", "index.html")));
        Assert.True(File.Exists(Path.Combine(Out, "site", "measures", "m001.html")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Out, "2024.pdf")), File.ReadAllBytes(Path.Combine(Out, "site", "pdf", "2024.pdf")));
    }
}

/// <summary>The built <c>reportgen</c> run as its own process, as a user runs it.</summary>
internal static class ReportGenProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "reportgen.dll");

    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", ["exec", Dll, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return Process.Start(start)!;
    }

    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliRun(process.ExitCode, await stdout, await stderr);
    }
}

/// <summary>A folder's files and their contents as one value, following the build's links like a reader does.</summary>
internal static class Tree
{
    public static string Hash(string dir)
    {
        var lines = new List<string>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(dir).Where(e => !Path.GetFileName(e).StartsWith('.')).Order(StringComparer.Ordinal))
        {
            if (Directory.Exists(entry))
            {
                foreach (var file in Directory.EnumerateFiles(entry, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }).Order(StringComparer.Ordinal))
                {
                    lines.Add(Path.GetRelativePath(dir, file) + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file))));
                }
            }
            else if (File.Exists(entry))
            {
                lines.Add(Path.GetFileName(entry) + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(entry))));
            }
            else
            {
                lines.Add(Path.GetFileName(entry) + " (dangling)");
            }
        }

        return string.Join("\n", lines);
    }
}
