namespace ReportGen.Bench;

/// <summary>
/// One benchmark: a name, a set-up run once, and an operation timed over several runs. Benchmarks are found by
/// reflection, so adding one is adding a class.
/// </summary>
public interface IBenchmark
{
    /// <summary>Short name used on the command line, e.g. <c>pdf-seed</c>.</summary>
    string Name { get; }

    string Description { get; }

    void Setup(BenchContext context);

    /// <summary>The timed operation. Returns a number worth reporting beside the time (bytes, pages), or 0.</summary>
    long Run();
}

/// <summary>What every benchmark gets: the repository root and a scratch folder.</summary>
public sealed record BenchContext(string RepoRoot, string ScratchDir);
