using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using ReportGen.Bench;

// reportgen-bench [NAME…] [--runs N]: times each benchmark (after one warm-up run) and prints a Markdown table
// with the median, min and max, so the numbers can go straight into the README.
// reportgen-bench scale: the whole build at 1×, 10× and 50× the seed, one process per size (ScaleBenchmark).
// reportgen-bench process: the published tool as whole processes, alternated with Chromium or Hugo (ProcessBenchmark).
if (args.Length >= 2 && args[0] == "--scale-child")
{
    return ScaleBenchmark.RunOne(FindRoot(), int.Parse(args[1], CultureInfo.InvariantCulture));
}

if (args.Length >= 3 && args[0] == "content")
{
    return ProcessBenchmark.WriteContent(FindRoot(), int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
}

if (args.Length >= 1 && args[0] == "process")
{
    return ProcessBenchmark.Run(FindRoot(), args[1..]);
}

if (args.Length >= 1 && args[0] == "scale")
{
    return ScaleBenchmark.RunAll(FindRoot());
}

var runs = 10;
var names = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--runs" && i + 1 < args.Length)
    {
        runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
    }
    else
    {
        names.Add(args[i]);
    }
}

var all = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();
var selected = names.Count == 0 ? all : all.Where(b => names.Contains(b.Name)).ToList();
if (selected.Count == 0)
{
    Console.Error.WriteLine("Benchmarks: " + string.Join(", ", all.Select(b => b.Name)));
    return 2;
}

var root = FindRoot();
var scratch = Directory.CreateTempSubdirectory("reportgen-bench-").FullName;
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {runs} runs after 1 warm-up");
Console.WriteLine();
Console.WriteLine("| benchmark | median ms | min ms | max ms | result | what |");
Console.WriteLine("|---|---:|---:|---:|---:|---|");
foreach (var bench in selected)
{
    bench.Setup(new BenchContext(root, scratch));
    var result = bench.Run();
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        result = bench.Run();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {bench.Name} | {times[times.Count / 2]:0.0} | {times[0]:0.0} | {times[^1]:0.0} | {result} | {bench.Description} |"));
}

Directory.Delete(scratch, recursive: true);
return 0;

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
