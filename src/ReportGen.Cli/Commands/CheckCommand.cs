using System.CommandLine;
using ReportGen.Diagnostics;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen check [--strict]</c>: validates content/ and reports every problem. Never writes.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var strict = new Option<bool>("--strict") { Description = "警告もエラーとして扱う（終了コード 1）" };
        var command = new Command("check", "内容（content/）を検査し、問題を「ファイル:行:列: error|warning: 内容」で表示する。") { content, strict };
        command.SetAction(parse =>
        {
            var result = CommonOptions.LoadAndReport(parse.GetValue(content)!, stderr);
            stdout.WriteLine(CommonOptions.Summary(result.Diagnostics));
            var failing = result.HasErrors || (parse.GetValue(strict) && result.Diagnostics.Any(d => d.Severity == Severity.Warning));
            return failing ? ExitCodes.Problems : ExitCodes.Ok;
        });
        return command;
    }
}
