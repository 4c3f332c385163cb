using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Editions;

/// <summary>
/// Tells warnings an editor can act on from warnings about text that only published editions print. A published
/// edition is frozen: its typos are fixed by a correction (正誤, <c>reportgen correct</c>), not by editing the measure,
/// so <c>check</c> counts those warnings instead of asking anyone to edit published text.
/// </summary>
public sealed class PublishedText
{
    private readonly Report _report;
    private readonly EditionView? _open;
    private readonly HashSet<string> _published;

    public PublishedText(Report report)
    {
        _report = report;
        _open = report.OpenEdition is { } open ? EditionView.Of(report, open) : null;
        _published = report.PublishedViews.Values.SelectMany(v => v.Rows).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether the warning is about text only a published edition prints: a year cell that a published edition printed
    /// and the open edition does not show, or the title and 該当箇所 of a published measure while no open edition shows
    /// it (between publishing and new-year, or after the measure was retired).
    /// </summary>
    public bool IsPublishedOnly(Diagnostic diagnostic)
    {
        if (diagnostic.Subject is not { } subject)
        {
            return false;
        }

        if (subject.Year is { } year)
        {
            var kind = subject.Key == "results" ? ColumnKind.Results : ColumnKind.Plans;
            var printed = _report.PublishedViews.Values.Any(v => v.YearOf(kind) == year && v.FindRow(subject.MeasureId) is not null);
            var open = _open is not null && _open.YearOf(kind) == year && _open.FindRow(subject.MeasureId) is not null;
            return printed && !open;
        }

        return _published.Contains(subject.MeasureId) && _open?.FindRow(subject.MeasureId) is null;
    }
}
