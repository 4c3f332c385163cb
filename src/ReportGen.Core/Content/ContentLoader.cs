using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Editions;
using ReportGen.Model;
using ReportGen.Validation;

namespace ReportGen.Content;

/// <summary>The outcome of loading <c>content/</c>: the report when it could be built, and every problem found.</summary>
public sealed record LoadResult(Report? Report, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>
    /// The report as far as it could be built, errors or not: enough to tell which warnings an editor can act on and
    /// how far the cells are filled while a mistake is being fixed. Nothing is rendered from it.
    /// </summary>
    public Report? Partial { get; init; }
}

/// <summary>
/// The one place that knows the content format. Reads <c>report.yaml</c>, <c>structure.yaml</c>,
/// <c>editions/*.yaml</c> and <c>measures/**/*.yaml</c>, validates them against each other and builds the model.
/// It never writes to the content folder.
/// </summary>
public sealed class ContentLoader
{
    public const string ReportFile = "report.yaml";
    public const string StructureFile = "structure.yaml";
    public const string EditionsFolder = "editions";
    public const string MeasuresFolder = "measures";

    private static readonly string[] ReportKeys = ["title", "publisher", "ministries", "offices"];
    private static readonly string[] OfficeKeys = ["name", "ministry", "short"];
    private static readonly string[] StructureKeys = ["sections"];
    private static readonly string[] SectionKeys = ["id", "number", "title", "goals"];
    private static readonly string[] GoalKeys = ["id", "title", "repeat", "repeated_measures"];
    private static readonly string[] MeasureKeys =
        ["id", "section", "goal", "order", "title", "text", "text_incomplete", "details", "ministries", "ministries_note", "years"];
    private static readonly string[] YearKeys = ["results", "plans", "offices"];
    private static readonly string[] EditionKeys = ["id", "label", "title", "meeting", "date", "columns", "page", "fonts", "page_number"];
    private static readonly string[] ColumnKeys = ["kind", "header", "year", "width"];
    private static readonly string[] PageKeys = ["size", "orientation", "margins_mm"];
    private static readonly string[] MarginKeys = ["top", "right", "bottom", "left"];
    private static readonly string[] FontKeys = ["gothic", "mincho"];

    private readonly string _root;
    private readonly string _displayRoot;
    private readonly DiagnosticBag _bag = new();
    private bool _editionsBroken;

    /// <summary>Where each value of each measure is (<c>goal</c>, <c>ministries/1</c>, <c>years/2024/plans</c>), so that
    /// checks made after loading point at the value, not at the measure's id.</summary>
    private readonly Dictionary<string, Dictionary<string, (int Line, int Column)>> _positions = new(StringComparer.Ordinal);

    private ContentLoader(string root, string displayRoot)
    {
        _root = root;
        _displayRoot = displayRoot;
    }

    /// <param name="contentDir">The content folder; paths in messages start with it as given.</param>
    public static LoadResult Load(string contentDir)
    {
        var loader = new ContentLoader(Path.GetFullPath(contentDir), contentDir.TrimEnd('/', '\\'));
        var report = loader.LoadAll();
        return new LoadResult(loader._bag.HasErrors ? null : report, loader._bag.Sorted()) { Partial = report };
    }

    private string Display(string fullPath) =>
        Path.Combine(_displayRoot, Path.GetRelativePath(_root, fullPath)).Replace('\\', '/');

    private Report? LoadAll()
    {
        if (!Directory.Exists(_root))
        {
            _bag.Error(_displayRoot, 0, 0, "内容フォルダがありません。", "リポジトリの最上位で実行するか、--content でフォルダを指定してください。");
            return null;
        }

        var settings = LoadSettings();
        var sections = LoadStructure();
        var measures = LoadMeasures();
        var (editions, records) = LoadEditions();
        if (settings is null || sections is null)
        {
            return null;
        }

        var report = new Report(settings, sections, measures, editions) { PublishedViews = records };
        CrossCheck(report);
        CheckPublishedCells(report);

        // An edition whose record cannot be read, or whose columns show years nothing has, is reported by now: the
        // checks against the open edition would only echo it, once per measure.
        if (!_editionsBroken)
        {
            CheckAgainstTheOpenEdition(report);
        }
        return report;
    }

    private (YamlNode? Node, string File, string[] Lines)? ReadYaml(string fullPath)
    {
        var display = Display(fullPath);
        var (text, error, hint) = ContentFile.Read(fullPath);
        if (text is null)
        {
            _bag.Error(display, 1, 1, error!, hint);
            return null;
        }

        try
        {
            return (YamlReader.Read(text), display, text.Split('\n'));
        }
        catch (YamlReadException e)
        {
            _bag.Error(display, e.Line, e.Column, e.Message, e.Hint);
            return null;
        }
    }

