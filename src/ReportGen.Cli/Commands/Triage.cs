using ReportGen.Content;
using ReportGen.Diagnostics;
using ReportGen.Editions;

namespace ReportGen.Cli.Commands;

/// <summary>
/// Sorts a load's diagnostics by who can act on them: errors; warnings an editor can act on; warnings already
/// accepted in known-warnings.txt; warnings about text only published editions print (fixed by a correction, not an
/// edit). <c>check</c> lists the first two, and every command counts warnings the same way.
/// </summary>
internal sealed record Triage(
    IReadOnlyList<Diagnostic> Errors,
    IReadOnlyList<Diagnostic> Warnings,
    IReadOnlyList<Diagnostic> Known,
    IReadOnlyList<Diagnostic> Published)
{
    public static Triage Of(LoadResult result, string contentDir)
    {
        var report = result.Report ?? result.Partial;
        var frozen = report is null ? null : new PublishedText(report);
        var known = KnownWarnings.Load(contentDir);
        var errors = new List<Diagnostic>();
        var warnings = new List<Diagnostic>();
        var accepted = new List<Diagnostic>();
        var published = new List<Diagnostic>();
        foreach (var d in result.Diagnostics)
        {
            var list = d.Severity == Severity.Error ? errors
                : frozen?.IsPublishedOnly(d) == true ? published
                : known.Contains(d, contentDir) ? accepted
                : warnings;
            list.Add(d);
        }

        return new Triage(errors, warnings, accepted, published);
    }

    /// <summary>エラー 1 件、警告 2 件（確認済み 13 件は表示していません）, and a sentence on published-only warnings.</summary>
    public string Summary()
    {
        var line = $"エラー {Errors.Count} 件、警告 {Warnings.Count} 件";
        if (Known.Count > 0)
        {
            line += $"（ほかに確認済みの警告 {Known.Count} 件）";
        }

        if (Published.Count > 0)
        {
            line += $"。公表済みの版にだけ載っている文の警告 {Published.Count} 件は表示していません（一覧: reportgen check --all、訂正: reportgen correct）";
        }

        return line;
    }
}
