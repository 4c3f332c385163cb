using System.Diagnostics;
using System.Globalization;
using System.Text;
using ReportGen.Content;
using ReportGen.Model;

namespace ReportGen.Bench;

/// <summary>
/// <c>reportgen-bench process [--runs N] [--scale N] [--before EXE]</c>: the commands a user runs, each as a whole new
/// process, timed in one run with the subjects alternated round by round, so that a busy machine slows them alike.
/// Subjects: the published tool (<c>.build/reportgen/reportgen</c>, made by <c>./build.sh</c>) building and checking the
/// report; Chromium printing the equivalent HTML table; with <c>--before</c>, another reportgen executable (an older
/// build) doing the same; with <c>--scale N</c> (N &gt; 1), the content cloned N times and written to disk, and Hugo
/// (Debian's <c>hugo</c>) building a site of the same pages with plain templates. Peak memory is each process's
/// maximum resident set size and its CPU time, read by GNU time (Debian's <c>time</c>).
/// </summary>
public static class ProcessBenchmark
{
    private const string GnuTime = "/usr/bin/time";

    private sealed record Subject(string Name, string Program, string[] Arguments)
    {
        public List<double> Seconds { get; } = [];

        public List<double> PeakMegabytes { get; } = [];

        public List<double> CpuSeconds { get; } = [];
    }

