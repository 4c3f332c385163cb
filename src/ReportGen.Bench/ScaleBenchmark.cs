using System.Diagnostics;
using System.Globalization;
using ReportGen.Content;
using ReportGen.Html;
using ReportGen.Pdf;

namespace ReportGen.Bench;

/// <summary>
/// <c>reportgen-bench scale</c>: the whole build (PDF and site) of content 1, 10 and 50 times the seed, each in a
/// fresh process so that peak memory belongs to that size alone, plus Chromium printing the equivalent HTML
/// table at the same sizes. Prints a Markdown table; cost should grow linearly with the content.
/// </summary>
public static class ScaleBenchmark
{
    public static readonly int[] Factors = [1, 10, 50];

    /// <summary>Run in the parent: one child process per size.</summary>
    public static int RunAll(string repoRoot)
    {
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        Console.WriteLine();
        Console.WriteLine("| size | measures | PDF ms | PDF pages | PDF KB | site ms | site pages | peak MB | Chromium print ms | Chromium PDF KB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var factor in Factors)
        {
            var self = Environment.ProcessPath!;
            var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
            if (self.EndsWith("dotnet", StringComparison.Ordinal))
            {
                start.ArgumentList.Add(typeof(ScaleBenchmark).Assembly.Location);
            }

            start.ArgumentList.Add("--scale-child");
            start.ArgumentList.Add(factor.ToString(CultureInfo.InvariantCulture));
            using var child = Process.Start(start)!;
            var line = child.StandardOutput.ReadToEnd().Trim();
            child.WaitForExit();
            Console.WriteLine(line);
        }

        return 0;
    }

    /// <summary>Run in a child: build one size, print one table row.</summary>
    public static int RunOne(string repoRoot, int factor)
    {
        var scratch = Directory.CreateTempSubdirectory("reportgen-scale-").FullName;
        try
        {
            var seed = ContentLoader.Load(Path.Combine(repoRoot, "content")).Report!;
            var report = factor == 1 ? seed : HtmlSite50xBenchmark.Multiply(seed, factor);
            var edition = report.LatestEdition!;

            var watch = Stopwatch.StartNew();
            var pdf = PdfRenderer.Render(report, edition);
            var pdfPath = Path.Combine(scratch, edition.Id + ".pdf");
            File.WriteAllBytes(pdfPath, pdf.Bytes);
            var pdfMs = watch.Elapsed.TotalMilliseconds;

            watch.Restart();
            var site = SiteBuilder.Build(report, new SiteOptions(Path.Combine(repoRoot, "templates"), null, Path.Combine(scratch, "site"), new Dictionary<string, string> { [edition.Id] = pdfPath }));
            var siteMs = watch.Elapsed.TotalMilliseconds;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;

            var context = new BenchContext(repoRoot, scratch);
            var html = EquivalentHtml.Write(context, report);
            var chromiumPdf = Path.Combine(scratch, "chromium.pdf");
            watch.Restart();
            Peers.Run(
                Peers.Chromium,
                ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
                 "--user-data-dir=" + Path.Combine(scratch, "profile"), "--no-pdf-header-footer", "--print-to-pdf=" + chromiumPdf, new Uri(html).AbsoluteUri],
                scratch);
            var chromiumMs = watch.Elapsed.TotalMilliseconds;

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {factor}× | {report.Measures.Count} | {pdfMs:0} | {pdf.Pages} | {pdf.Bytes.Length / 1024.0:0} | {siteMs:0} | {site.Pages} | {peak:0} | {chromiumMs:0} | {new FileInfo(chromiumPdf).Length / 1024.0:0} |"));
            return 0;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }
}