    private ReportSettings? LoadSettings()
    {
        var path = Path.Combine(_root, ReportFile);
        if (!File.Exists(path))
        {
            _bag.Error(Display(path), 0, 0, "報告書の設定ファイルがありません。", "report.yaml（title, publisher, ministries）を作成してください。");
            return null;
        }

        if (ReadYaml(path) is not var (node, file, _))
        {
            return null;
        }

        var f = Fields.Of(node, file, _bag, "report.yaml", ReportKeys);
        if (f is null)
        {
            return null;
        }

        var ministries = new List<Ministry>();
        switch (f.Get("ministries"))
        {
            case YamlMapping map:
                foreach (var (key, value) in map.Entries)
                {
                    if (value is YamlScalar { IsNull: false } name)
                    {
                        ministries.Add(new Ministry(key.Value, name.Value));
                    }
                    else
                    {
                        _bag.Error(file, value.Line, value.Column, $"省庁「{key.Value}」の正式名称を書いてください。", "例: 厚: 厚生労働省");
                    }
                }

                break;
            case null:
                _bag.Error(file, f.Node.Line, f.Node.Column, "必須の項目「ministries」（省庁の略称と名称）がありません。", "例: ministries: { 厚: 厚生労働省 }");
                break;
            case var other:
                _bag.Error(file, other.Line, other.Column, "「ministries」は「略称: 名称」の形で書いてください。", "例: 厚: 厚生労働省");
                break;
        }

        var title = f.RequiredString("title", "報告書の題名");
        var publisher = f.RequiredString("publisher", "発行者");
        var offices = ReadOffices(f, file, ministries);
        return title is null || publisher is null ? null : new ReportSettings(title, publisher, ministries) { Offices = offices };
    }

    private List<OfficeInfo> ReadOffices(Fields f, string file, List<Ministry> ministries)
    {
        var offices = new List<OfficeInfo>();
        if (!f.Has("offices"))
        {
            return offices;
        }

        if (f.Get("offices") is not YamlSequence items)
        {
            var (line, column) = f.PositionOf("offices");
            _bag.Error(file, line, column, "「offices」は部署のリストにしてください。", "例: offices: の下に「- name: 厚労省医療機器政策室」を並べます。");
            return offices;
        }

        foreach (var item in items.Items)
        {
            var o = Fields.Of(item, file, _bag, "部署", OfficeKeys);
            var name = o?.RequiredString("name", "部署の名前");
            if (o is null || name is null)
            {
                continue;
            }

            var ministry = o.OptionalString("ministry", "部署の省庁");
            if (ministry is not null && ministries.All(m => m.Code != ministry))
            {
                var (line, column) = o.PositionOf("ministry");
                _bag.Error(file, line, column, $"部署「{name}」の省庁「{ministry}」は ministries にありません。", "使える略称: " + string.Join("、", ministries.Select(m => m.Code)));
            }

            if (offices.Any(x => x.Name == name))
            {
                var (line, column) = o.PositionOf("name");
                _bag.Error(file, line, column, $"部署「{name}」が2回書かれています。", "1つにまとめてください。");
                continue;
            }

            offices.Add(new OfficeInfo(name, ministry, [.. o.StringList("short", "短い書き方").Select(s => s.Value)]));
        }

        return offices;
    }

    private List<Section>? LoadStructure()
    {
        var path = Path.Combine(_root, StructureFile);
        if (!File.Exists(path))
        {
            _bag.Error(Display(path), 0, 0, "構成ファイルがありません。", "structure.yaml（sections と goals）を作成してください。");
            return null;
        }

        if (ReadYaml(path) is not var (node, file, _))
        {
            return null;
        }

        var f = Fields.Of(node, file, _bag, "structure.yaml", StructureKeys);
        if (f?.Get("sections") is not YamlSequence sectionNodes)
        {
            if (f is not null)
            {
                _bag.Error(file, f.Node.Line, f.Node.Column, "「sections」（項目のリスト）がありません。", "sections: の下に項目を並べてください。");
            }

            return null;
        }

        var sections = new List<Section>();
        var goalIds = new Dictionary<string, (int Line, int Column)>();
        foreach (var sectionNode in sectionNodes.Items)
        {
            var s = Fields.Of(sectionNode, file, _bag, "項目（section）", SectionKeys);
            if (s is null)
            {
                continue;
            }

            var id = s.Id("id", IdKind.Section);
            var number = s.Int("number", "項目番号", required: true);
            var title = s.RequiredString("title", "項目の題名");
            var goals = new List<Goal>();
            if (s.Get("goals") is YamlSequence goalNodes)
            {
                foreach (var goalNode in goalNodes.Items)
                {
                    var g = Fields.Of(goalNode, file, _bag, "目標（goal）", GoalKeys);
                    if (g is null || id is null)
                    {
                        continue;
                    }

                    var repeat = g.OptionalId("repeat", IdKind.Goal);
                    var repeated = new List<string>();
                    foreach (var item in g.StringList("repeated_measures", "再掲する施策の ID"))
                    {
                        if (ContentIds.IsValid(item.Value))
                        {
                            repeated.Add(item.Value);
                        }
                        else
                        {
                            _bag.Error(file, item.Line, item.Column, $"再掲する{ContentIds.Label(IdKind.Measure)}「{Printable.Shorten(item.Value)}」は使えません。", ContentIds.Rule(IdKind.Measure));
                        }
                    }

                    if (repeat is not null)
                    {
                        goals.Add(new Goal($"{id}-{repeat}", id, string.Empty, repeat, repeated));
                        continue;
                    }

                    var goalId = g.Id("id", IdKind.Goal);
                    var goalTitle = g.RequiredString("title", "目標の題名");
                    if (goalId is null || goalTitle is null)
                    {
                        continue;
                    }

                    var (line, column) = g.PositionOf("id");
                    if (goalIds.TryGetValue(goalId, out var first))
                    {
                        _bag.Error(file, line, column, $"目標 ID「{goalId}」が重複しています（{first.Line} 行目と同じ）。", "別の ID にしてください。");
                    }

                    goalIds[goalId] = (line, column);
                    goals.Add(new Goal(goalId, id, goalTitle, null, repeated));
                }
            }
            else
            {
                var (line, column) = s.PositionOf("goals");
                _bag.Error(file, line, column, "「goals」（目標のリスト）がありません。", "goals: の下に目標を並べてください。");
            }

            if (id is not null && number is not null && title is not null)
            {
                sections.Add(new Section(id, number.Value, title, goals));
            }
        }

        foreach (var goal in sections.SelectMany(x => x.Goals).Where(g => g.IsRepeat && !goalIds.ContainsKey(g.RepeatOf!)))
        {
            _bag.Error(file, 1, 1, $"再掲の目標「{goal.RepeatOf}」がありません。", "repeat: には既にある目標の ID を書いてください。");
        }

        return sections;
    }

