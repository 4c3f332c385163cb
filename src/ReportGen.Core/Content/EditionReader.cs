using ReportGen.Editions;
using ReportGen.Model;
using ReportGen.Text;

namespace ReportGen.Content;

/// <summary>
/// Reads the editions folder: the record of each published edition (<c>*.published.json</c>) and each edition file
/// (<c>editions/*.yaml</c>) with its columns, paper and fonts.
/// </summary>
internal sealed class EditionReader
{
    private readonly ContentFolder _folder;

    public EditionReader(ContentFolder folder) => _folder = folder;

    /// <summary>Set when a published edition's record cannot be read: the checks that compare editions with measures
    /// would only echo it.</summary>
    public bool Broken { get; private set; }

    public (List<Edition> Editions, Dictionary<string, EditionView> Records) Read()
    {
        var folder = Path.Combine(_folder.Root, ContentLoader.EditionsFolder);
        var editions = new List<Edition>();
        var records = new Dictionary<string, EditionView>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            _folder.Bag.Error(_folder.Display(folder), 0, 0, "版のフォルダ editions/ がありません。", "版ごとに editions/<ID>.yaml を作成してください。");
            return (editions, records);
        }

        void Add(Edition edition, string file)
        {
            if (editions.FirstOrDefault(e => e.Id == edition.Id) is { } first)
            {
                var hint = first.IsDraft != edition.IsDraft
                    ? $"版「{edition.Id}」は公表済みで、表示は記録 {EditionRecord.FileName(edition.Id)} から作られます。{edition.Id}.yaml は削除してください。"
                    : "別の ID にしてください。";
                _folder.Bag.Error(file, edition.Source.Line, edition.Source.Column, $"版 ID「{edition.Id}」が重複しています（{first.Source.File} と同じ）。", hint);
                return;
            }

            editions.Add(edition);
        }

        // Published editions first, so that a draft file left beside a record is the one reported.
        foreach (var path in Directory.EnumerateFiles(folder, "*" + EditionRecord.Suffix).Order(StringComparer.Ordinal))
        {
            var file = _folder.Display(path);
            var (text, error, hint) = ContentFile.Read(path);
            if (text is null)
            {
                _folder.Bag.Error(file, 1, 1, error!, hint);
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
                Broken = true;
                var id = Path.GetFileName(path)[..^EditionRecord.Suffix.Length];
                _folder.Bag.Error(file, 1, 1, $"公表済みの版「{id}」の記録が読めません: {e.Message}", $"記録は手で編集しません。git checkout HEAD -- {file} のようにリポジトリの履歴から戻し、訂正は reportgen correct --edition {id} で正誤として記録してください。");
            }
        }

        foreach (var path in _folder.ContentFiles(folder, recursive: false).Where(p => p.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            if (_folder.ReadYaml(path) is not var (node, file, _))
            {
                continue;
            }

            if (ReadEdition(node, file) is { } edition)
            {
                Add(edition, file);
            }
        }

        if (editions.Count == 0 && !Broken)
        {
            _folder.Bag.Error(_folder.Display(folder), 0, 0, "版（edition）が1つもありません。", "editions/<ID>.yaml を作成してください。");
        }

        return (editions, records);
    }

    private Edition? ReadEdition(YamlNode? node, string file)
    {
        var f = Fields.Of(node, file, _folder.Bag, FieldPlace.Edition);
        if (f is null)
        {
            return null;
        }

        var id = f.Id(ContentFields.Edition.Id);
        var label = f.Text(ContentFields.Edition.Label);
        var title = f.Text(ContentFields.Edition.Title);
        var meeting = f.Text(ContentFields.Edition.Meeting);
        var dateText = f.Text(ContentFields.Edition.Date);
        DateOnly? date = null;
        if (dateText is not null)
        {
            if (IsoDate.TryParse(dateText, out var d))
            {
                date = d;
            }
            else
            {
                var (line, column) = f.PositionOf(ContentFields.Edition.Date);
                _folder.Bag.Error(file, line, column, $"日付「{dateText}」が読めません。", "西暦で 2024-03-12 のように書いてください。");
            }
        }

        var columns = ReadColumns(f, file);
        var page = ReadPage(f, file);
        var fonts = ReadFonts(f, file);
        var pageNumber = f.Text(ContentFields.Edition.PageNumber) ?? "- {n} -";
        if (!pageNumber.Contains("{n}", StringComparison.Ordinal))
        {
            var (line, column) = f.PositionOf(ContentFields.Edition.PageNumber);
            _folder.Bag.Error(file, line, column, "ページ番号の書式に {n} がありません。", "「- {n} -」か「{n} / {N}」のように書いてください。");
        }

        var (idLine, idColumn) = f.PositionOf(ContentFields.Edition.Id);
        return id is null || label is null || title is null || date is null || columns is null || page is null
            ? null
            : new Edition(id, label, title, meeting, date.Value, columns, page, fonts, pageNumber, new SourceRef(file, idLine, idColumn));
    }

