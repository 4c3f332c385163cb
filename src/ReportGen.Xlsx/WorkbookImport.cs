using ReportGen.Content;
using ReportGen.Diagnostics;
using ReportGen.Editions;
using ReportGen.Model;
using ReportGen.Publishing;
using static ReportGen.Xlsx.AnswerLayout;

namespace ReportGen.Xlsx;

/// <summary>A cell of a workbook, as the person who filled it finds it: file, sheet, cell.</summary>
public sealed record CellPlace(string File, int Row, int Column)
{
    public override string ToString() => $"{Path.GetFileName(File)} {AnswerSheet}!{CellName(Column, Row)}";
}

/// <summary>A cell the workbook changes: the text before and after, as the workbook shows it, and the value to write.</summary>
public sealed record CellChange(string MeasureId, string Title, string Header, ColumnKind Kind, int Year, CellPlace Place, string Old, string New, string Value);

/// <summary>A cell changed both in the workbook and in the content since the workbook was made: not written.</summary>
public sealed record CellConflict(string MeasureId, string Title, string Header, CellPlace Place, string Workbook, string Base, string Current, string Message);

/// <summary>A warning or error of <c>check</c> on the merged content, with the workbook cell it came from when known.</summary>
public sealed record ImportDiagnostic(Diagnostic Diagnostic, CellPlace? Place);

/// <summary>
/// What importing workbooks would do: the changed cells, the conflicts, the measure files to write (relative to the
/// content folder) and what <c>check</c> says about the result. Nothing is written here.
/// </summary>
public sealed record ImportPlan(
    IReadOnlyList<CellChange> Changes,
    IReadOnlyList<CellConflict> Conflicts,
    IReadOnlyDictionary<string, string> Files,
    IReadOnlyList<ImportDiagnostic> Diagnostics,
    IReadOnlyList<string> Notes)
{
    public bool HasErrors => Diagnostics.Any(d => d.Diagnostic.Severity == Severity.Error);
}