    private List<Measure> LoadMeasures()
    {
        var folder = Path.Combine(_root, MeasuresFolder);
        var measures = new List<Measure>();
        if (!Directory.Exists(folder))
        {
            _bag.Error(Display(folder), 0, 0, "施策のフォルダ measures/ がありません。", "施策ごとに measures/<ID>.yaml を作成してください。");
            return measures;
        }

        var seen = new Dictionary<string, SourceRef>();
        foreach (var path in ContentFiles(folder, recursive: true))
        {
            if (ReadYaml(path) is not var (node, file, lines))
            {
                continue;
            }

            var measure = ReadMeasure(node, file, lines);
            if (measure is null)
            {
                continue;
            }

            _positions[measure.Id] = Positions.Of(node);

            if (seen.TryGetValue(measure.Id, out var first))
            {
                _bag.Error(file, measure.Source.Line, measure.Source.Column, $"施策 ID「{measure.Id}」が重複しています（{first.File}:{first.Line} と同じ）。", "新しい施策には使われていない ID を付けてください。");
                continue;
            }

            seen[measure.Id] = measure.Source;
            measures.Add(measure);
        }

        return measures;
    }

    private Measure? ReadMeasure(YamlNode? node, string file, string[] lines)
    {
        var f = Fields.Of(node, file, _bag, "施策", MeasureKeys);
        if (f is null)
        {
            return null;
        }

        var id = f.Id("id", IdKind.Measure);
        var section = f.Id("section", IdKind.Section);
        var goal = f.Id("goal", IdKind.Goal);
        var order = f.Int("order", "目標内の並び順", required: true);
        var title = f.OptionalString("title", "施策の見出し");
        var text = f.OptionalString("text", "該当箇所の本文") ?? string.Empty;
        var incomplete = f.Bool("text_incomplete", "本文の冒頭が原資料で欠落");
        var details = f.OptionalString("details", "本文に続く細目");
        var note = f.OptionalString("ministries_note", "担当省庁についての注記");
        var ministries = new List<MinistryRef>();
        foreach (var m in f.StringList("ministries", "担当省庁"))
        {
            var code = m.Value.TrimStart('◎');
            ministries.Add(new MinistryRef(code, m.Value.StartsWith('◎')));
        }

        var (idLine, idColumn) = f.PositionOf("id");
        CheckText(file, lines, f, "title", title, Subject(id, "title"));
        CheckText(file, lines, f, "text", text, Subject(id, "text"));
        CheckText(file, lines, f, "details", details, Subject(id, "details"));
        if (incomplete)
        {
            var (line, column) = f.PositionOf("text");
            _bag.Warning(file, line, column, "本文の冒頭が原資料で欠落しています（文の途中から始まっています）。", "基本計画の本文で補い、text_incomplete を削除してください。", Subject(id, "text"));
        }

        var years = ReadYears(f, file, lines, id);
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

    private List<FiscalYearEntry>? ReadYears(Fields f, string file, string[] lines, string? measureId)
    {
        var node = f.Get("years");
        if (node is null)
        {
            _bag.Error(file, f.Node.Line, f.Node.Column, "必須の項目「years」（年度ごとの実績・予定・担当）がありません。", "years: の下に年度（例: 2023:）を書いてください。");
            return null;
        }

        if (node is not YamlMapping map)
        {
            _bag.Error(file, node.Line, node.Column, "「years」は「年度: 内容」の形で書いてください。", "例: 2024: { plans: … }");
            return null;
        }

        var years = new List<FiscalYearEntry>();
        foreach (var (key, value) in map.Entries)
        {
            if (int.TryParse(key.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var written) && written is >= 1989 and <= 2200 &&
                key.Value != written.ToString(CultureInfo.InvariantCulture))
            {
                // 02024 would be a second FY2024 beside 2024: the mapping keys differ, the years do not.
                _bag.Error(file, key.Line, key.Column, $"年度「{Printable.Shorten(key.Value)}」は「{written}」と書いてください。", "年度は先頭に 0 を付けない西暦4桁で書きます。");
                continue;
            }

            if (!int.TryParse(key.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1989 or > 2200)
            {
                var era = FiscalYear.Parse(key.Value);
                var hint = era is null ? "西暦の年度を半角数字で書いてください（例: 2024）。" : $"西暦で「{era}」と書いてください。";
                _bag.Error(file, key.Line, key.Column, $"年度「{Printable.Shorten(key.Value)}」が読めません。", hint);
                continue;
            }

            var y = Fields.Of(value, file, _bag, $"{year} 年度", YearKeys);
            if (y is null)
            {
                continue;
            }

            var results = y.OptionalString("results", "実績・状況");
            var plans = y.OptionalString("plans", "取組予定");
            var offices = y.OptionalString("offices", "担当");
            CheckText(file, lines, y, "results", results, Subject(measureId, "results", year));
            CheckText(file, lines, y, "plans", plans, Subject(measureId, "plans", year));
            CheckCell(file, lines, y, "results", results, Subject(measureId, "results", year));
            CheckCell(file, lines, y, "plans", plans, Subject(measureId, "plans", year));
            if (offices is not null && OfficesText.CheckBrackets(offices) is { } problem)
            {
                var (line, column) = y.PositionOf("offices");
                _bag.Error(file, line, column, "担当の括弧が対応していません: " + problem, "支援する部署は（　）で囲んでください。例: 経済産業省医福室（文部科学省）");
            }

            var sources = new Dictionary<ColumnKind, SourceRef>();
            foreach (var (kind, present) in new[] { (ColumnKind.Results, results), (ColumnKind.Plans, plans), (ColumnKind.Offices, offices) })
            {
                if (present is not null)
                {
                    var (line, column) = y.PositionOf(ColumnKinds.Name(kind));
                    sources[kind] = new SourceRef(file, line, column);
                }
            }

            years.Add(new FiscalYearEntry(
                year,
                results is null ? null : MarkdownText.Parse(results),
                plans is null ? null : MarkdownText.Parse(plans),
                offices is null ? null : OfficesText.Parse(offices)) { Sources = sources, KeySource = new SourceRef(file, key.Line, key.Column) });
        }

        return [.. years.OrderBy(y => y.FiscalYear)];
    }

    /// <summary>Runs <see cref="TextChecks"/> on one field and points each warning at the line it is on.</summary>
    private void CheckText(string file, string[] lines, Fields fields, string key, string? text, TextSubject? subject)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var (startLine, startColumn) = fields.PositionOf(key);
        foreach (var issue in TextChecks.Check(text))
        {
            var (line, column) = Locate(lines, startLine, issue.Found, (startLine, startColumn));
            _bag.Warning(file, line, column, issue.Message, issue.Hint, subject);
        }
    }

    /// <summary>Runs <see cref="CellChecks"/> on a results or plans cell and points each warning at its place in the file.</summary>
    private void CheckCell(string file, string[] lines, Fields fields, string key, string? text, TextSubject? subject)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var (keyLine, keyColumn) = fields.PositionOf(key);
        var cellLines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        foreach (var issue in CellChecks.Check(text))
        {
            var cellLine = cellLines[issue.Line];
            var trimmed = cellLine.TrimStart(' ');

            // A block scalar's line i is on the i-th line after its key; a plain scalar is on the key's line.
            var (line, column) = Locate(lines, keyLine + issue.Line, trimmed, (keyLine, keyColumn));
            if (line != keyLine || column != keyColumn)
            {
                column += issue.Column - (cellLine.Length - trimmed.Length);
            }

            _bag.Warning(file, line, column, issue.Message, issue.Hint, subject);
        }
    }

