using System.Diagnostics;
using System.Globalization;
using ReportGen.Content;
using ReportGen.Html;
using ReportGen.Model;

namespace ReportGen.Bench;

/// <summary>
/// The static site built from <c>content/</c>: every page rendered through the templates and written to disk.
/// The goal is under 1 ms per page, as static site generators such as Hugo manage; the description reports the
/// median time per page of the timed runs.
/// </summary>
public sealed class HtmlSiteSeedBenchmark : HtmlSiteBenchmark
{
    public override string Name => "html-seed";

    protected override string What => "site from content/";

    protected override Report Prepare(Report seed) => seed;
}

/// <summary>
/// The site for a report 50 times the seed: every measure cloned 49 times in memory (new ids, same goal, same
/// text), so the table has 3,000 rows and the site 3,000 measure pages.
/// </summary>
public sealed class HtmlSite50xBenchmark : HtmlSiteBenchmark
{
    public const int Factor = 50;

    public override string Name => "html-50x";

    protected override string What => $"site from content/ × {Factor}";

    protected override Report Prepare(Report seed) => Multiply(seed, Factor);

    /// <summary>
    /// Each measure followed by its clones <c>m001-x02</c> … <c>m001-x50</c>; orders are spread so a measure's
    /// clones stay right after it and an untitled measure still continues the titled one before it.
    /// </summary>
    public static Report Multiply(Report seed, int factor)
    {
        var measures = new List<Measure>(seed.Measures.Count * factor);
        foreach (var measure in seed.Measures)
        {
            measures.Add(measure with { Order = measure.Order * factor });
            for (var copy = 2; copy <= factor; copy++)
            {
                measures.Add(measure with
                {
                    Id = string.Create(CultureInfo.InvariantCulture, $"{measure.Id}-x{copy:00}"),
                    Order = (measure.Order * factor) + copy - 1,
                });
            }
        }

        return seed with { Measures = measures };
    }
}

/// <summary>Shared set-up and timing: load the content once, then build the site into a fresh folder each run.</summary>
public abstract class HtmlSiteBenchmark : IBenchmark
{
    private readonly List<double> _msPerPage = [];
    private Report? _report;
    private string _templates = string.Empty;
    private string _scratch = string.Empty;
    private int _run;
    private int _pages;

    public abstract string Name { get; }

    public string Description
    {
        get
        {
            if (_msPerPage.Count == 0)
            {
                return What;
            }

            var sorted = _msPerPage.Order().ToList();
            return string.Create(CultureInfo.InvariantCulture, $"{What}: {_pages} pages, median {sorted[sorted.Count / 2]:0.000} ms per page");
        }
    }

    protected abstract string What { get; }

    public void Setup(BenchContext context)
    {
        var loaded = ContentLoader.Load(Path.Combine(context.RepoRoot, "content"));
        _report = Prepare(loaded.Report ?? throw new InvalidOperationException("content/ does not load"));
        _templates = Path.Combine(context.RepoRoot, "templates");
        _scratch = Path.Combine(context.ScratchDir, Name);
        _msPerPage.Clear();
        _run = 0;
    }

    /// <summary>Returns the number of pages. The first call is the warm-up and is not counted per page.</summary>
    public long Run()
    {
        // Each run gets a fresh folder, as the CLI gives the builder; the previous one is removed first and outside
        // the per-page timing, so deleting files is not counted as building them.
        var previous = Path.Combine(_scratch, (_run - 1).ToString(CultureInfo.InvariantCulture));
        if (Directory.Exists(previous))
        {
            Directory.Delete(previous, recursive: true);
        }

        var output = Path.Combine(_scratch, _run.ToString(CultureInfo.InvariantCulture));
        var watch = Stopwatch.StartNew();
        var result = SiteBuilder.Build(_report!, new SiteOptions(_templates, null, output, new Dictionary<string, string>()));
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (_run > 0)
        {
            _msPerPage.Add(elapsed / result.Pages);
        }

        _run++;
        _pages = result.Pages;
        return result.Pages;
    }

    protected abstract Report Prepare(Report seed);
}
