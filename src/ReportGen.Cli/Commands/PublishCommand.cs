using System.CommandLine;
using ReportGen.Publishing;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen publish</c>: freezes the open edition into its record (editions/&lt;ID&gt;.published.json), a step of the
/// yearly cycle. Writes all its files or none.
/// </summary>
internal static class PublishCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var edition = new Option<string>("--edition") { Description = "公表する版の ID（例: 2025）", Required = true };
        var allowEmpty = new Option<bool>("--allow-empty") { Description = "内容のない欄を空欄（「－」）のまま公表する。会議名などの項目は省けない" };
        var command = new Command("publish", "案の版を公表する: 表示をすべて記録（editions/<ID>.published.json）に固定する。未記入の欄があれば一覧を示して中止する。") { content, edition, allowEmpty };
        command.Aliases.Add("freeze");
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(content)!;
            if (ContentChanges.Load(dir, stderr) is not { } report || EditionLookup.Find(report, parse.GetValue(edition)!, stderr) is not { } selected)
            {
                return ExitCodes.Problems;
            }

            return ContentChanges.Apply(() => YearlyCycle.Publish(report, selected, parse.GetValue(allowEmpty)), dir, stdout, stderr);
        });
        return command;
    }
}