    private static (int Line, int Column) Locate(string[] lines, int fromLine, string needle, (int, int) fallback)
    {
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

    private (List<Edition> Editions, Dictionary<string, EditionView> Records) LoadEditions()
    {
        var folder = Path.Combine(_root, EditionsFolder);
        var editions = new List<Edition>();
        var records = new Dictionary<string, EditionView>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            _bag.Error(Display(folder), 0, 0, "版のフォルダ editions/ がありません。", "版ごとに editions/<ID>.yaml を作成してください。");
            return (editions, records);
        }

        void Add(Edition edition, string file)
        {
            if (editions.FirstOrDefault(e => e.Id == edition.Id) is { } first)
            {
                var hint = first.IsDraft != edition.IsDraft
                    ? $"版「{edition.Id}」は公表済みで、表示は記録 {EditionRecord.FileName(edition.Id)} から作られます。{edition.Id}.yaml は削除してください。"
                    : "別の ID にしてください。";
                _bag.Error(file, edition.Source.Line, edition.Source.Column, $"版 ID「{edition.Id}」が重複しています（{first.Source.File} と同じ）。", hint);
                return;
            }

            editions.Add(edition);
        }

        // Published editions first, so that a draft file left beside a record is the one reported.
        foreach (var path in Directory.EnumerateFiles(folder, "*" + EditionRecord.Suffix).Order(StringComparer.Ordinal))
        {
            var file = Display(path);
            var (text, error, hint) = ContentFile.Read(path);
            if (text is null)
            {
                _bag.Error(file, 1, 1, error!, hint);
                continue;
            }

            try
            {
                var view = EditionRecord.Read(text, new SourceRef(file, 1, 1));
                Add(view.Edition, file);
                records[view.Edition.Id] = view;
            }
            catch (RecordException e)
            {
                _editionsBroken = true;
                var id = Path.GetFileName(path)[..^EditionRecord.Suffix.Length];
                _bag.Error(file, 1, 1, $"公表済みの版「{id}」の記録が読めません: {e.Message}", $"記録は手で編集しません。git checkout HEAD -- {file} のようにリポジトリの履歴から戻し、訂正は reportgen correct --edition {id} で正誤として記録してください。");
            }
        }

        foreach (var path in ContentFiles(folder, recursive: false).Where(p => p.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            if (ReadYaml(path) is not var (node, file, _))
            {
                continue;
            }

            if (ReadEdition(node, file) is { } edition)
            {
                Add(edition, file);
            }
        }

        if (editions.Count == 0 && !_editionsBroken)
        {
            _bag.Error(Display(folder), 0, 0, "版（edition）が1つもありません。", "editions/<ID>.yaml を作成してください。");
        }

        return (editions, records);
    }

    private Edition? ReadEdition(YamlNode? node, string file)
    {
        var f = Fields.Of(node, file, _bag, "版", EditionKeys);
        if (f is null)
        {
            return null;
        }

        var id = f.Id("id", IdKind.Edition);
        var label = f.RequiredString("label", "資料番号");
        var title = f.RequiredString("title", "表題");
        var meeting = f.OptionalString("meeting", "会議名");
        var dateText = f.RequiredString("date", "日付");
        DateOnly? date = null;
        if (dateText is not null)
        {
            if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                date = d;
            }
            else
            {
                var (line, column) = f.PositionOf("date");
                _bag.Error(file, line, column, $"日付「{dateText}」が読めません。", "西暦で 2024-03-12 のように書いてください。");
            }
        }

        var columns = ReadColumns(f, file);
        var page = ReadPage(f, file);
        var fonts = ReadFonts(f, file);
        var pageNumber = f.OptionalString("page_number", "ページ番号の書式") ?? "- {n} -";
        if (!pageNumber.Contains("{n}", StringComparison.Ordinal))
        {
            var (line, column) = f.PositionOf("page_number");
            _bag.Error(file, line, column, "ページ番号の書式に {n} がありません。", "「- {n} -」か「{n} / {N}」のように書いてください。");
        }

        var (idLine, idColumn) = f.PositionOf("id");
        return id is null || label is null || title is null || date is null || columns is null || page is null
            ? null
            : new Edition(id, label, title, meeting, date.Value, columns, page, fonts, pageNumber, new SourceRef(file, idLine, idColumn));
    }

