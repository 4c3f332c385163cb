using System.CommandLine;
using ReportGen.Diagnostics;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen check [--strict]</c>: validates content/ and reports every problem. Never writes. With --strict,
/// warnings fail too, except those listed in <c>content/known-warnings.txt</c>.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var strict = new Option<bool>("--strict") { Description = "確認済み（known-warnings.txt）以外の警告もエラーとして扱う（終了コード 1）" };
        var command = new Command("check", "内容（content/）を検査し、問題を「ファイル:行:列: error|warning: 内容」で表示する。") { content, strict };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(content)!;
            var result = CommonOptions.LoadAndReport(dir, stderr);
            var known = KnownWarnings.Load(dir);
            var warnings = result.Diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
            var unknown = warnings.Count(d => !known.Contains(d, dir));
            var summary = CommonOptions.Summary(result.Diagnostics);
            if (known.Count > 0)
            {
                summary += $"（うち確認済み {warnings.Count - unknown} 件）";
                var stale = known.Stale(result.Diagnostics, dir);
                if (stale > 0)
                {
                    summary += $"。{KnownWarnings.FileName} の {stale} 件はもう出ていません（reportgen accept-warnings で一覧を更新できます）";
                }
            }

            stdout.WriteLine(summary);
            var failing = result.HasErrors || (parse.GetValue(strict) && unknown > 0);
            return failing ? ExitCodes.Problems : ExitCodes.Ok;
        });
        return command;
    }
}