    private List<EditionColumn>? ReadColumns(Fields f, string file)
    {
        if (f.Get(ContentFields.Edition.Columns) is not YamlSequence seq || seq.Items.Count == 0)
        {
            var (line, column) = f.PositionOf(ContentFields.Edition.Columns);
            _folder.Bag.Error(file, line, column, "「columns」（表の列）がありません。", "kind, header, width を持つ列を並べてください。");
            return null;
        }

        var columns = new List<EditionColumn>();
        foreach (var item in seq.Items)
        {
            var c = Fields.Of(item, file, _folder.Bag, FieldPlace.Column);
            if (c is null)
            {
                continue;
            }

            var kindText = c.Text(ContentFields.Column.Kind);
            var header = c.Text(ContentFields.Column.Header);
            var year = c.Int(ContentFields.Column.Year);
            var width = c.Number(ContentFields.Column.Width);
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
                var (line, column) = c.PositionOf(ContentFields.Column.Kind);
                var suggestion = Suggest.Closest(kindText, ["text", "results", "plans", "offices"]);
                _folder.Bag.Error(file, line, column, $"列の種類「{kindText}」は使えません。", suggestion is null ? "text, results, plans, offices のどれかにしてください。" : $"「{suggestion}」のことですか？");
            }

            if (kind is ColumnKind.Results or ColumnKind.Plans && year is null)
            {
                var (line, column) = c.PositionOf(ContentFields.Column.Kind);
                _folder.Bag.Error(file, line, column, "実績・予定の列には年度（year）が必要です。", "例: year: 2023");
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
        if (!f.Has(ContentFields.Edition.Page))
        {
            return new PageSetup("A4", true, 12, 10, 12, 10);
        }

        var p = Fields.Of(f.Get(ContentFields.Edition.Page), file, _folder.Bag, FieldPlace.Page);
        if (p is null)
        {
            return null;
        }

        var size = p.Text(ContentFields.Page.Size) ?? "A4";
        if (size is not ("A4" or "A3" or "B4" or "B5"))
        {
            var (line, column) = p.PositionOf(ContentFields.Page.Size);
            _folder.Bag.Error(file, line, column, $"用紙サイズ「{size}」は使えません。", "A4, A3, B4, B5 のどれかにしてください。");
        }

        var orientation = p.Text(ContentFields.Page.Orientation) ?? "landscape";
        if (orientation is not ("landscape" or "portrait"))
        {
            var (line, column) = p.PositionOf(ContentFields.Page.Orientation);
            _folder.Bag.Error(file, line, column, $"用紙の向き「{orientation}」は使えません。", "landscape（横）か portrait（縦）にしてください。");
        }

        double top = 12, right = 10, bottom = 12, left = 10;
        if (p.Has(ContentFields.Page.Margins))
        {
            var m = Fields.Of(p.Get(ContentFields.Page.Margins), file, _folder.Bag, FieldPlace.Margins);
            if (m is not null)
            {
                top = m.Number(ContentFields.Margins.Top) ?? top;
                right = m.Number(ContentFields.Margins.Right) ?? right;
                bottom = m.Number(ContentFields.Margins.Bottom) ?? bottom;
                left = m.Number(ContentFields.Margins.Left) ?? left;
            }
        }

        return new PageSetup(size, orientation == "landscape", top, right, bottom, left);
    }

    private FontSettings ReadFonts(Fields f, string file)
    {
        var defaults = FontSettings.Default;
        if (!f.Has(ContentFields.Edition.Fonts))
        {
            return defaults;
        }

        var fonts = Fields.Of(f.Get(ContentFields.Edition.Fonts), file, _folder.Bag, FieldPlace.Fonts);
        return fonts is null
            ? defaults
            : new FontSettings(
                fonts.Text(ContentFields.Fonts.Gothic) ?? defaults.Gothic,
                fonts.Text(ContentFields.Fonts.Mincho) ?? defaults.Mincho);
    }
}
