using System.CommandLine;
using System.Text;
using ReportGen.Diagnostics;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen accept-warnings</c>: lists the current warnings in <c>content/known-warnings.txt</c>, so that
/// <c>check --strict</c> fails only on new ones. Refuses while there are errors.
/// </summary>
internal static class AcceptWarningsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var command = new Command("accept-warnings", $"今の警告を確認済みとして {KnownWarnings.FileName} に記録する（check --strict は新しい警告だけで失敗する）。") { content };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(content)!;
            var result = ContentLoading.Load(dir, stderr, Shown.ErrorsAndWarningCount);
            if (result.HasErrors)
            {
                stderr.WriteLine("reportgen: エラーを直してから実行してください。");
                return ExitCodes.Problems;
            }

            var text = KnownWarnings.Render(result.Diagnostics, dir);
            File.WriteAllText(Path.Combine(dir, KnownWarnings.FileName), text, new UTF8Encoding(false));
            stdout.WriteLine($"{Path.Combine(dir, KnownWarnings.FileName)}: 確認済みの警告 {text.Count(c => c == '\n') - 1} 件");
            return ExitCodes.Ok;
        });
        return command;
    }
}
