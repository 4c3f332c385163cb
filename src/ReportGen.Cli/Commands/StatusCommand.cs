using System.CommandLine;
using ReportGen.Content;
using ReportGen.Model;
using ReportGen.Status;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen status [--office NAME]</c>: 記入状況 of the open edition. Without <c>--office</c>, one line per office
/// with how many of its measures have each column filled; with it, that office's measures and which cells are still
/// empty, each with the file and line to fill. Never writes.
/// </summary>
internal static class StatusCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var office = new Option<string?>("--office") { Description = "この部署の施策と未記入の欄を一覧にする（名前か短い書き方: 例 医福室）" };
        var command = new Command("status", "案の版の記入状況を部署ごとに表示する。") { content, office };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(content)!;
            var result = ContentLoader.Load(dir);
            if ((result.Report ?? result.Partial) is not { } report)
            {
                foreach (var d in result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error))
                {
                    stderr.WriteLine(d);
                }

                stderr.WriteLine("reportgen: 内容を読めないため記入状況を表示できません（reportgen check で確かめてください）。");
                return ExitCodes.Problems;
            }

            // While an editor fixes a mistake the others still want to see where they stand: the status is shown from
            // what could be read, with a word that it may be incomplete.
            if (result.HasErrors)
            {
                stderr.WriteLine($"reportgen: 内容にエラーが {result.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error)} 件あります（reportgen check で確かめてください）。エラーのある施策は数に入っていないことがあります。");
            }

            if (report.OpenEdition is not { } open)
            {
                var latest = report.LatestEdition;
                stdout.WriteLine(latest is null
                    ? "版がありません。"
                    : $"記入中の版（案）はありません。最新の版「{latest.Id}」は公表済みです。次の年度は reportgen new-year で始めます。");
                return ExitCodes.Ok;
            }

            var status = FillingStatus.Of(report, open);
            var wanted = parse.GetValue(office);
            if (wanted is null)
            {
                Summary(status, stdout);
                return ExitCodes.Ok;
            }

            var registry = new OfficeRegistry(report.Settings.Offices);
            var name = registry.Find(wanted)?.Name ?? wanted;
            var selected = status.Offices.FirstOrDefault(o => o.Name == name);
            if (selected is null)
            {
                stderr.WriteLine($"reportgen: 版「{open.Id}」に担当「{wanted}」の施策はありません。部署: {string.Join("、", status.Offices.Select(o => o.Name))}");
                return ExitCodes.Usage;
            }

            Details(status, selected, stdout);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Summary(FillingStatus status, TextWriter stdout)
    {
        var e = status.Edition;
        stdout.WriteLine($"版「{e.Id}」（案）の記入状況");
        foreach (var o in status.Offices)
        {
            var cells = string.Join("、", status.Columns.Select(c => $"{Short(c)} {o.Filled(c.Kind)}/{o.Measures.Count}"));
            var done = o.Complete == o.Measures.Count ? "　記入済み" : string.Empty;
            stdout.WriteLine($"  {o.Name}: 施策 {o.Measures.Count} 件（{cells}）{done}");
        }
    }

    private static void Details(FillingStatus status, OfficeStatus office, TextWriter stdout)
    {
        var left = office.Measures.Count(m => !m.IsComplete);
        stdout.WriteLine($"版「{status.Edition.Id}」（案）の {office.Name} の記入状況: 施策 {office.Measures.Count} 件、未記入のある施策 {left} 件");
        foreach (var m in office.Measures)
        {
            var role = m.Supporting ? "（支援）" : string.Empty;
            stdout.WriteLine($"  {m.Row.Id} {m.Row.DisplayTitle}{role}");
            foreach (var c in m.Cells)
            {
                stdout.WriteLine(c.Filled
                    ? $"    {c.Column.Header}: 記入済み"
                    : $"    {c.Column.Header}: 未記入 → {c.At.File}:{c.At.Line}");
            }
        }
    }

    private static string Short(EditionColumn column) => Labels.ColumnName(column.Kind);
}
