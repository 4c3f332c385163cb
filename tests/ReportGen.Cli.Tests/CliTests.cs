using System.Text.Json;
using ReportGen.Cli.Tests.Support;

namespace ReportGen.Cli.Tests;

/// <summary>The command line itself: usage errors, export and import.</summary>
public class CliTests
{
    [Theory]
    [InlineData("nonsense")]
    [InlineData("check", "--no-such-option")]
    [InlineData("export")]
    public void BadUsage_ExitsTwo_WithAHint(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("reportgen --help", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheVersion_AndTheCommitItWasBuiltFrom()
    {
        var run = CliRun.Of("--version");

        Assert.Equal(0, run.ExitCode);
        var head = Git("rev-parse", "HEAD");
        Assert.Matches(@"^reportgen \d+\.\d+\.\d+ \(commit [0-9a-f]{40}\)$", run.Stdout.Trim());
        Assert.EndsWith($"(commit {head})", run.Stdout.Trim(), StringComparison.Ordinal);
    }

    private static string Git(params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = Repo.Root, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var git = System.Diagnostics.Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
        return output;
    }

    [Fact]
    public void Help_ExitsZero_AndListsTheCommands()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("check", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("import", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("export", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportJson_WritesTheModel_WithTheExpectedTopLevelKeys()
    {
        var run = CliRun.Of("export", "json", "--content", Repo.Content);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        foreach (var key in new[] { "editions", "sections", "goals", "measures" })
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty(key).ValueKind);
        }

        var measures = root.GetProperty("measures").EnumerateArray().ToList();
        Assert.Equal(60, measures.Count);
        Assert.All(measures, m =>
        {
            Assert.False(string.IsNullOrEmpty(m.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrEmpty(m.GetProperty("title").GetString()));
        });
        Assert.Equal("m001", measures[0].GetProperty("id").GetString());
    }

    [Fact]
    public void ExportJson_IsTheSame_OnEveryRun()
    {
        var first = CliRun.Of("export", "json", "--content", Repo.Content).Stdout;
        var second = CliRun.Of("export", "json", "--content", Repo.Content).Stdout;

        Assert.Equal(first, second);
    }

    [Fact]
    public void ExportJson_OfBrokenContent_PrintsNothingOnStdout_AndExitsOne()
    {
        using var temp = TempContent.Minimal();
        temp.Replace("measures/m001.yaml", "goal: g01", "goal: g77");

        var run = CliRun.Of("export", "json", "--content", temp.Content);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains("g77", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WritesContentThatChecksClean()
    {
        using var temp = TempContent.Minimal();
        var target = Path.Combine(temp.Root, "imported");

        var run = CliRun.Of("import", Repo.Seed, "--content", target, "--date", "2024-03-12");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(60, Directory.GetFiles(Path.Combine(target, "measures")).Length);
        Assert.Equal(0, CliRun.Of("check", "--content", target).ExitCode);
    }

    [Fact]
    public void Import_RefusesToOverwriteContent_WithoutForce()
    {
        using var temp = TempContent.Minimal();
        var before = temp.Read("measures/m001.yaml");

        var run = CliRun.Of("import", Repo.Seed, "--content", temp.Content, "--date", "2024-03-12");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--force", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, temp.Read("measures/m001.yaml"));
    }

    [Fact]
    public void ImportWithForce_KeepsAcceptedWarnings_AndRefusesAFolderWithPublishedRecords()
    {
        using var temp = TempContent.Real();
        var record = temp.Read("editions/2024.published.json");

        var refused = CliRun.Of("import", Repo.Seed, "--content", temp.Content, "--date", "2024-03-12", "--force");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("公表済みの版の記録（2024.published.json）があるため置き換えません", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(record, temp.Read("editions/2024.published.json"));

        File.Move(temp.PathOf("editions/2024.published.json"), Path.Combine(temp.Root, "2024.published.json"));
        var known = temp.Read("known-warnings.txt");
        var replaced = CliRun.Of("import", Repo.Seed, "--content", temp.Content, "--date", "2024-03-12", "--force");

        Assert.Equal(0, replaced.ExitCode);
        Assert.Equal(known, temp.Read("known-warnings.txt"));
    }

    [Fact]
    public void Import_WithABadDate_ExitsTwo()
    {
        using var temp = TempContent.Minimal();

        var run = CliRun.Of("import", Repo.Seed, "--content", Path.Combine(temp.Root, "x"), "--date", "令和6年3月12日");

        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(temp.Root, "x")));
    }
}