    private List<EditionColumn>? ReadColumns(Fields f, string file)
    {
        if (f.Get("columns") is not YamlSequence seq || seq.Items.Count == 0)
        {
            var (line, column) = f.PositionOf("columns");
            _bag.Error(file, line, column, "「columns」（表の列）がありません。", "kind, header, width を持つ列を並べてください。");
            return null;
        }

        var columns = new List<EditionColumn>();
        foreach (var item in seq.Items)
        {
            var c = Fields.Of(item, file, _bag, "列", ColumnKeys);
            if (c is null)
            {
                continue;
            }

            var kindText = c.RequiredString("kind", "列の種類");
            var header = c.RequiredString("header", "列見出し");
            var year = c.Int("year", "年度", required: false);
            var width = c.Number("width", "列幅", required: true);
            ColumnKind? kind = kindText switch
            {
                "text" => ColumnKind.Text,
                "results" => ColumnKind.Results,
                "plans" => ColumnKind.Plans,
                "offices" => ColumnKind.Offices,
                _ => null,
            };
            if (kind is null && kindText is not null)
            {
                var (line, column) = c.PositionOf("kind");
                var suggestion = Suggest.Closest(kindText, ["text", "results", "plans", "offices"]);
                _bag.Error(file, line, column, $"列の種類「{kindText}」は使えません。", suggestion is null ? "text, results, plans, offices のどれかにしてください。" : $"「{suggestion}」のことですか？");
            }

            if (kind is ColumnKind.Results or ColumnKind.Plans && year is null)
            {
                var (line, column) = c.PositionOf("kind");
                _bag.Error(file, line, column, "実績・予定の列には年度（year）が必要です。", "例: year: 2023");
            }

            if (kind is not null && header is not null && width is not null)
            {
                columns.Add(new EditionColumn(kind.Value, header, year, width.Value));
            }
        }

        return columns;
    }

