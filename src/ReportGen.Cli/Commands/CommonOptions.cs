using System.CommandLine;
using ReportGen.Content;
using ReportGen.Diagnostics;

namespace ReportGen.Cli.Commands;

internal static class CommonOptions
{
    public static Option<string> Content() => new("--content")
    {
        Description = "内容フォルダ（既定: content）",
        DefaultValueFactory = _ => "content",
    };

    /// <summary>
    /// Loads the content and prints to stderr what check lists (errors, and the warnings an editor can act on); the
    /// report is null when there were errors.
    /// </summary>
    public static LoadResult LoadAndReport(string contentDir, TextWriter stderr)
    {
        var result = ContentLoader.Load(contentDir);
        var triage = Triage.Of(result, contentDir);
        foreach (var d in triage.Errors.Concat(triage.Warnings))
        {
            stderr.WriteLine(d);
        }

        return result;
    }

    /// <summary>For commands that produce output: errors in full, warnings only counted (check lists them).</summary>
    public static LoadResult LoadQuietly(string contentDir, TextWriter stderr)
    {
        var result = ContentLoader.Load(contentDir);
        foreach (var d in result.Diagnostics.Where(d => d.Severity == Severity.Error))
        {
            stderr.WriteLine(d);
        }

        // Counted as check lists them, so both commands give the same number.
        var warnings = Triage.Of(result, contentDir).Warnings.Count;
        if (warnings > 0)
        {
            stderr.WriteLine($"reportgen: 警告 {warnings} 件（reportgen check で一覧を表示します）");
        }

        return result;
    }

    /// <summary>A YYYY-MM-DD date given on the command line.</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out date);

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics) =>
        $"エラー {diagnostics.Count(d => d.Severity == Severity.Error)} 件、警告 {diagnostics.Count(d => d.Severity == Severity.Warning)} 件";
}
