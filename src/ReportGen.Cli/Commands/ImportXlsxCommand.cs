using System.CommandLine;
using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Publishing;
using ReportGen.Xlsx;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen import xlsx</c>: merges filled 照会 workbooks into the open edition's cells. Prints each changed cell
/// as new and old, refuses conflicts cell by cell, checks the result, and writes all measure files or none.
/// </summary>
internal static class ImportXlsxCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var files = new Argument<string[]>("file") { Description = "記入された回答票（.xlsx）", Arity = ArgumentArity.OneOrMore };
        var dryRun = new Option<bool>("--dry-run") { Description = "変更を表示するだけで、ファイルには書き込まない" };
        var office = new Option<string?>("--office") { Description = "この担当あての回答票であることを確かめる" };
        var command = new Command("xlsx", "記入された照会の Excel ブックを記入中の版に取り込む（変更を新旧で表示し、競合する欄は書き込まない）。") { files, content, dryRun, office };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(content)!;
            if (ContentLoading.LoadReport(dir, stderr, Shown.ErrorsAndWarningCount, counts => $"内容にエラーがあるため取り込みません（{counts}）。先に reportgen check で直してください。") is not { } report)
            {
                return ExitCodes.Problems;
            }

            ImportPlan plan;
            try
            {
                var books = parse.GetValue(files)!.Select(WorkbookReader.Read).ToList();
                plan = WorkbookImport.Plan(report, dir, books, parse.GetValue(office));
            }
            catch (WorkbookException e)
            {
                stderr.WriteLine("reportgen: " + e.Message);
                stderr.WriteLine("reportgen: 何も書き込んでいません。");
                return ExitCodes.Problems;
            }

            foreach (var note in plan.Notes)
            {
                stdout.WriteLine(note);
            }

            stdout.Write(Describe(plan.Changes));
            foreach (var conflict in plan.Conflicts)
            {
                stderr.WriteLine($"競合: {conflict.Place} 施策 {conflict.MeasureId}「{Short(conflict.Title)}」の「{conflict.Header}」: {conflict.Message}");
                stderr.Write(Cell("回答票", conflict.Workbook));
                stderr.Write(Cell("作成時", conflict.Base));
                if (conflict.Current.Length > 0 || conflict.Base.Length > 0)
                {
                    stderr.Write(Cell("現在", conflict.Current));
                }

                stderr.WriteLine("  対処: 現在の内容と回答票を見比べ、残す文を measures/ のファイルに直接書くか、reportgen export xlsx で作り直した回答票に記入し直してもらってください。");
            }

            foreach (var d in plan.Diagnostics)
            {
                var line = d.Diagnostic.ToString();
                (d.Diagnostic.Severity == Severity.Error ? stderr : stdout).WriteLine(d.Place is null ? line : $"{d.Place}: {line}");
            }

            var measures = plan.Changes.Select(c => c.MeasureId).Distinct(StringComparer.Ordinal).Count();
            var counts = $"変更 {plan.Changes.Count} 欄（施策 {measures} 件）、競合 {plan.Conflicts.Count} 欄";
            if (plan.HasErrors)
            {
                stderr.WriteLine($"reportgen: 取り込んだ結果にエラーがあるため、何も書き込んでいません（{counts}）。回答票の該当セルを直してもらってください。");
                return ExitCodes.Problems;
            }

            var status = plan.Conflicts.Count > 0 ? ExitCodes.Problems : ExitCodes.Ok;
            if (plan.Files.Count == 0)
            {
                stdout.WriteLine($"取り込む変更はありません（{counts}）。");
                return status;
            }

            if (parse.GetValue(dryRun))
            {
                stdout.WriteLine($"--dry-run のため書き込んでいません（{counts}）。");
                return status;
            }

            var written = ContentChanges.Apply(
                () => new ContentChange(plan.Files, [], $"取り込みました: {counts}、ファイル {plan.Files.Count} 件（{string.Join("、", plan.Files.Keys)}）。"),
                dir,
                stdout,
                stderr);
            return written == ExitCodes.Ok ? status : written;
        });
        return command;
    }

    /// <summary>Changed cells per measure, new over old, as <c>diff</c> lists a measure's cells.</summary>
    internal static string Describe(IReadOnlyList<CellChange> changes)
    {
        var sb = new StringBuilder();
        foreach (var measure in changes.GroupBy(c => c.MeasureId))
        {
            sb.Append("施策 " + measure.Key + $"「{Short(measure.First().Title)}」\n");
            foreach (var change in measure)
            {
                sb.Append("  " + change.Header + "（" + change.Place + "）\n");
                sb.Append(Cell("新", change.New, indent: 4));
                sb.Append(Cell("旧", change.Old, indent: 4));
            }
        }

        return sb.ToString();
    }

    private static string Cell(string label, string text, int indent = 2)
    {
        var pad = new string(' ', indent);
        var lines = CellText.Normalize(text) is { Length: > 0 } t ? t.Split('\n') : ["（空欄）"];
        var sb = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            sb.Append(pad).Append(i == 0 ? label + ": " : new string('　', label.Length) + "  ").Append(lines[i]).Append('\n');
        }

        return sb.ToString();
    }

    private static string Short(string text) => text.Length <= 30 ? text : text[..29] + "…";
}
