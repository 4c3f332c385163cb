using System.CommandLine;
using ReportGen.Diagnostics;
using ReportGen.Editions;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen check [--strict] [--all]</c>: validates content/ and lists, errors first, what an editor can act on.
/// Never writes. Warnings accepted in <c>content/known-warnings.txt</c> and warnings about text only published editions
/// print (fixed by a correction, not by an edit) are counted, and listed with <c>--all</c>. With --strict, the listed
/// warnings fail too. For the open edition it says how far the cells are filled, errors or not.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var strict = new Option<bool>("--strict") { Description = "確認済み（known-warnings.txt）以外の警告もエラーとして扱う（終了コード 1）" };
        var all = new Option<bool>("--all", "--published") { Description = "確認済みの警告と、公表済みの版にだけ載っている文の警告も一覧にする（後者を直すには正誤 reportgen correct）" };
        var command = new Command("check", "内容（content/）を検査し、問題を「ファイル:行:列: error|warning: 内容」で表示する。") { content, strict, all };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(content)!;
            var result = Content.ContentLoader.Load(dir);
            var triage = Triage.Of(result, dir);
            foreach (var d in triage.Errors.Concat(triage.Warnings))
            {
                stderr.WriteLine(d);
            }

            if (parse.GetValue(all))
            {
                foreach (var d in triage.Known)
                {
                    stderr.WriteLine(d);
                }

                foreach (var d in triage.Published)
                {
                    stderr.WriteLine(d with { Hint = "公表済みの版の文です。訂正するときは reportgen correct で正誤として記録します。" });
                }
            }

            stdout.WriteLine(triage.Summary());
            if ((result.Report ?? result.Partial) is { OpenEdition: { } open } report)
            {
                var status = DraftStatus.Of(report, open);
                stdout.WriteLine($"版「{open.Id}」（案）の記入状況: {string.Join("、", status.Progress)}");
                if (status.Missing.FirstOrDefault(m => !m.IsCell) is { } field)
                {
                    stdout.WriteLine($"{field.At.File}:{field.At.Line}:{field.At.Column}: {field.What}が未記入です（公表の前に記入します）。");
                }
            }

            var failing = result.HasErrors || (parse.GetValue(strict) && triage.Warnings.Count > 0);
            return failing ? ExitCodes.Problems : ExitCodes.Ok;
        });
        return command;
    }
}