    public static int Run(string repoRoot, IReadOnlyList<string> args)
    {
        var runs = 10;
        var scale = 1;
        string? before = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--runs":
                    runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--scale":
                    scale = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--before":
                    before = Path.GetFullPath(args[++i]);
                    break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}; use --runs N, --scale N, --before EXE");
                    return 2;
            }
        }

        var tool = Path.Combine(repoRoot, ".build", "reportgen", "reportgen");
        if (!File.Exists(tool))
        {
            Console.Error.WriteLine($"{tool} is missing: run ./build.sh --target Tool first.");
            return 1;
        }

        var scratch = Directory.CreateTempSubdirectory("reportgen-process-").FullName;
        try
        {
            var seed = ContentLoader.Load(Path.Combine(repoRoot, "content")).Report ?? throw new InvalidOperationException("content/ has errors");
            var report = Scaled(seed, scale);
            var content = scale == 1 ? Path.Combine(repoRoot, "content") : WriteContent(report, Path.Combine(scratch, "content"));
            var subjects = new List<Subject>
            {
                new("`reportgen build` (PDF and site)", tool, ["build", "--content", content, "--out", Path.Combine(scratch, "out")]),
            };
            if (before is not null)
            {
                subjects.Add(new("before: `reportgen build`", before, ["build", "--content", content, "--out", Path.Combine(scratch, "out-before")]));
            }

            subjects.Add(new("`reportgen check`", tool, ["check", "--content", content]));
            if (before is not null)
            {
                subjects.Add(new("before: `reportgen check`", before, ["check", "--content", content]));
            }

            if (scale == 1)
            {
                var html = EquivalentHtml.Write(new BenchContext(repoRoot, scratch), report);
                subjects.Add(new("Chromium printing the same table", Peers.Chromium,
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--user-data-dir=" + Path.Combine(scratch, "chromium-profile"), "--no-pdf-header-footer", "--print-to-pdf=" + Path.Combine(scratch, "chromium.pdf"), new Uri(html).AbsoluteUri,
                ]));
            }
            else
            {
                var hugoSite = WriteHugoSite(report, Path.Combine(scratch, "hugo"));
                subjects.Add(new("Hugo: the same pages, site only", "hugo", ["--quiet", "--source", hugoSite, "--destination", Path.Combine(scratch, "hugo-out")]));
            }

            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; " +
                $"{report.Measures.Count} measures; {runs} alternated rounds after 1 warm-up; {(scale == 1 ? "the seed" : scale + "× the seed, written to disk")}");
            foreach (var subject in subjects)
            {
                Time(subject, scratch, record: false);
            }

            for (var round = 0; round < runs; round++)
            {
                // Rotate the order too, so that no subject always runs right after the heaviest one.
                for (var k = 0; k < subjects.Count; k++)
                {
                    Time(subjects[(round + k) % subjects.Count], scratch, record: true);
                }
            }

            Console.WriteLine();
            // CPU time (user + system, all threads) is beside the wall time because a shared machine stretches the latter.
            Console.WriteLine("| what | median | min | max | CPU time (median) | peak memory (median) |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            foreach (var s in subjects)
            {
                var cpu = s.CpuSeconds.Count > 0 ? Median(s.CpuSeconds).ToString("0.00", CultureInfo.InvariantCulture) + " s" : "n/a";
                var peak = s.PeakMegabytes.Count > 0 ? Median(s.PeakMegabytes).ToString("0", CultureInfo.InvariantCulture) + " MB" : "n/a";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {s.Name} | {Median(s.Seconds):0.00} s | {s.Seconds.Min():0.00} s | {s.Seconds.Max():0.00} s | {cpu} | {peak} |"));
            }

            var build = Median(subjects[0].Seconds);
            foreach (var peer in subjects.Skip(1).Where(s => !s.Name.Contains("check", StringComparison.Ordinal)))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{peer.Name}: {Median(peer.Seconds) / build:0.0}× the time of `reportgen build`"));
            }

            return 0;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Runs the subject once under GNU time (for the peak memory) and records wall time and peak.</summary>
    private static void Time(Subject subject, string scratch, bool record)
    {
        var usage = Path.Combine(scratch, "usage.txt");
        var withTime = File.Exists(GnuTime);
        var start = new ProcessStartInfo(withTime ? GnuTime : subject.Program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (withTime)
        {
            foreach (var a in new[] { "-f", "%M %U %S", "-o", usage, subject.Program })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in subject.Arguments)
        {
            start.ArgumentList.Add(a);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{subject.Program} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var seconds = watch.Elapsed.TotalSeconds;
        _ = stdout.Result;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{subject.Name} failed ({process.ExitCode}): {stderr}");
        }

        if (record)
        {
            subject.Seconds.Add(seconds);
            // GNU time's last line: peak resident set in KB, user and system CPU seconds.
            if (withTime && File.ReadAllLines(usage).LastOrDefault()?.Split(' ') is [var kilobytes, var user, var system])
            {
                subject.PeakMegabytes.Add(double.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024);
                subject.CpuSeconds.Add(double.Parse(user, CultureInfo.InvariantCulture) + double.Parse(system, CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary><c>reportgen-bench content N DIR</c>: writes N× the seed as a content folder, to profile by hand.</summary>
    public static int WriteContent(string repoRoot, int scale, string folder)
    {
        var seed = ContentLoader.Load(Path.Combine(repoRoot, "content")).Report ?? throw new InvalidOperationException("content/ has errors");
        WriteContent(Scaled(seed, scale), folder);
        return 0;
    }

    // A larger report is written out as an open edition: the published record is of the seed's 60 measures.
    private static Report Scaled(Report seed, int scale) =>
        scale == 1 ? seed : HtmlSite50xBenchmark.Multiply(seed, scale) with { Editions = [.. seed.Editions.Select(e => e with { Published = null })] };

    /// <summary>Writes the report as content files (as the importer does), so that a process can load it.</summary>
    private static string WriteContent(Report report, string folder)
    {
        foreach (var (relative, text) in ContentWriter.Files(report))
        {
            var path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new UTF8Encoding(false));
        }

        return folder;
    }

    /// <summary>A Hugo site with one page per measure (its title, text, results and plans as Markdown) and an index.</summary>
    private static string WriteHugoSite(Report report, string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "content", "measures"));
        Directory.CreateDirectory(Path.Combine(folder, "layouts", "_default"));
        File.WriteAllText(Path.Combine(folder, "config.toml"),
            "baseURL = \"/\"\nlanguageCode = \"ja\"\ntitle = \"" + report.Settings.Title + "\"\ndisableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\", \"robotsTXT\", \"404\"]\n");
        File.WriteAllText(Path.Combine(folder, "layouts", "_default", "baseof.html"),
            "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head>\n<body>{{ block \"main\" . }}{{ end }}</body></html>\n");
        File.WriteAllText(Path.Combine(folder, "layouts", "_default", "single.html"),
            "{{ define \"main\" }}<h1>{{ .Title }}</h1>\n{{ .Content }}{{ end }}\n");
        File.WriteAllText(Path.Combine(folder, "layouts", "_default", "list.html"),
            "{{ define \"main\" }}<h1>{{ .Title }}</h1>\n<ul>{{ range .Site.RegularPages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n");
        File.WriteAllText(Path.Combine(folder, "content", "_index.md"), "---\ntitle: \"" + report.Settings.Title + "\"\n---\n");
        foreach (var m in report.Measures)
        {
            var page = new StringBuilder();
            page.Append("---\ntitle: \"").Append((m.Title ?? m.Id).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n---\n\n").Append(m.Text).Append("\n\n");
            foreach (var year in m.Years)
            {
                page.Append("## ").Append(year.FiscalYear.ToString(CultureInfo.InvariantCulture)).Append("\n\n");
                foreach (var block in (year.Results?.Blocks ?? []).Concat(year.Plans?.Blocks ?? []))
                {
                    page.Append("- ").Append(block.Text.Replace("\n", " ", StringComparison.Ordinal)).Append('\n');
                }

                page.Append('\n');
            }

            File.WriteAllText(Path.Combine(folder, "content", "measures", m.Id + ".md"), page.ToString(), new UTF8Encoding(false));
        }

        return folder;
    }
}
