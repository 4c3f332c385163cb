using System.CommandLine;
using ReportGen.Publishing;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen correct</c>: records a correction (正誤) to a published edition, a step of the yearly cycle. Writes all
/// its files or none.
/// </summary>
internal static class CorrectCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
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
            if (ContentChanges.Load(dir, stderr) is not { } report || EditionLookup.Find(report, parse.GetValue(edition)!, stderr) is not { } selected)
            {
                return ExitCodes.Problems;
            }

            var request = new CorrectionRequest(day, parse.GetValue(note)!, parse.GetValue(wrong)!, parse.GetValue(right)!, parse.GetValue(measure));
            return ContentChanges.Apply(() => YearlyCycle.Correct(report, selected, request, dir), dir, stdout, stderr);
        });
        return command;
    }
}
