using System.CommandLine;
using System.Globalization;
using System.Text;
using ReportGen.Content;
using ReportGen.Model;
using ReportGen.Publishing;

namespace ReportGen.Cli.Commands;

/// <summary>
/// The yearly cycle: <c>reportgen freeze</c> records an edition as published (or a correction to it) and
/// <c>reportgen new-year</c> opens the next fiscal year. Both write all their files or none.
/// </summary>
internal static class CycleCommands
{
    public static Command Freeze(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var edition = new Option<string>("--edition") { Description = "公表する版の ID", Required = true };
        var correction = new Option<string?>("--correction") { Description = "公表済みの版を訂正するとき、その内容（正誤）" };
        var date = new Option<string?>("--date") { Description = "正誤の日付（YYYY-MM-DD）" };
        var command = new Command("freeze", "版を公表済みとして記録する。以後その表示が変わると check がエラーにする。正誤は --correction で記録する。") { content, edition, correction, date };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(content)!;
            var note = parse.GetValue(correction);
            Correction? fix = null;
            if (note is not null)
            {
                if (!CommonOptions.TryParseDate(parse.GetValue(date), out var day))
                {
                    stderr.WriteLine("reportgen: 正誤には --date 2024-04-01 のように日付を付けてください。");
                    return ExitCodes.Usage;
                }

                fix = new Correction(day, note);
            }

            // The comparison with the record is what a correction replaces, so it is not checked here.
            var result = ContentLoader.Load(dir, verifyPublished: false);
            if (!Loaded(result, stderr, out var report))
            {
                return ExitCodes.Problems;
            }

            var selected = report.Editions.FirstOrDefault(e => e.Id == parse.GetValue(edition));
            if (selected is null)
            {
                stderr.WriteLine($"reportgen: 版「{parse.GetValue(edition)}」がありません。ある版: {string.Join(", ", report.Editions.Select(e => e.Id))}");
                return ExitCodes.Usage;
            }

            return Apply(() => YearlyCycle.Freeze(report, selected, fix), dir, stdout, stderr);
        });
        return command;
    }

    public static Command NewYear(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var date = new Option<string>("--date") { Description = "新しい版の日付（会議の予定日、YYYY-MM-DD）", Required = true };
        var command = new Command("new-year", "次の年度を始める: 最新の版を公表済みにし、次の版と各施策の記入欄（実績・予定、担当は引き継ぎ）を作る。") { content, date };
        command.SetAction(parse =>
        {
            if (!CommonOptions.TryParseDate(parse.GetValue(date), out var day))
            {
                stderr.WriteLine("reportgen: --date は 2025-03-14 のように書いてください。");
                return ExitCodes.Usage;
            }

            var dir = parse.GetValue(content)!;
            if (!Loaded(ContentLoader.Load(dir), stderr, out var report))
            {
                return ExitCodes.Problems;
            }

            return Apply(() => YearlyCycle.OpenNewYear(report, day, dir), dir, stdout, stderr);
        });
        return command;
    }

    private static bool Loaded(LoadResult result, TextWriter stderr, out Report report)
    {
        foreach (var d in result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error))
        {
            stderr.WriteLine(d);
        }

        report = result.Report!;
        if (result.Report is null)
        {
            stderr.WriteLine("reportgen: 内容にエラーがあるため実行しません。");
            return false;
        }

        return true;
    }

    /// <summary>Writes every file beside its target first, then moves them all into place.</summary>
    private static int Apply(Func<ContentChange> change, string dir, TextWriter stdout, TextWriter stderr)
    {
        ContentChange planned;
        try
        {
            planned = change();
        }
        catch (InvalidOperationException e)
        {
            stderr.WriteLine("reportgen: " + e.Message);
            return ExitCodes.Problems;
        }

        var suffix = ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var written = new List<string>();
        try
        {
            foreach (var (path, text) in planned.Files)
            {
                var target = Paths.SafePath.Under(dir, path);
                File.WriteAllText(target + suffix, text, new UTF8Encoding(false));
                written.Add(target);
            }

            foreach (var target in written)
            {
                File.Move(target + suffix, target, overwrite: true);
            }
        }
        finally
        {
            foreach (var target in written.Where(t => File.Exists(t + suffix)))
            {
                File.Delete(target + suffix);
            }
        }

        stdout.WriteLine(planned.Summary);
        return ExitCodes.Ok;
    }
}
