using ReportGen.Cli.Tests.Support;

namespace ReportGen.Cli.Tests;

/// <summary>What the commands share: one message for an edition that is not there, and one <c>--templates</c> option.</summary>
public sealed class CommandSupportTests : IDisposable
{
    private readonly TempContent _temp = TempContent.Minimal();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void AnEditionThatIsNotThere_IsNamedAlike_ByEveryCommandThatTakesOne()
    {
        var runs = new[]
        {
            CliRun.Of("build", "--edition", "1999", "--content", _temp.Content, "--out", Path.Combine(_temp.Root, "out"), "--templates", Repo.Templates),
            CliRun.Of("diff", "--from", "1999", "--to", "2024", "--content", _temp.Content, "--out", Path.Combine(_temp.Root, "diff")),
            CliRun.Of("publish", "--edition", "1999", "--content", _temp.Content),
            CliRun.Of("correct", "--edition", "1999", "--wrong", "連携", "--right", "協力", "--note", "誤記", "--date", "2024-04-01", "--content", _temp.Content),
        };

        Assert.All(runs, run => Assert.Contains("reportgen: 版「1999」がありません。ある版: 2024\n", run.Stderr, StringComparison.Ordinal));
        Assert.Equal([ExitCodes.Usage, ExitCodes.Usage, ExitCodes.Problems, ExitCodes.Problems], runs.Select(r => r.ExitCode));
        Assert.False(Directory.Exists(Path.Combine(_temp.Root, "out")));
        Assert.False(Directory.Exists(Path.Combine(_temp.Root, "diff")));
    }

    [Fact]
    public void BuildAndServe_DescribeTheirTemplatesAlike()
    {
        static string Help(string command) => string.Concat(CliRun.Of(command, "--help").Stdout.Where(c => !char.IsWhiteSpace(c)));

        const string Description = "サイトのテンプレート（既定:templates）。内容フォルダのtemplates/にある同名のファイルが優先される";
        Assert.Contains(Description, Help("build"), StringComparison.Ordinal);
        Assert.Contains(Description, Help("serve"), StringComparison.Ordinal);
    }
}
