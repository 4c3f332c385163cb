using System.CommandLine;
using ReportGen.Diagnostics;
using ReportGen.Editions;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen check [--strict] [--published]</c>: validates content/ and reports every problem an editor can act on.
/// Never writes. Warnings about text only published editions print are counted, not listed (<c>--published</c> lists
/// them): those are fixed by a correction, not by editing. With --strict, warnings fail too, except those listed in
/// <c>content/known-warnings.txt</c>. For the open edition it says how far the cells are filled.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var strict = new Option<bool>("--strict") { Description = "確認済み（known-warnings.txt）以外の警告もエラーとして扱う（終了コード 1）" };
        var published = new Option<bool>("--published") { Description = "公表済みの版にだけ載っている文の警告も一覧にする（直すには正誤 reportgen correct）" };
        var command = new Command("check", "内容（content/）を検査し、問題を「ファイル:行:列: error|warning: 内容」で表示する。") { content, strict, published };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(content)!;
            var result = Content.ContentLoader.Load(dir);
            var frozen = result.Report is { } loaded ? new PublishedText(loaded) : null;
            bool IsFrozen(Diagnostic d) => d.Severity == Severity.Warning && frozen is not null && frozen.IsPublishedOnly(d);

            var listed = result.Diagnostics.Where(d => !IsFrozen(d)).ToList();
            var inPublished = result.Diagnostics.Where(IsFrozen).ToList();
            foreach (var d in listed)
            {
                stderr.WriteLine(d);
            }

            if (parse.GetValue(published))
            {
                foreach (var d in inPublished)
                {
                    stderr.WriteLine(d with { Hint = "公表済みの版の文です。訂正するときは reportgen correct で正誤として記録します。" });
                }
            }

            var known = KnownWarnings.Load(dir);
            var warnings = listed.Where(d => d.Severity == Severity.Warning).ToList();
            var unknown = warnings.Count(d => !known.Contains(d, dir));
            var summary = CommonOptions.Summary(listed);
            if (known.Count > 0 && warnings.Count > 0)
            {
                summary += $"（うち確認済み {warnings.Count - unknown} 件）";
            }

            if (inPublished.Count > 0)
            {
                summary += $"。公表済みの版にだけ載っている文の警告 {inPublished.Count} 件は表示していません（一覧: reportgen check --published、訂正: reportgen correct）";
            }

            stdout.WriteLine(summary);
            if (result.Report is { OpenEdition: { } open } report)
            {
                var status = DraftStatus.Of(report, open);
                stdout.WriteLine($"版「{open.Id}」（案）の記入状況: {string.Join("、", status.Progress)}");
                if (status.Missing.FirstOrDefault(m => !m.IsCell) is { } field)
                {
                    stdout.WriteLine($"{field.At.File}:{field.At.Line}:{field.At.Column}: {field.What}が未記入です（公表の前に記入します）。");
                }
            }

            var failing = result.HasErrors || (parse.GetValue(strict) && unknown > 0);
            return failing ? ExitCodes.Problems : ExitCodes.Ok;
        });
        return command;
    }
}
