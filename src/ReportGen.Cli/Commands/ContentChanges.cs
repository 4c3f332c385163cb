using System.Text;
using ReportGen.Cli.Output;
using ReportGen.Model;
using ReportGen.Publishing;

namespace ReportGen.Cli.Commands;

/// <summary>
/// What the commands that edit the content folder share (publish, correct, new-year, import xlsx): the content they
/// start from, and writing the change all or nothing.
/// </summary>
internal static class ContentChanges
{
    /// <summary>The report to change, or null after printing its errors: a change is never made to content with errors.</summary>
    public static Report? Load(string dir, TextWriter stderr) =>
        ContentLoading.LoadReport(dir, stderr, Shown.Errors, _ => "内容にエラーがあるため実行しません。");

    /// <summary>Writes every file beside its target first, then moves them all into place and removes what the change removes.</summary>
    public static int Apply(Func<ContentChange> change, string dir, TextWriter stdout, TextWriter stderr)
    {
        ContentChange planned;
        try
        {
            planned = change();
        }
        catch (CycleException e)
        {
            stderr.WriteLine("reportgen: " + e.Message);
            return ExitCodes.Problems;
        }

        AtomicOutput.ReplaceFiles(
            planned.Files.Select(f => (Paths.SafePath.Under(dir, f.Key), (Action<string>)(path => File.WriteAllText(path, f.Value, new UTF8Encoding(false))))),
            planned.Deletions.Select(path => Path.Combine(dir, path)));
        stdout.WriteLine(planned.Summary);
        return ExitCodes.Ok;
    }
}