/// <summary>
/// Merges 照会 workbooks into the open edition's cells, three ways: the cell as the workbook was made (its record),
/// as the content has it now, and as the workbook has it now. A cell the workbook left alone is never written; a cell
/// changed on both sides to different texts is a conflict, reported and not written.
/// </summary>
public static partial class WorkbookImport
{
    public static ImportPlan Plan(Report report, string contentDir, IReadOnlyList<AnswerSheetData> books, string? office = null)
    {
        var edition = report.OpenEdition
            ?? throw new WorkbookException("記入中の版（案）がないため取り込めません。次の年度を始めるには reportgen new-year を実行します。");
        var view = EditionView.Of(report, edition);
        var revision = ContentRevision.Hash(contentDir);
        var notes = new List<string>();
        var changes = new List<CellChange>();
        var conflicts = new List<CellConflict>();
        var taken = new Dictionary<(string, ColumnKind), (string Value, CellPlace Place)>();

        foreach (var book in books)
        {
            CheckBelongs(report, edition, book, office);
            if (book.Record.ContentHash != revision)
            {
                notes.Add($"{book.FileName}: 作成後に内容が変わっています（作成元 {(book.Record.Commit.Length > 0 ? "git " + book.Record.Commit[..Math.Min(12, book.Record.Commit.Length)] : "内容 " + book.Record.ContentHash[..Math.Min(12, book.Record.ContentHash.Length)])}）。セルごとに作成時・現在・回答票を照らし合わせます。");
            }

            foreach (var row in book.Rows)
            {
                var measure = report.FindMeasure(row.MeasureId);
                var printed = view.FindRow(row.MeasureId);
                var title = printed?.DisplayTitle ?? measure?.Title ?? row.MeasureId;
                if (book.Record.Office.Length > 0 && printed is not null && !AnswerWorkbook.Concerns(printed, book.Record.Office))
                {
                    // Still merged (the office answered, and the cell is checked as any other), but the secretariat should know.
                    notes.Add($"{book.FileName}: 施策 {row.MeasureId} の担当（{printed.Offices?.Text ?? "空欄"}）に回答票の宛先「{book.Record.Office}」がありません。回答票の作成後に担当が変わっていないか確かめてください。");
                }
                foreach (var (kind, column, workbook, basis) in new[]
                {
                    (ColumnKind.Results, ResultsColumn, row.Results, row.BaseResults),
                    (ColumnKind.Plans, PlansColumn, row.Plans, row.BasePlans),
                    (ColumnKind.Offices, NewOfficesColumn, row.NewOffices, row.BaseOffices),
                })
                {
                    var place = new CellPlace(book.File, row.Row, column);
                    var header = edition.Column(kind)?.Header ?? "担当";
                    var answer = CellText.Normalize(workbook);
                    var offices = kind == ColumnKind.Offices;

                    // 担当 is written only when the office filled the column; an empty cell means "unchanged".
                    var untouched = offices ? answer.Length == 0 : CellText.Same(workbook, basis);
                    if (untouched)
                    {
                        continue;
                    }

                    if (measure is null || printed is null || view.YearOf(kind) is not { } year)
                    {
                        conflicts.Add(new CellConflict(row.MeasureId, title, header, place, answer, basis, string.Empty,
                            $"施策 {row.MeasureId} は記入中の版「{edition.Id}」にありません（回答票の作成後に削除・移動されたか、版の列が変わりました）。事務局で内容を確かめ、必要なら measures/ を直接直してください。"));
                        continue;
                    }

                    if (PublishedPrints(report, kind, year) is { } published)
                    {
                        conflicts.Add(new CellConflict(row.MeasureId, title, header, place, answer, basis, string.Empty,
                            $"この欄（{FiscalYear.ToJapanese(year)}）は公表済みの版「{published}」が印刷したもので、取り込みでは変えません。訂正は reportgen correct で正誤として記録します。"));
                        continue;
                    }

                    var current = Current(measure, kind, year);
                    var value = kind == ColumnKind.Offices ? CellText.ToOffices(workbook) : CellText.ToMarkdown(workbook);
                    var shownNew = kind == ColumnKind.Offices ? value : CellText.FromRichText(MarkdownText.Parse(value));
                    if (CellText.Same(current, shownNew, offices))
                    {
                        continue;
                    }

                    var baseText = basis;
                    if (!CellText.Same(current, baseText, offices))
                    {
                        conflicts.Add(new CellConflict(row.MeasureId, title, header, place, answer, baseText, current,
                            "回答票の作成後に内容でもこの欄が変更されていて、回答票の記入と食い違います。どちらも失わないよう書き込みませんでした。"));
                        continue;
                    }

                    if (taken.TryGetValue((row.MeasureId, kind), out var earlier))
                    {
                        if (earlier.Value != value)
                        {
                            conflicts.Add(new CellConflict(row.MeasureId, title, header, place, answer, baseText, current,
                                $"同じ欄に {earlier.Place} も別の記入をしています。どちらも書き込みませんでした。"));
                            changes.RemoveAll(c => c.MeasureId == row.MeasureId && c.Kind == kind);
                        }

                        continue;
                    }

                    taken[(row.MeasureId, kind)] = (value, place);
                    changes.Add(new CellChange(row.MeasureId, title, header, kind, year, place, current, shownNew, value));
                }
            }
        }

        var files = Files(report, contentDir, changes);
        var diagnostics = files.Count == 0 ? [] : Check(contentDir, files, changes);
        return new ImportPlan(changes, conflicts, files, diagnostics, notes);
    }

    /// <summary>Refuses a workbook made for another report, another edition or (when one is named) another office.</summary>
    private static void CheckBelongs(Report report, Edition edition, AnswerSheetData book, string? office)
    {
        var record = book.Record;
        if (record.ReportTitle != report.Settings.Title)
        {
            throw new WorkbookException($"{book.FileName}: 別の報告書（「{record.ReportTitle}」）の回答票です。この内容（「{report.Settings.Title}」）には取り込めません。");
        }

        if (record.EditionId != edition.Id)
        {
            var other = report.FindEdition(record.EditionId);
            throw new WorkbookException(other is { IsDraft: false }
                ? $"{book.FileName}: 公表済みの版「{record.EditionId}」の回答票です。公表した版は取り込みでは変えません。記入中の版「{edition.Id}」の回答票を reportgen export xlsx で作り直してください。"
                : $"{book.FileName}: 版「{record.EditionId}」の回答票です。いま記入中の版は「{edition.Id}」です。reportgen export xlsx で作り直した回答票に記入してもらってください。");
        }

        if (office is not null && record.Office != office)
        {
            throw new WorkbookException($"{book.FileName}: {(record.Office.Length == 0 ? "全担当" : "「" + record.Office + "」")}あての回答票で、指定の担当「{office}」あてではありません。ファイルを取り違えていないか確かめてください。");
        }
    }

