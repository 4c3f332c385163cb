using System.CommandLine;
using ReportGen.Publishing;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen new-year</c>: opens the next fiscal year as a draft edition, a step of the yearly cycle. Writes all its
/// files or none.
/// </summary>
internal static class NewYearCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
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
            if (ContentChanges.Load(dir, stderr) is not { } report)
            {
                return ExitCodes.Problems;
            }

            return ContentChanges.Apply(() => YearlyCycle.OpenNewYear(report, day, dir), dir, stdout, stderr);
        });
        return command;
    }
}