    private PageSetup? ReadPage(Fields f, string file)
    {
        if (!f.Has("page"))
        {
            return new PageSetup("A4", true, 12, 10, 12, 10);
        }

        var p = Fields.Of(f.Get("page"), file, _bag, "ページ設定", PageKeys);
        if (p is null)
        {
            return null;
        }

        var size = p.OptionalString("size", "用紙サイズ") ?? "A4";
        if (size is not ("A4" or "A3" or "B4" or "B5"))
        {
            var (line, column) = p.PositionOf("size");
            _bag.Error(file, line, column, $"用紙サイズ「{size}」は使えません。", "A4, A3, B4, B5 のどれかにしてください。");
        }

        var orientation = p.OptionalString("orientation", "用紙の向き") ?? "landscape";
        if (orientation is not ("landscape" or "portrait"))
        {
            var (line, column) = p.PositionOf("orientation");
            _bag.Error(file, line, column, $"用紙の向き「{orientation}」は使えません。", "landscape（横）か portrait（縦）にしてください。");
        }

        double top = 12, right = 10, bottom = 12, left = 10;
        if (p.Has("margins_mm"))
        {
            var m = Fields.Of(p.Get("margins_mm"), file, _bag, "余白", MarginKeys);
            if (m is not null)
            {
                top = m.Number("top", "上余白", required: false) ?? top;
                right = m.Number("right", "右余白", required: false) ?? right;
                bottom = m.Number("bottom", "下余白", required: false) ?? bottom;
                left = m.Number("left", "左余白", required: false) ?? left;
            }
        }

        return new PageSetup(size, orientation == "landscape", top, right, bottom, left);
    }

    private FontSettings ReadFonts(Fields f, string file)
    {
        var defaults = new FontSettings("BIZ UDGothic", "BIZ UDMincho");
        if (!f.Has("fonts"))
        {
            return defaults;
        }

        var fonts = Fields.Of(f.Get("fonts"), file, _bag, "フォント設定", FontKeys);
        return fonts is null
            ? defaults
            : new FontSettings(
                fonts.OptionalString("gothic", "ゴシック体") ?? defaults.Gothic,
                fonts.OptionalString("mincho", "明朝体") ?? defaults.Mincho);
    }

    /// <summary>
    /// A published edition renders from its record, so editing a cell it printed changes nothing it shows: such an
    /// edit is almost always meant for the open edition (the FY2024 results sit right above the published FY2024
    /// plans). Each cell of a measure file that a published edition printed must still read as printed.
    /// </summary>
    private void CheckPublishedCells(Report report)
    {
        foreach (var view in report.PublishedViews.Values)
        {
            var edition = view.Edition;
            foreach (var row in view.Rows)
            {
                if (report.FindMeasure(row.Id) is not { } measure)
                {
                    continue;
                }

                foreach (var kind in new[] { ColumnKind.Results, ColumnKind.Plans, ColumnKind.Offices })
                {
                    if (view.YearOf(kind) is not { } year || edition.Column(kind) is not { } column || measure.Year(year) is not { } entry)
                    {
                        continue;
                    }

                    var (printed, now) = kind == ColumnKind.Offices
                        ? (row.Offices?.Text ?? string.Empty, entry.Offices?.Text ?? string.Empty)
                        : (PlainText(row.YearCell(kind)), PlainText(kind == ColumnKind.Results ? entry.Results : entry.Plans));
                    if (printed == now || (now.Length == 0 && entry.SourceOf(kind) is null))
                    {
                        continue;
                    }

                    var at = entry.SourceOf(kind) ?? measure.Source;
                    var open = report.OpenEdition?.Columns.FirstOrDefault(c => c.Kind == kind && c.Year is not null);
                    var where = open is null ? string.Empty : $"{open.Header}なら {open.Year}: の {ColumnKinds.Name(kind)}: に書いてください。";
                    _bag.Error(
                        at.File,
                        at.Line,
                        at.Column,
                        $"この欄（{year}: の {ColumnKinds.Name(kind)}:、{column.Header}）は公表済みの版「{edition.Id}」に印刷された内容と違います。公表済みの版は変わりません。",
                        $"{where}公表した内容を訂正するときは、元に戻してから reportgen correct --edition {edition.Id} で正誤として記録してください。");
                }
            }
        }
    }

