using System.Diagnostics;
using System.Security.Cryptography;
using ReportGen.Cli;

namespace ReportGen.Xlsx.Tests.Support;

/// <summary>What <c>reportgen</c> printed and returned.</summary>
public sealed record Run(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// A git repository around a <see cref="TempContent"/> copy of a content fixture, committed, so a test can run the CLI on
/// it and ask git what changed. Removed after the test.
/// </summary>
public sealed class Workspace : IDisposable
{
    private readonly TempContent _temp;

    public Workspace(string? fixture = null)
    {
        _temp = TempContent.Of(fixture ?? Repo.Fixture("edition-2025"), "reportgen-xlsx-");
        Git("init", "--quiet");
        Commit("content");
    }

    /// <summary>Commits everything in the content folder, as the secretariat would between export and import.</summary>
    public void Commit(string message)
    {
        Git("add", "-A", "content");
        Git("-c", "user.name=ReportGen Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", "commit", "--quiet", "-m", message);
    }

    public string Root => _temp.Root;

    public string Content => _temp.Content;

    public string Out => Path.Combine(Root, "out");

    /// <summary>A workbook committed beside the tests (see Fixtures/make-fixtures.sh).</summary>
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public Run Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run([.. args, "--content", Content], stdout, stderr);
        return new Run(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary><c>git status --porcelain</c> of the content: empty when nothing changed.</summary>
    public string Status() => Git("status", "--porcelain", "--", "content");

    public string Diff() => Git("diff", "--", "content");

    public string PathOf(string relative) => _temp.PathOf(relative);

    public void Replace(string relative, string oldText, string newText) => _temp.Replace(relative, oldText, newText);

    /// <summary>Writes bytes as a workbook file in the workspace and returns its path.</summary>
    public string Workbook(string name, byte[] bytes)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static string Sha256(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    public string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error}");
        return output;
    }

    public void Dispose() => _temp.Dispose();
}
