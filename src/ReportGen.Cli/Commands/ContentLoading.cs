using ReportGen.Content;
using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Cli.Commands;

/// <summary>How much of what loading the content found a command prints before it goes on.</summary>
internal enum Shown
{
    /// <summary>The errors only: warnings are <c>check</c>'s business.</summary>
    Errors,

    /// <summary>The errors, and the warnings only counted (check lists them), as commands that produce output do.</summary>
    ErrorsAndWarningCount,

    /// <summary>What check lists: the errors and the warnings an editor can act on.</summary>
    ErrorsAndWarnings,
}

/// <summary>
/// The one way a command loads the content and reports what it found, so that every command prints errors alike and
/// counts warnings as <c>check</c> does.
/// </summary>
internal static class ContentLoading
{
    /// <summary>Loads the content in <paramref name="dir"/> and prints to stderr what <paramref name="shown"/> asks for.</summary>
    public static LoadResult Load(string dir, TextWriter stderr, Shown shown)
    {
        var result = ContentLoader.Load(dir);
        switch (shown)
        {
            case Shown.ErrorsAndWarnings:
                var triage = Triage.Of(result, dir);
                foreach (var d in triage.Errors.Concat(triage.Warnings))
                {
                    stderr.WriteLine(d);
                }

                break;
            default:
                foreach (var d in result.Diagnostics.Where(d => d.Severity == Severity.Error))
                {
                    stderr.WriteLine(d);
                }

                if (shown == Shown.ErrorsAndWarningCount)
                {
                    // Counted as check lists them, so both commands give the same number.
                    var warnings = Triage.Of(result, dir).Warnings.Count;
                    if (warnings > 0)
                    {
                        stderr.WriteLine($"reportgen: 警告 {warnings} 件（reportgen check で一覧を表示します）");
                    }
                }

                break;
        }

        return result;
    }

    /// <summary>
    /// The report, or null after printing <c>reportgen: </c> and <paramref name="refusal"/>, given the counts
    /// 「エラー 2 件、警告 0 件」, when the content has errors.
    /// </summary>
    public static Report? LoadReport(string dir, TextWriter stderr, Shown shown, Func<string, string> refusal)
    {
        var result = Load(dir, stderr, shown);
        if (result.Report is null)
        {
            stderr.WriteLine("reportgen: " + refusal(Counts(result.Diagnostics)));
        }

        return result.Report;
    }

    /// <summary>「エラー 2 件、警告 0 件」.</summary>
    public static string Counts(IReadOnlyList<Diagnostic> diagnostics) =>
        $"エラー {diagnostics.Count(d => d.Severity == Severity.Error)} 件、警告 {diagnostics.Count(d => d.Severity == Severity.Warning)} 件";
}
