using System.Diagnostics;
using System.Text.RegularExpressions;
using ReportGen.Cli.Tests.Support;

namespace ReportGen.Cli.Tests.Workflows;

/// <summary>
/// GitHub cannot be reached from the machines that run these tests, so each workflow is held to the repository here:
/// it runs on a system the set-up script supports, sets up with that script, runs only commands that exist, and
/// uploads only paths that the build writes. actionlint (the Cake target Workflows) checks the rest of the syntax.
/// </summary>
public sealed partial class WorkflowTests
{
    private static readonly string SetUpScript = Path.Combine(Repo.Root, ".devcontainer", "setup-debian.sh");

    public static TheoryData<string> Files => new(Workflow.FileNames);

    /// <summary>"ID VERSION CODENAME" triples from the script's SUPPORTED_SYSTEMS list.</summary>
    private static List<(string Id, string Version, string Codename)> SupportedSystems()
    {
        var script = File.ReadAllText(SetUpScript);
        var list = SupportedList().Match(script);
        Assert.True(list.Success, "setup-debian.sh has no SUPPORTED_SYSTEMS=( … ) list");
        var systems = SupportedEntry().Matches(list.Groups[1].Value).Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)).ToList();
        Assert.NotEmpty(systems);
        return systems;
    }

    /// <summary>Whether a container image (<c>debian:bookworm</c>, <c>debian:12-slim</c>) is one of the supported systems.</summary>
    private static bool IsSupportedImage(string? image)
    {
        if (image is null || image.Split(':') is not [var name, var tag])
        {
            return false;
        }

        var release = tag.Split('-')[0];
        return SupportedSystems().Any(s => name == s.Id && (release == s.Version || release == s.Codename));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryJobThatRunsCommands_RunsInAContainerOfASupportedSystem(string file)
    {
        foreach (var job in Workflow.Load(file).Jobs.Where(j => j.RunSteps.Any()))
        {
            Assert.True(
                IsSupportedImage(job.Container),
                $"{file}: job {job.Id} runs in '{job.Container ?? "the runner itself"}', but setup-debian.sh supports only {string.Join(", ", SupportedSystems().Select(s => $"{s.Id}:{s.Codename}"))}");
        }
    }

    [Fact]
    public void TheDevContainer_IsASupportedSystem_SetUpByTheSameScript()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Repo.Root, ".devcontainer", "Dockerfile"));

        var from = FromLine().Match(dockerfile);
        Assert.True(from.Success && IsSupportedImage(from.Groups[1].Value), $"the dev container's base image '{from.Groups[1].Value}' is not a system setup-debian.sh supports");
        Assert.Matches(@"RUN\s+\S*\.devcontainer/setup-debian\.sh --sdk", dockerfile);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryJobThatBuilds_SetsUpWithTheSharedScript_AfterTheCheckoutAndBeforeBuilding(string file)
    {
        foreach (var job in Workflow.Load(file).Jobs.Where(j => j.RunSteps.Any()))
        {
            var steps = job.Steps.ToList();
            var checkout = steps.FindIndex(s => s.Uses?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true);
            var setUp = steps.FindIndex(s => s.Run?.Contains(".devcontainer/setup-debian.sh --sdk", StringComparison.Ordinal) == true);
            var firstBuild = steps.FindIndex(s => s.Run is { } run && (run.Contains("./build.sh", StringComparison.Ordinal) || run.Contains("./reportgen", StringComparison.Ordinal)));

            Assert.True(checkout >= 0, $"{file}: job {job.Id} has no checkout");
            Assert.True(setUp > checkout, $"{file}: job {job.Id} does not run .devcontainer/setup-debian.sh --sdk after the checkout");
            Assert.True(firstBuild < 0 || firstBuild > setUp, $"{file}: job {job.Id} builds before it sets up");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryCommandAJobRuns_Exists(string file)
    {
        var tasks = CakeTasks();
        foreach (var job in Workflow.Load(file).Jobs)
        {
            foreach (var step in job.RunSteps)
            {
                foreach (var command in ShellCommands.Split(step.Run!))
                {
                    var where = $"{file}: job {job.Id}, step '{step}': {string.Join(' ', command)}";
                    var program = command[0];
                    if (program.Contains('/', StringComparison.Ordinal))
                    {
                        var path = Path.Combine(Repo.Root, program);
                        Assert.True(File.Exists(path), $"{where}: {program} is not in the repository");
                        if (!OperatingSystem.IsWindows())
                        {
                            Assert.True((File.GetUnixFileMode(path) & UnixFileMode.UserExecute) != 0, $"{where}: {program} is not executable");
                        }
                    }
                    else
                    {
                        Assert.True(IsCommand(program), $"{where}: there is no command '{program}'");
                    }

                    if (program == "./build.sh")
                    {
                        var target = ValueOf(command, "--target") ?? "Default";
                        Assert.True(tasks.Contains(target), $"{where}: build.cake has no target {target} (it has {string.Join(", ", tasks)})");
                    }
                    else if (program == "./reportgen")
                    {
                        // Parsed, not run: unknown commands and options are usage errors.
                        var parsed = CliApp.Parse([.. command.Skip(1).Select(Expand)], TextWriter.Null, TextWriter.Null);
                        Assert.True(parsed.Errors.Count == 0, $"{where}: reportgen rejects the command line: {string.Join("; ", parsed.Errors.Select(e => e.Message))}");
                    }
                }
            }

            foreach (var step in job.Steps.Where(s => s.Uses is not null))
            {
                Assert.Matches(@"^[\w.-]+/[\w.-]+@v\d+$", step.Uses!);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryUploadedPath_IsOneTheJobWrites(string file)
    {
        foreach (var job in Workflow.Load(file).Jobs)
        {
            var uploads = job.Steps.Where(s => s.Uses?.StartsWith("actions/upload-", StringComparison.Ordinal) == true).ToList();
            if (uploads.Count == 0)
            {
                continue;
            }

            var sandbox = Directory.CreateTempSubdirectory("reportgen-workflow-").FullName;
            try
            {
                foreach (var step in job.Steps.Take(job.Steps.ToList().IndexOf(uploads[0])).Where(s => s.Run is not null))
                {
                    Replay(step, sandbox, $"{file}: job {job.Id}, step '{step}'");
                }

                foreach (var path in uploads.SelectMany(u => u.With["path"].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
                {
                    Assert.True(Matches(sandbox, path), $"{file}: job {job.Id} uploads {path}, which its steps do not write");
                }
            }
            finally
            {
                Directory.Delete(sandbox, recursive: true);
            }
        }
    }

    /// <summary>
    /// Does in <paramref name="sandbox"/> what a step does to the files: <c>./build.sh</c> renders the report as
    /// its Render target does, <c>./reportgen</c> runs with its outputs in the sandbox (a diff against a git base
    /// compares the two editions of a fixture instead), and a step of plain file commands runs under bash there.
    /// </summary>
    private static void Replay(WorkflowStep step, string sandbox, string where)
    {
        var commands = ShellCommands.Split(step.Run!);
        if (commands.All(c => c[0] is "mkdir" or "cp" or "mv" or "rm"))
        {
            var bash = Process.Start(new ProcessStartInfo("bash", ["-euo", "pipefail", "-c", step.Run!]) { WorkingDirectory = sandbox, RedirectStandardError = true })!;
            var error = bash.StandardError.ReadToEnd();
            bash.WaitForExit();
            Assert.True(bash.ExitCode == 0, $"{where}: failed after the build: {error}");
            return;
        }

        foreach (var command in commands)
        {
            // The collection expressions below need the target type; `var` would not compile (IDE0007 misses that).
#pragma warning disable IDE0007
            string[]? args = command[0] switch
            {
                "./build.sh" when ValueOf(command, "--target") is null or "Default" or "Report" => RenderTargetArguments(),
                "./reportgen" when command.Count > 1 && command[1] is "build" or "diff" => [.. command.Skip(1).Select(Expand)],
                _ => null,
            };
#pragma warning restore IDE0007
            if (args is null)
            {
                continue;
            }

            var run = CliRun.Of(InSandbox(args, sandbox));
            Assert.True(run.ExitCode == 0, $"{where}: reportgen {string.Join(' ', args)} failed: {run.Stderr}");
        }
    }

    /// <summary>The reportgen arguments of build.cake's Render target, which ./build.sh runs by default.</summary>
    private static string[] RenderTargetArguments()
    {
        var match = RenderCall().Match(File.ReadAllText(Path.Combine(Repo.Root, "build.cake")));
        Assert.True(match.Success, "build.cake has no RunCli(\"Render\", new[] { … })");
        return [.. QuotedString().Matches(match.Groups[1].Value).Select(m => m.Groups[1].Value)];
    }

    private static string[] InSandbox(string[] args, string sandbox)
    {
        var result = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--out" && i + 1 < args.Length)
            {
                result.Add("--out");
                result.Add(Path.Combine(sandbox, args[++i]));
            }
            else if (args[i] == "--base" && i + 1 < args.Length)
            {
                i++;
                result.AddRange(["--from", "2024", "--to", "2025", "--content", Repo.Fixture("edition-2025")]);
            }
            else
            {
                result.Add(args[i]);
            }
        }

        if (!result.Contains("--content"))
        {
            result.AddRange(["--content", Repo.Content]);
        }

        if (result[0] == "build")
        {
            result.AddRange(["--templates", Repo.Templates]);
        }

        return [.. result];
    }

    private static bool Matches(string sandbox, string path)
    {
        var full = Path.Combine(sandbox, path);
        var name = Path.GetFileName(full);
        if (name.Contains('*', StringComparison.Ordinal))
        {
            var folder = Path.GetDirectoryName(full)!;
            return Directory.Exists(folder) && Directory.GetFiles(folder, name).Length > 0;
        }

        return File.Exists(full) || (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any());
    }

    private static string? ValueOf(IReadOnlyList<string> command, string option)
    {
        var i = command.ToList().IndexOf(option);
        return i >= 0 && i + 1 < command.Count ? command[i + 1] : null;
    }

    /// <summary>Stands in for the step's environment variables (<c>origin/$BASE_REF</c>), which only GitHub sets.</summary>
    private static string Expand(string word) => EnvironmentVariable().Replace(word, "main");

    private static HashSet<string> CakeTasks() =>
        [.. CakeTask().Matches(File.ReadAllText(Path.Combine(Repo.Root, "build.cake"))).Select(m => m.Groups[1].Value)];

    private static bool IsCommand(string program)
    {
        using var bash = Process.Start(new ProcessStartInfo("bash", ["-c", "command -v \"$0\"", program]) { RedirectStandardOutput = true })!;
        bash.StandardOutput.ReadToEnd();
        bash.WaitForExit();
        return bash.ExitCode == 0;
    }

    [GeneratedRegex(@"SUPPORTED_SYSTEMS=\(([^)]*)\)")]
    private static partial Regex SupportedList();

    [GeneratedRegex(@"""(\w+) (\d+) (\w+)""")]
    private static partial Regex SupportedEntry();

    [GeneratedRegex(@"^FROM\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex FromLine();

    [GeneratedRegex(@"Task\(""(\w+)""\)")]
    private static partial Regex CakeTask();

    [GeneratedRegex(@"RunCli\(""Render"", new\[\] \{([^}]*)\}")]
    private static partial Regex RenderCall();

    [GeneratedRegex(@"""([^""]*)""")]
    private static partial Regex QuotedString();

    [GeneratedRegex(@"\$\{?\w+\}?")]
    private static partial Regex EnvironmentVariable();
}
