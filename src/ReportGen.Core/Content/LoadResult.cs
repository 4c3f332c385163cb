using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Content;

/// <summary>The outcome of loading <c>content/</c>: the report when it could be built, and every problem found.</summary>
public sealed record LoadResult(Report? Report, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>
    /// The report as far as it could be built, errors or not: enough to tell which warnings an editor can act on and
    /// how far the cells are filled while a mistake is being fixed. Nothing is rendered from it.
    /// </summary>
    public Report? Partial { get; init; }
}