    /// <summary>
    /// Mistakes that make a cell of the open edition silently disappear or print 「－」: a year no edition shows (2026:
    /// written for 2025:), and a measure of the open edition without 担当.
    /// </summary>
    private void CheckAgainstTheOpenEdition(Report report)
    {
        var shownYears = report.Editions.SelectMany(e => e.FiscalYears).ToHashSet();
        if (shownYears.Count == 0)
        {
            return;
        }

        var latestYear = shownYears.Max();
        var open = report.OpenEdition;
        foreach (var measure in report.Measures)
        {
            foreach (var entry in measure.Years.Where(y => y.FiscalYear > latestYear))
            {
                var at = entry.KeySource ?? measure.Source;
                var openYears = open is null ? string.Empty : $"版「{open.Id}」（案）は{string.Join("、", open.Columns.Where(c => c.Year is not null).Select(c => $"{c.Header}に {c.Year}:"))} を表示します。";
                _bag.Warning(at.File, at.Line, at.Column, $"年度「{entry.FiscalYear}」の内容はどの版にも表示されません（表示される最新の年度は {latestYear} です）。", $"{openYears}年度の数字を確かめてください。");
            }
        }

        // A cell under a year its column does not show (results under 2025: when 2025 is the plans year) is printed
        // nowhere. Years before the open edition's are history and left alone.
        if (open is not null && open.FiscalYears.Any())
        {
            var firstOpenYear = open.FiscalYears.Min();
            foreach (var measure in report.Measures)
            {
                foreach (var entry in measure.Years.Where(y => y.FiscalYear >= firstOpenYear && y.FiscalYear <= latestYear))
                {
                    foreach (var kind in new[] { ColumnKind.Results, ColumnKind.Plans })
                    {
                        if (entry.SourceOf(kind) is not { } at || report.Editions.Any(e => e.Column(kind)?.Year == entry.FiscalYear))
                        {
                            continue;
                        }

                        var right = open.Column(kind);
                        var hint = right?.Year is { } y ? $"{right.Header}は {y}: の {ColumnKinds.Name(kind)}: に書きます。" : $"版「{open.Id}」にはこの列がありません。";
                        _bag.Warning(at.File, at.Line, at.Column, $"この欄（{entry.FiscalYear}: の {ColumnKinds.Name(kind)}:）はどの版にも印刷されません。", hint);
                    }
                }
            }
        }

        if (open is null || open.Column(ColumnKind.Offices) is not { } officesColumn)
        {
            return;
        }

        var year = officesColumn.Year ?? open.Column(ColumnKind.Plans)?.Year;
        var registry = new Status.OfficeRegistry(report.Settings.Offices);
        var rows = EditionView.Compute(report, open).Rows.ToList();
        foreach (var row in registry.IsEmpty ? [] : rows.Where(r => r.Offices is not null))
        {
            var measure = report.FindMeasure(row.Id)!;
            var at = (year is { } y ? measure.Year(y)?.SourceOf(ColumnKind.Offices) : null) ?? measure.Source;
            foreach (var name in registry.Resolve(row.Offices!).Unknown.Distinct())
            {
                var suggestion = Suggest.Closest(name, registry.Offices.SelectMany(o => o.ShortForms.Prepend(o.Name)));
                _bag.Warning(at.File, at.Line, at.Column, $"担当の「{name}」は report.yaml の部署の一覧（offices）にありません。記入状況で別の部署として数えられます。", (suggestion is null ? string.Empty : $"「{suggestion}」のことですか？") + "新しい部署なら report.yaml の offices に加えてください。");
            }
        }

        foreach (var row in rows.Where(r => r.Offices is null))
        {
            var measure = report.FindMeasure(row.Id)!;
            var entry = year is { } y ? measure.Year(y) : null;
            var at = entry?.KeySource ?? measure.Source;
            var previous = measure.Years.Where(e => e.FiscalYear < (year ?? 0) && e.Offices is not null).Select(e => e.Offices!.Text).LastOrDefault();
            _bag.Warning(at.File, at.Line, at.Column, $"施策 {row.Id} には版「{open.Id}」の担当（{year}: の offices:）がありません。担当の欄に「－」と印刷されます。", previous is null ? $"{year}: の下に offices: を書いてください。" : $"{year}: の下に offices: を書いてください（前年度は「{previous}」）。");
        }
    }

    private static string PlainText(RichText? text) =>
        text is null ? string.Empty : string.Join("\n", text.Blocks.Select(b => (b.IsBullet ? "- " : string.Empty) + b.Text));

    /// <summary>The position of a measure's value, or of its id when the value is not written.</summary>
    private (int Line, int Column) PositionIn(Measure measure, string path) =>
        _positions.TryGetValue(measure.Id, out var positions) && positions.TryGetValue(path, out var at)
            ? at
            : (measure.Source.Line, measure.Source.Column);

