using System.CommandLine;
using System.Globalization;
using System.Text;
using ReportGen.Content;
using ReportGen.Model;
using ReportGen.Publishing;

namespace ReportGen.Cli.Commands;

/// <summary>
/// The yearly cycle: <c>reportgen publish</c> freezes the open edition into its record, <c>reportgen correct</c>
/// records a correction (正誤) to a published edition, and <c>reportgen new-year</c> opens the next fiscal year. Each
/// writes all its files or none.
/// </summary>
internal static class CycleCommands
{
    public static Command Publish(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var edition = new Option<string>("--edition") { Description = "公表する版の ID（例: 2025）", Required = true };
        var allowEmpty = new Option<bool>("--allow-empty") { Description = "内容のない欄を空欄（「－」）のまま公表する。会議名などの項目は省けない" };
        var command = new Command("publish", "案の版を公表する: 表示をすべて記録（editions/<ID>.published.json）に固定する。未記入の欄があれば一覧を示して中止する。") { content, edition, allowEmpty };
        command.Aliases.Add("freeze");
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(content)!;
            if (!Loaded(dir, stderr, out var report) || Find(report, parse.GetValue(edition)!, stderr) is not { } selected)
            {
                return ExitCodes.Problems;
            }

            return Apply(() => YearlyCycle.Publish(report, selected, parse.GetValue(allowEmpty)), dir, stdout, stderr);
        });
        return command;
    }

    public static Command Correct(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var edition = new Option<string>("--edition") { Description = "訂正する公表済みの版の ID（例: 2024）", Required = true };
        var wrong = new Option<string>("--wrong") { Description = "誤: 公表された文字列（版の中で1か所に決まるように）", Required = true };
        var right = new Option<string>("--right") { Description = "正: 訂正後の文字列", Required = true };
        var note = new Option<string>("--note") { Description = "正誤の理由（正誤表に載ります）", Required = true };
        var date = new Option<string>("--date") { Description = "正誤の日付（YYYY-MM-DD）", Required = true };
        var measure = new Option<string?>("--measure") { Description = "訂正する施策の ID（同じ文字列がほかにもあるとき）" };
        var command = new Command("correct", "公表済みの版の正誤を記録する: 記録の文字列を訂正し、日付と理由を正誤表に残す。") { content, edition, wrong, right, note, date, measure };
        command.SetAction(parse =>
        {
            if (!CommonOptions.TryParseDate(parse.GetValue(date), out var day))
            {
                stderr.WriteLine("reportgen: --date は 2024-04-01 のように書いてください。");
                return ExitCodes.Usage;
            }

            var dir = parse.GetValue(content)!;
            if (!Loaded(dir, stderr, out var report) || Find(report, parse.GetValue(edition)!, stderr) is not { } selected)
            {
                return ExitCodes.Problems;
            }

            var request = new CorrectionRequest(day, parse.GetValue(note)!, parse.GetValue(wrong)!, parse.GetValue(right)!, parse.GetValue(measure));
            return Apply(() => YearlyCycle.Correct(report, selected, request, dir), dir, stdout, stderr);
        });
        return command;
    }

    public static Command NewYear(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var date = new Option<string>("--date") { Description = "新しい版の日付（会議の予定日、YYYY-MM-DD）", Required = true };
        var command = new Command("new-year", "次の年度を始める: 公表済みの最新の版の次の版を案として作り、各施策に記入欄（実績・予定、担当は引き継ぎ）を加える。") { content, date };
        command.SetAction(parse =>
        {
            if (!CommonOptions.TryParseDate(parse.GetValue(date), out var day))
            {
                stderr.WriteLine("reportgen: --date は 2025-03-14 のように書いてください。");
                return ExitCodes.Usage;
            }

            var dir = parse.GetValue(content)!;
            if (!Loaded(dir, stderr, out var report))
            {
                return ExitCodes.Problems;
            }

            return Apply(() => YearlyCycle.OpenNewYear(report, day, dir), dir, stdout, stderr);
        });
        return command;
    }

    private static bool Loaded(string dir, TextWriter stderr, out Report report)
    {
        var result = ContentLoader.Load(dir);
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

    private static Edition? Find(Report report, string id, TextWriter stderr)
    {
        var edition = report.FindEdition(id);
        if (edition is null)
        {
            stderr.WriteLine($"reportgen: 版「{id}」がありません。ある版: {string.Join(", ", report.Editions.Select(e => e.Id))}");
        }

        return edition;
    }

    /// <summary>Writes every file beside its target first, then moves them all into place and removes what the change removes.</summary>
    internal static int Apply(Func<ContentChange> change, string dir, TextWriter stdout, TextWriter stderr)
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

            foreach (var path in planned.Deletions)
            {
                File.Delete(Path.Combine(dir, path));
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
