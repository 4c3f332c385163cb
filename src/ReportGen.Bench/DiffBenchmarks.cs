using ReportGen.Content;
using ReportGen.Diff;
using ReportGen.Diff.Output;
using ReportGen.Model;

namespace ReportGen.Bench;

/// <summary>
/// <c>diff-seed</c>: the real 2024 edition (60 measures, imported from the seed) against the 2025 test edition in
/// <c>tests/fixtures/edition-2025</c>, the size a yearly diff has. Loading is set-up; the timed part is building the
/// change set (views, item pairing, text diffs, budgets, plan against actual) and the Markdown summary, which is what
/// <c>reportgen diff</c> adds on top of loading. Target: under 200 ms.
/// </summary>
public sealed class DiffBenchmarks : IBenchmark
{
    private EditionSource? _from;
    private EditionSource? _to;

    public string Name => "diff-seed";

    public string Description => "2024 edition vs 2025 fixture: change set + Markdown summary (result: Markdown characters)";

    public void Setup(BenchContext context)
    {
        var real = Load(Path.Combine(context.RepoRoot, "content"));
        var next = Load(Path.Combine(context.RepoRoot, "tests", "fixtures", "edition-2025"));
        _from = new EditionSource(real, real.Editions.Single(e => e.Id == "2024"), "content");
        _to = new EditionSource(next, next.Editions.Single(e => e.Id == "2025"), "edition-2025");
    }

    public long Run()
    {
        var changes = EditionDiffer.Compare(_from!, _to!);
        return MarkdownSummary.Render(ComparisonDocument.Build(changes)).Length;
    }

    private static Report Load(string dir) =>
        ContentLoader.Load(dir).Report ?? throw new InvalidOperationException("The content in " + dir + " has errors; run reportgen check --content " + dir + ".");
}
