using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Model;
using ReportGen.Validation;

namespace ReportGen.Content;

/// <summary>
/// Reads the measure files, <c>measures/**/*.yaml</c>: each measure's place, text, ministries and the cells of each
/// fiscal year, with the text and cell checks that point at a line of the file.
/// </summary>
internal sealed class MeasureReader
{
    private readonly ContentFolder _folder;

    public MeasureReader(ContentFolder folder) => _folder = folder;

    /// <summary>Where each value of each measure is (<c>goal</c>, <c>ministries/1</c>, <c>years/2024/plans</c>), so that
    /// checks made after loading point at the value, not at the measure's id.</summary>
    public Dictionary<string, Dictionary<string, (int Line, int Column)>> ValuePositions { get; } = new(StringComparer.Ordinal);

    public List<Measure> Read()
    {
        var folder = Path.Combine(_folder.Root, ContentLoader.MeasuresFolder);
        var measures = new List<Measure>();
        if (!Directory.Exists(folder))
        {
            _folder.Bag.Error(_folder.Display(folder), 0, 0, "施策のフォルダ measures/ がありません。", "施策ごとに measures/<ID>.yaml を作成してください。");
            return measures;
        }

        // Reading a file, parsing it and reading the measure in it (its Markdown, its text checks) is independent work,
        // done side by side: most of loading a large report. Each file's messages are collected on their own and
        // reported, with the measures, in file order afterwards, so the messages and the model are the same as one by
        // one, and a file that cannot be read at all still stops the reading where it did.
        var paths = _folder.ContentFiles(folder, recursive: true).ToList();
        var read = new ReadFile[paths.Count];
        Parallel.For(0, paths.Count, i => read[i] = ReadFile.Of(_folder.Parse(paths[i])));

        var seen = new Dictionary<string, SourceRef>();
        foreach (var one in read)
        {
            if (_folder.Accept(one.Parsed) is null)
            {
                continue;
            }

            _folder.Bag.AddRange(one.Bag);
            if (one.Measure is not { } measure)
            {
                continue;
            }

            ValuePositions[measure.Id] = one.ValuesAt!;

            if (seen.TryGetValue(measure.Id, out var first))
            {
                _folder.Bag.Error(measure.Source.File, measure.Source.Line, measure.Source.Column, $"施策 ID「{measure.Id}」が重複しています（{first.File}:{first.Line} と同じ）。", "新しい施策には使われていない ID を付けてください。");
                continue;
            }

            seen[measure.Id] = measure.Source;
            measures.Add(measure);
        }

        return measures;
    }

    /// <summary>One measure file as read on its own: the measure, where its values are, and the messages about it.</summary>
    private sealed record ReadFile(ContentFolder.ParsedFile Parsed, DiagnosticBag Bag, Measure? Measure, Dictionary<string, (int Line, int Column)>? ValuesAt)
    {
        public static ReadFile Of(ContentFolder.ParsedFile parsed)
        {
            var bag = new DiagnosticBag();
            if (parsed.Unreadable is not null || parsed.Problem is not null)
            {
                return new ReadFile(parsed, bag, null, null);
            }

            var measure = ReadMeasure(parsed.Node, parsed.Display, parsed.Lines!, bag);

            // The file's YAML tree and lines are not kept: held until every file is read, 3,000 of them outlived
            // collections and were copied from generation to generation.
            return new ReadFile(parsed with { Node = null, Lines = null }, bag, measure, measure is null ? null : Positions.Of(parsed.Node));
        }
    }

    private static Measure? ReadMeasure(YamlNode? node, string file, SourceLines lines, DiagnosticBag bag)
    {
        var f = Fields.Of(node, file, bag, FieldPlace.Measure);
        if (f is null)
        {
            return null;
        }

        var id = f.Id(ContentFields.Measure.Id);
        var section = f.Id(ContentFields.Measure.Section);
        var goal = f.Id(ContentFields.Measure.Goal);
        var order = f.Int(ContentFields.Measure.Order);
        var title = f.Text(ContentFields.Measure.Title);
        var text = f.Text(ContentFields.Measure.Text) ?? string.Empty;
        var incomplete = f.Bool(ContentFields.Measure.TextIncomplete);
        var details = f.Text(ContentFields.Measure.Details);
        var note = f.Text(ContentFields.Measure.MinistriesNote);
        var ministries = new List<MinistryRef>();
        foreach (var m in f.StringList(ContentFields.Measure.Ministries))
        {
            var code = m.Value.TrimStart('◎');
            ministries.Add(new MinistryRef(code, m.Value.StartsWith('◎')));
        }

        var (idLine, idColumn) = f.PositionOf(ContentFields.Measure.Id);
        CheckText(bag, file, lines, f, ContentFields.Measure.Title, title, Subject(id, "title"));
        CheckText(bag, file, lines, f, ContentFields.Measure.Text, text, Subject(id, "text"));
        CheckText(bag, file, lines, f, ContentFields.Measure.Details, details, Subject(id, "details"));
        if (incomplete)
        {
            var (line, column) = f.PositionOf(ContentFields.Measure.Text);
            bag.Warning(file, line, column, "本文の冒頭が原資料で欠落しています（文の途中から始まっています）。", "基本計画の本文で補い、text_incomplete を削除してください。", Subject(id, "text"));
        }

        var years = ReadYears(bag, f, file, lines, id);
        if (id is null || section is null || goal is null || order is null || years is null)
        {
            return null;
        }

        return new Measure(
            id,
            section,
            goal,
            order.Value,
            title,
            text,
            incomplete,
            details is null ? null : MarkdownText.Parse(details),
            ministries,
            note,
            years,
            new SourceRef(file, idLine, idColumn));
    }

