using System.Diagnostics;
using System.Text.RegularExpressions;
using ReportGen.Cli.Tests.Support;

namespace ReportGen.Cli.Tests;

/// <summary>
/// <c>kill -9</c> at four points of a 3,000-measure build (the real content cloned 50 times): afterwards the output
/// folder holds the previous build or the new one, whole, and the next build clears what the killed one left.
/// </summary>
public sealed partial class KillDuringBuildTests : IDisposable
{
    private const int Copies = 50;

    private readonly string _root = Directory.CreateTempSubdirectory("reportgen-kill-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Content => Path.Combine(_root, "content");

    private string Out => Path.Combine(_root, "out");

    private string Store => Path.Combine(Out, ".reportgen-build");

    [Fact]
    public async Task KilledAtAnyPoint_TheOutputIsTheOldBuildOrTheNewOne_Whole()
    {
        GenerateLargeContent();
        Assert.Equal(0, (await Build()).ExitCode);
        var oldOutput = Tree.Hash(Out);
        var oldGeneration = Path.Combine(Store, new FileInfo(Path.Combine(Store, "current")).LinkTarget!);
        var edition = Path.Combine(Content, "editions", "2024.yaml");
        File.WriteAllText(edition, TitleLine().Replace(File.ReadAllText(edition), "title: 書き換えた表題", 1));

        var killPoints = new (string Name, Func<bool> Reached)[]
        {
            ("while loading the content", () => true),
            ("while rendering the PDF", () => NewGenerations().Any()),
            ("half way through the site", () => NewGenerations().Any(g => CountFiles(Path.Combine(g, "site", "measures")) > 1500)),
            ("while removing the previous build", () => !Directory.Exists(Path.Combine(oldGeneration, "site", "measures")) || new FileInfo(Path.Combine(Store, "current")).LinkTarget != Path.GetFileName(oldGeneration)),
        };

        var seen = new List<(string Point, string Output)>();
        foreach (var (name, reached) in killPoints)
        {
            _before = Generations();
            var killed = await KillWhen(reached, name == killPoints[0].Name ? TimeSpan.FromMilliseconds(400) : TimeSpan.Zero);
            Assert.True(killed, $"the build finished before it could be killed {name}");
            seen.Add((name, Tree.Hash(Out)));
        }

        Assert.Equal(0, (await Build()).ExitCode);
        var newOutput = Tree.Hash(Out);

        Assert.NotEqual(oldOutput, newOutput);
        Assert.All(seen, s => Assert.True(s.Output == oldOutput || s.Output == newOutput, $"killed {s.Point}: the output is neither build"));
        Assert.Equal(oldOutput, seen[2].Output);
        Assert.Equal(newOutput, seen[^1].Output);
        Assert.Single(Directory.GetDirectories(Store, "gen-*"));
    }

    /// <summary>Starts a build and kills it (SIGKILL) once <paramref name="reached"/> holds; false if it ended first.</summary>
    private async Task<bool> KillWhen(Func<bool> reached, TimeSpan delay)
    {
        using var process = ReportGenProcess.Start("build", "--content", Content, "--out", Out, "--templates", Repo.Templates);
        var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await Task.Delay(delay);
        var deadline = Stopwatch.StartNew();
        while (!process.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (reached())
            {
                process.Kill();
                await process.WaitForExitAsync();
                await drain;
                return process.ExitCode != 0;
            }

            await Task.Delay(2);
        }

        await process.WaitForExitAsync();
        await drain;
        return false;
    }

    /// <summary>Generation folders there before the build being killed started, left by earlier kills or current.</summary>
    private HashSet<string> _before = [];

    private HashSet<string> Generations() => Directory.Exists(Store) ? [.. Directory.EnumerateDirectories(Store, "gen-*")] : [];

    private IEnumerable<string> NewGenerations() => Generations().Where(g => !_before.Contains(g));

    private static int CountFiles(string dir) => Directory.Exists(dir) ? Directory.EnumerateFiles(dir).Count() : 0;

    private Task<CliRun> Build() => ReportGenProcess.RunAsync("build", "--content", Content, "--out", Out, "--templates", Repo.Templates);

    /// <summary>The real content with every measure cloned under new ids, and no publication record (it would differ).</summary>
    private void GenerateLargeContent()
    {
        TempContent.CopyDirectory(Repo.Content, Content);

        // The edition is built as a draft, from the measures, so that 50 times the measures make 50 times the table.
        var record = Path.Combine(Content, "editions", "2024.published.json");
        var view = ReportGen.Editions.EditionRecord.Read(File.ReadAllText(record), ReportGen.Model.SourceRef.None);
        File.Delete(record);
        File.WriteAllText(Path.Combine(Content, "editions", "2024.yaml"), ReportGen.Content.ContentWriter.WriteEdition(view.Edition with { Published = null }));

        foreach (var file in Directory.GetFiles(Path.Combine(Content, "measures"), "*.yaml"))
        {
            var yaml = File.ReadAllText(file);
            for (var copy = 1; copy < Copies; copy++)
            {
                var clone = IdLine().Replace(yaml, m => $"id: {m.Groups[1].Value}-c{copy}", 1);
                File.WriteAllText(file[..^5] + $"-c{copy}.yaml", clone);
            }
        }

        Assert.Equal(60 * Copies, Directory.GetFiles(Path.Combine(Content, "measures"), "*.yaml").Length);
    }

    [GeneratedRegex("^id: (m[0-9]+)$", RegexOptions.Multiline)]
    private static partial Regex IdLine();

    [GeneratedRegex("^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