    /// <summary>
    /// The content files in <paramref name="folder"/>, in a stable order. Only regular files inside the content folder
    /// are read: a link that leads out of it, a device (<c>/dev/zero</c> never ends), a named pipe (reading it waits
    /// for ever) or a folder named like a content file is reported instead, so no file can hang or exhaust a check.
    /// </summary>
    private IEnumerable<string> ContentFiles(string folder, bool recursive)
    {
        var found = new List<string>();
        var rootReal = FileKinds.RealPath(_root);
        Walk(new DirectoryInfo(folder));
        return found.Order(StringComparer.Ordinal);

        void Walk(DirectoryInfo dir)
        {
            foreach (var entry in dir.EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = true }))
            {
                var yaml = entry.Name.EndsWith(".yaml", StringComparison.Ordinal) || entry.Name.EndsWith(".yml", StringComparison.Ordinal);
                var kind = FileKinds.Of(entry.FullName, followLinks: false);
                if (kind == FileKind.Directory)
                {
                    if (yaml)
                    {
                        _bag.Error(Display(entry.FullName), 1, 1, $"「{entry.Name}」はファイルではなくフォルダです。", "内容ファイルと同じ名前のフォルダは読みません。名前を変えるか、中身をファイルとして保存してください。");
                    }
                    else if (recursive)
                    {
                        Walk((DirectoryInfo)entry);
                    }

                    continue;
                }

                if (!yaml)
                {
                    continue;
                }

                if (kind == FileKind.SymbolicLink)
                {
                    var target = FileKinds.RealPath(entry.FullName);
                    if (target is null || rootReal is null || !Paths.SafePath.IsInside(rootReal, target))
                    {
                        _bag.Error(Display(entry.FullName), 1, 1, "内容フォルダの外を指すリンク（シンボリックリンク）は読みません。", "ファイルそのものを内容フォルダに置いてください。");
                        continue;
                    }

                    kind = FileKinds.Of(target, followLinks: false);
                }

                if (kind != FileKind.Regular)
                {
                    _bag.Error(Display(entry.FullName), 1, 1, $"「{entry.Name}」は通常のファイルではありません（{FileKinds.Describe(kind)}）。", "内容ファイルは通常のテキストファイルとして保存してください。");
                    continue;
                }

                found.Add(entry.FullName);
            }
        }
    }

    /// <summary>Checks that need more than one file: references between measures, goals, sections and editions.</summary>
    private void CrossCheck(Report report)
    {
        var ministryCodes = report.Settings.Ministries.Select(m => m.Code).ToHashSet();
        var sectionIds = report.Sections.Select(s => s.Id).ToHashSet();
        foreach (var measure in report.Measures)
        {
            var file = measure.Source.File;
            var goal = report.FindGoal(measure.GoalId);
            if (!sectionIds.Contains(measure.SectionId))
            {
                var (line, column) = PositionIn(measure, "section");
                _bag.Error(file, line, column, $"施策「{measure.Id}」の項目「{measure.SectionId}」がありません。", "structure.yaml にある項目 ID（" + string.Join(", ", sectionIds) + "）を書いてください。");
            }

            if (goal is null)
            {
                var (line, column) = PositionIn(measure, "goal");
                var suggestion = Suggest.Closest(measure.GoalId, report.Goals.Select(g => g.Id));
                _bag.Error(file, line, column, $"施策「{measure.Id}」の目標「{measure.GoalId}」が structure.yaml にありません。", suggestion is null ? "structure.yaml にある目標 ID を書いてください。" : $"「{suggestion}」のことですか？");
            }
            else if (goal.SectionId != measure.SectionId)
            {
                var (line, column) = PositionIn(measure, "section");
                _bag.Error(file, line, column, $"目標「{goal.Id}」は項目「{goal.SectionId}」に属しますが、施策には項目「{measure.SectionId}」と書かれています。", $"section: {goal.SectionId} にしてください。");
            }

            foreach (var (m, index) in measure.Ministries.Select((m, i) => (m, i)).Where(x => !ministryCodes.Contains(x.m.Code)))
            {
                var (line, column) = PositionIn(measure, $"ministries/{index}");
                _bag.Error(file, line, column, $"施策「{measure.Id}」の担当省庁「{m.Code}」は report.yaml の ministries にありません。", "使える略称: " + string.Join("、", ministryCodes));
            }
        }

        foreach (var goal in report.Sections.SelectMany(s => s.Goals))
        {
            foreach (var id in goal.RepeatedMeasures.Where(id => report.FindMeasure(id) is null))
            {
                _bag.Error(Display(Path.Combine(_root, StructureFile)), 1, 1, $"目標「{goal.Id}」で再掲する施策「{id}」がありません。", "repeated_measures には既にある施策の ID を書いてください。");
            }
        }

        // A published edition prints its record, whatever the measures hold now.
        foreach (var edition in report.Editions.Where(e => e.IsDraft))
        {
            foreach (var column in edition.Columns.Where(c => c.Year is not null))
            {
                var year = column.Year!.Value;
                bool Has(FiscalYearEntry y) => column.Kind switch
                {
                    ColumnKind.Results => y.Results is not null,
                    ColumnKind.Plans => y.Plans is not null,
                    ColumnKind.Offices => y.Offices is not null,
                    _ => true,
                };
                if (!report.Measures.Any(m => m.Year(year) is { } y && Has(y)))
                {
                    _editionsBroken = true;
                    var (file, line, column2) = (edition.Source.File, edition.Source.Line, edition.Source.Column);
                    _bag.Error(file, line, column2, $"版「{edition.Id}」の列「{column.Header}」は {year} 年度（{FiscalYear.ToJapanese(year)}）を表示しますが、その年度の内容を持つ施策がありません。", "列の year を直すか、施策に年度の内容を追加してください。");
                }
            }
        }
    }
}