    private static TextSubject? Subject(string? measureId, string key, int? year = null) =>
        measureId is null ? null : new TextSubject(measureId, key, year);

    private static List<FiscalYearEntry>? ReadYears(DiagnosticBag bag, Fields f, string file, SourceLines lines, string? measureId)
    {
        var node = f.Get(ContentFields.Measure.Years);
        if (node is null)
        {
            bag.Error(file, f.Node.Line, f.Node.Column, "必須の項目「years」（年度ごとの実績・予定・担当）がありません。", "years: の下に年度（例: 2023:）を書いてください。");
            return null;
        }

        if (node is not YamlMapping map)
        {
            bag.Error(file, node.Line, node.Column, "「years」は「年度: 内容」の形で書いてください。", "例: 2024: { plans: … }");
            return null;
        }

        var years = new List<FiscalYearEntry>();
        foreach (var (key, value) in map.Entries)
        {
            if (int.TryParse(key.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var written) && written is >= 1989 and <= 2200 &&
                key.Value != written.ToString(CultureInfo.InvariantCulture))
            {
                // 02024 would be a second FY2024 beside 2024: the mapping keys differ, the years do not.
                bag.Error(file, key.Line, key.Column, $"年度「{Printable.Shorten(key.Value)}」は「{written}」と書いてください。", "年度は先頭に 0 を付けない西暦4桁で書きます。");
                continue;
            }

            if (!int.TryParse(key.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1989 or > 2200)
            {
                var era = FiscalYear.Parse(key.Value);
                var hint = era is null ? "西暦の年度を半角数字で書いてください（例: 2024）。" : $"西暦で「{era}」と書いてください。";
                bag.Error(file, key.Line, key.Column, $"年度「{Printable.Shorten(key.Value)}」が読めません。", hint);
                continue;
            }

            var y = Fields.Of(value, file, bag, FieldPlace.Year, $"{year} 年度");
            if (y is null)
            {
                continue;
            }

            var results = y.Text(ContentFields.Year.Results);
            var plans = y.Text(ContentFields.Year.Plans);
            var offices = y.Text(ContentFields.Year.Offices);
            CheckText(bag, file, lines, y, ContentFields.Year.Results, results, Subject(measureId, "results", year));
            CheckText(bag, file, lines, y, ContentFields.Year.Plans, plans, Subject(measureId, "plans", year));
            CheckCell(bag, file, lines, y, ContentFields.Year.Results, results, Subject(measureId, "results", year));
            CheckCell(bag, file, lines, y, ContentFields.Year.Plans, plans, Subject(measureId, "plans", year));
            if (offices is not null && OfficesText.CheckBrackets(offices) is { } problem)
            {
                var (line, column) = y.PositionOf(ContentFields.Year.Offices);
                bag.Error(file, line, column, "担当の括弧が対応していません: " + problem, "支援する部署は（　）で囲んでください。例: 経済産業省医福室（文部科学省）");
            }

            var sources = new Dictionary<ColumnKind, SourceRef>();
            foreach (var (kind, field, present) in new[] { (ColumnKind.Results, ContentFields.Year.Results, results), (ColumnKind.Plans, ContentFields.Year.Plans, plans), (ColumnKind.Offices, ContentFields.Year.Offices, offices) })
            {
                if (present is not null)
                {
                    var (line, column) = y.PositionOf(field);
                    sources[kind] = new SourceRef(file, line, column);
                }
            }

            years.Add(new FiscalYearEntry(
                year,
                results is null ? null : MarkdownText.Parse(results),
                plans is null ? null : MarkdownText.Parse(plans),
                offices is null ? null : OfficesText.Parse(offices))
            { Sources = sources, KeySource = new SourceRef(file, key.Line, key.Column) });
        }

        return [.. years.OrderBy(y => y.FiscalYear)];
    }

    /// <summary>Runs <see cref="TextChecks"/> on one field and points each warning at the line it is on.</summary>
    private static void CheckText(DiagnosticBag bag, string file, SourceLines lines, Fields fields, ContentField field, string? text, TextSubject? subject)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var (startLine, startColumn) = fields.PositionOf(field);
        foreach (var issue in TextChecks.Check(text))
        {
            var (line, column) = Locate(lines, startLine, issue.Found, (startLine, startColumn));
            bag.Warning(file, line, column, issue.Message, issue.Hint, subject);
        }
    }

    /// <summary>Runs <see cref="CellChecks"/> on a results or plans cell and points each warning at its place in the file.</summary>
    private static void CheckCell(DiagnosticBag bag, string file, SourceLines lines, Fields fields, ContentField field, string? text, TextSubject? subject)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var (keyLine, keyColumn) = fields.PositionOf(field);
        string[]? cellLines = null;
        foreach (var issue in CellChecks.Check(text))
        {
            // Split only when a warning is to be placed: most cells have none.
            cellLines ??= text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            var cellLine = cellLines[issue.Line];
            var trimmed = cellLine.TrimStart(' ');

            // A block scalar's line i is on the i-th line after its key; a plain scalar is on the key's line.
            var (line, column) = Locate(lines, keyLine + issue.Line, trimmed, (keyLine, keyColumn));
            if (line != keyLine || column != keyColumn)
            {
                column += issue.Column - (cellLine.Length - trimmed.Length);
            }

            bag.Warning(file, line, column, issue.Message, issue.Hint, subject);
        }
    }

    private static (int Line, int Column) Locate(SourceLines source, int fromLine, string needle, (int, int) fallback)
    {
        var lines = source.All;
        for (var i = Math.Max(0, fromLine - 1); i < lines.Length; i++)
        {
            var at = lines[i].IndexOf(needle, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (i + 1, at + 1);
            }
        }

        return fallback;
    }
}