    private static string Current(Measure measure, ColumnKind kind, int year) => kind switch
    {
        ColumnKind.Results => CellText.FromRichText(measure.Year(year)?.Results),
        ColumnKind.Plans => CellText.FromRichText(measure.Year(year)?.Plans),
        _ => measure.Year(year)?.Offices?.Text ?? string.Empty,
    };

    private static string? PublishedPrints(Report report, ColumnKind kind, int year) =>
        report.Editions.Where(e => !e.IsDraft).FirstOrDefault(e =>
            (kind == ColumnKind.Offices ? e.Column(ColumnKind.Offices) is { } oc ? oc.Year ?? e.Column(ColumnKind.Plans)?.Year : null : e.Column(kind)?.Year) == year)?.Id;

    private static Dictionary<string, string> Files(Report report, string contentDir, List<CellChange> changes)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in changes.GroupBy(c => c.MeasureId))
        {
            var measure = report.FindMeasure(group.Key)!;
            var text = File.ReadAllText(measure.Source.File);
            foreach (var change in group)
            {
                text = MeasureFileEdit.SetCell(report, measure, text, change.Year, change.Kind, change.Value);
            }

            files[Path.GetRelativePath(contentDir, measure.Source.File).Replace('\\', '/')] = text;
        }

        return files;
    }

    /// <summary>
    /// Runs the loader's checks on the content as it would be, in a scratch copy, and keeps what concerns the changed
    /// files: every error, and the warnings about the changed cells (named by workbook cell as well as file and line).
    /// </summary>
    private static List<ImportDiagnostic> Check(string contentDir, Dictionary<string, string> files, List<CellChange> changes)
    {
        var scratch = Directory.CreateTempSubdirectory("reportgen-import-").FullName;
        try
        {
            foreach (var file in Directory.EnumerateFiles(contentDir, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(scratch, Path.GetRelativePath(contentDir, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            foreach (var (path, text) in files)
            {
                File.WriteAllText(Path.Combine(scratch, path), text, new System.Text.UTF8Encoding(false));
            }

            var result = ContentLoader.Load(scratch);
            var found = new List<ImportDiagnostic>();
            foreach (var d in result.Diagnostics)
            {
                var relative = Path.GetRelativePath(scratch, d.File).Replace('\\', '/');
                var place = d.Subject is { } s
                    ? changes.FirstOrDefault(c => c.MeasureId == s.MeasureId && s.Year == c.Year && Key(c.Kind) == s.Key)?.Place
                    : files.TryGetValue(relative, out var text) && CellAt(text, d.Line) is var (year, key)
                        ? changes.FirstOrDefault(c => c.Year == year && Key(c.Kind) == key && relative.EndsWith("/" + c.MeasureId + ".yaml", StringComparison.Ordinal))?.Place
                        : null;
                if (d.Severity == Severity.Error || place is not null)
                {
                    var shown = Path.Combine(contentDir, relative);
                    found.Add(new ImportDiagnostic(d with { File = shown }, place));
                }
            }

            return found;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>The year cell a line of a measure file belongs to: the nearest cell key above it and the year above that.</summary>
    private static (int Year, string Key)? CellAt(string text, int line)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string? key = null;
        for (var i = Math.Min(line, lines.Length) - 1; i >= 0; i--)
        {
            if (key is null && CellKey().Match(lines[i]) is { Success: true } k)
            {
                key = k.Groups[1].Value;
            }
            else if (key is not null && YearKey().Match(lines[i]) is { Success: true } y)
            {
                return (int.Parse(y.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), key);
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^    (results|plans|offices):")]
    private static partial System.Text.RegularExpressions.Regex CellKey();

    [System.Text.RegularExpressions.GeneratedRegex(@"^  (\d{4}):\s*$")]
    private static partial System.Text.RegularExpressions.Regex YearKey();

    private static string Key(ColumnKind kind) => kind switch
    {
        ColumnKind.Results => "results",
        ColumnKind.Plans => "plans",
        _ => "offices",
    };
}
