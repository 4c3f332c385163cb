using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Model;
using static ReportGen.Xlsx.AnswerLayout;
using PageSetup = DocumentFormat.OpenXml.Spreadsheet.PageSetup;

namespace ReportGen.Xlsx;

/// <summary>
/// Writes a 照会 workbook: instructions, the answer sheet laid out like the printed table (read-only cells grey,
/// cells to fill white and unlocked, the sheet protected, the header frozen) and a hidden record of what it was made
/// from.
/// </summary>
public static class WorkbookWriter
{
    // Cell formats, in the order of the stylesheet below.
    private const uint HeaderStyle = 1;
    private const uint ReadOnlyStyle = 2;
    private const uint EditableStyle = 3;
    private const uint NoteStyle = 4;
    private const uint NoteTitleStyle = 5;

    /// <summary>Excel column width units per unit of the edition's width ratios (the PDF's columns), so the proportions match.</summary>
    private const double WidthPerRatio = 1.3;

    /// <summary>The longest text a cell to fill accepts; a real cell is a few hundred characters.</summary>
    public const int MaxCellLength = 4000;

    public static byte[] Write(AnswerWorkbook book)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            // Relationship ids given, not generated at random, so that the same content gives the same bytes.
            var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = Styles(book.Gothic);
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            AddSheet(workbookPart, sheets, 1, InstructionsSheet, Instructions(book), null);
            AddSheet(workbookPart, sheets, 2, AnswerSheet, Answers(book), null);
            AddSheet(workbookPart, sheets, 3, RecordSheet, Record(book), SheetStateValues.VeryHidden);

            // Open on the instructions the first time.
            workbookPart.Workbook.InsertAt(new BookViews(new WorkbookView { ActiveTab = 0U }), 0);
            workbookPart.Workbook.Save();
        }

        return Stamped(stream.ToArray(), book.Edition.Date);
    }

    /// <summary>
    /// The package with every entry dated the edition's day, so the same content gives the same bytes (the package
    /// writer stamps the clock), as the PDF does.
    /// </summary>
    private static byte[] Stamped(byte[] package, DateOnly day)
    {
        var stamp = new DateTimeOffset(day.ToDateTime(new TimeOnly(0, 0)), TimeSpan.Zero);
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, uint id, string name, Worksheet worksheet, SheetStateValues? state)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>("rIdSheet" + id.ToString(CultureInfo.InvariantCulture));
        part.Worksheet = worksheet;
        var sheet = new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id, Name = name };
        if (state is not null)
        {
            sheet.State = state;
        }

        sheets.Append(sheet);
    }

    private static Worksheet Instructions(AnswerWorkbook book)
    {
        var e = book.Edition;
        var results = e.Column(ColumnKind.Results)?.Header ?? "実績・状況";
        var plans = e.Column(ColumnKind.Plans)?.Header ?? "取組予定";
        var lines = new (string Text, uint Style)[]
        {
            ($"{book.ReportTitle}　{e.Label}（{e.Id} 年版）照会回答票", NoteTitleStyle),
            ($"宛先: {book.Addressee}　　施策 {book.Rows.Count} 件", NoteStyle),
            ("記入するところ", NoteTitleStyle),
            ($"シート「{AnswerSheet}」の白い欄だけに記入します: 「{results}」「{plans}」、担当が変わった場合だけ「担当（変更がある場合のみ記入）」。灰色の欄（項目・目標、該当箇所、前回の表の取組予定、現在の担当）は変更できません。", NoteStyle),
            ($"「{Headers(e)[PlannedColumn - 1]}」は前回公表した表に書いた予定です。その実績を「{results}」に書いてください。", NoteStyle),
            ("書き方", NoteTitleStyle),
            ("項目ごとに行の頭に「・」を付けて書きます（「●」「-」「1.」「２）」で始まる行も項目になります）。セルの中の改行は Alt+Enter（Mac は option+return）で入れます。項目の2行目以降は「・」を付けずに続けて書けば、同じ項目の続きになります。「①」「（１）」で始まる行は、項目のまとまりの見出しとして文のまま残ります。", NoteStyle),
            ("空行や行末の空白は取り除かれます。数字の全角・半角は書いたとおりに残ります（同じセルの中ではどちらかにそろえてください）。記入することがない欄は空欄のままにしてください（表では「－」と印刷されます）。", NoteStyle),
            ("してはいけないこと", NoteTitleStyle),
            ("行や列の追加・削除・並べ替え、セルの結合、数式、画像や図形の貼り付け、シートの保護の解除、シート名の変更、ファイルへのパスワードの設定はしないでください。取り込めなくなります。", NoteStyle),
            ("返送先", NoteTitleStyle),
            ($"記入が済んだら、Excel ブック（.xlsx）のまま {book.SendTo} に返送してください。", NoteStyle),
            ("作成元", NoteTitleStyle),
            ($"{book.Revision.Label}（このブックが作られたときの内容です。取り込むときに、その後の変更と照らし合わせます）", NoteStyle),
        };

        var data = new SheetData();
        for (var i = 0; i < lines.Length; i++)
        {
            var row = new Row(TextCell(1, (uint)i + 1, lines[i].Text, lines[i].Style)) { RowIndex = (uint)i + 1 };
            var title = lines[i].Style == NoteTitleStyle;
            data.Append(Fit(row, [(lines[i].Text, title ? InstructionsWidth / 1.25 : InstructionsWidth)], title ? 17 : LineHeight));
        }

        return new Worksheet(
            new SheetViews(new SheetView { WorkbookViewId = 0U, TabSelected = true, ShowGridLines = false }),
            new Columns(new Column { Min = 1, Max = 1, Width = InstructionsWidth, CustomWidth = true }),
            data,
            new SheetProtection { Sheet = true, Objects = true, Scenarios = true },
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Portrait });
    }

    private static Worksheet Answers(AnswerWorkbook book)
    {
        var headers = Headers(book.Edition);
        var data = new SheetData();
        var widths = Widths(book.Edition);
        data.Append(Fit(new Row(headers.Select((h, i) => TextCell(i + 1, 1, h, HeaderStyle))) { RowIndex = 1U }, [.. headers.Select((h, i) => (h, widths[i])).Skip(1)], LineHeight));
        var r = 2U;
        foreach (var row in book.Rows)
        {
            var values = new[] { row.Id, row.Place, row.Title, row.Planned, row.Offices, row.Results, row.Plans, string.Empty };
            var cells = values.Select((v, i) => TextCell(i + 1, r, v, EditableColumns.Contains(i + 1) ? EditableStyle : ReadOnlyStyle));

            // An empty cell to fill gets room for a few lines, so that it looks like a place to write.
            var fit = values.Select((v, i) => (v.Length == 0 && EditableColumns.Contains(i + 1) ? "\n\n" : v, widths[i])).Skip(1);
            data.Append(Fit(new Row(cells) { RowIndex = r }, [.. fit], LineHeight));
            r++;
        }

        var last = (uint)book.Rows.Count + 1;
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "F2", SequenceOfReferences = new ListValue<StringValue>([new("F2")]) })
            { WorkbookViewId = 0U }),
            new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true, Hidden = i + 1 == IdColumn ? true : null })),
            data,
            // Rows and columns may be resized (long answers), nothing else changed; no password: the import checks the shape anyway.
            new SheetProtection { Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, FormatRows = false });
        if (book.Rows.Count > 0)
        {
            worksheet.Append(Validations(last));
        }

        worksheet.Append(
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U });
        return worksheet;
    }

    /// <summary>The edition's column ratios, as the PDF uses them, for the columns that print; the rest fixed.</summary>
    private static double[] Widths(Edition edition)
    {
        double Of(ColumnKind kind, double fallback) => (edition.Column(kind)?.Width is { } w && w > 0 ? w : fallback) * WidthPerRatio;
        var offices = Math.Max(Of(ColumnKind.Offices, 7), 14);
        return [8, 20, Of(ColumnKind.Text, 34), Of(ColumnKind.Plans, 24), offices, Of(ColumnKind.Results, 35), Of(ColumnKind.Plans, 24), offices];
    }

    private static DataValidations Validations(uint last)
    {
        var range = new ListValue<StringValue>(EditableColumns.Select(c => new StringValue($"{Letter(c)}2:{Letter(c)}{last.ToString(CultureInfo.InvariantCulture)}")));
        var validation = new DataValidation
        {
            Type = DataValidationValues.TextLength,
            Operator = DataValidationOperatorValues.LessThanOrEqual,
            AllowBlank = true,
            ShowInputMessage = true,
            ShowErrorMessage = true,
            PromptTitle = "記入のしかた",
            Prompt = "項目ごとに行の頭に「・」を付けます。セル内の改行は Alt+Enter。",
            ErrorTitle = "長すぎます",
            Error = $"1つの欄は {MaxCellLength.ToString(CultureInfo.InvariantCulture)} 文字までです。要点にしぼってください。",
            SequenceOfReferences = range,
        };
        validation.Append(new Formula1(MaxCellLength.ToString(CultureInfo.InvariantCulture)));
        return new DataValidations(validation) { Count = 1U };
    }

    private static Worksheet Record(AnswerWorkbook book)
    {
        var data = new SheetData();
        void Line(uint r, params string[] values) =>
            data.Append(new Row(values.Select((v, i) => TextCell(i + 1, r, v, 0))) { RowIndex = r });

        Line(1, "format", AnswerLayout.Format);
        Line(2, "report", book.ReportTitle);
        Line(3, "edition", book.Edition.Id);
        Line(4, "office", book.Office ?? string.Empty);
        Line(5, "commit", book.Revision.Commit);
        Line(6, "content_sha256", book.Revision.ContentHash);
        Line(7, "rows", book.Rows.Count.ToString(CultureInfo.InvariantCulture));
        Line(HeaderRecordRow, Headers(book.Edition));
        Line(RecordFirstRow - 1, "id", "results", "plans", "offices");
        var r = (uint)RecordFirstRow;
        foreach (var row in book.Rows)
        {
            Line(r++, row.Id, row.Results, row.Plans, row.Offices);
        }

        return new Worksheet(data, new SheetProtection { Sheet = true, Objects = true, Scenarios = true });
    }

    /// <summary>
    /// Gives a row the height its wrapped text needs. A row without a height is not fitted to its wrapped text when
    /// the file is opened (LibreOffice drew every row one line high, text over text), so the writer estimates it: a
    /// kanji or kana is two width units, a column holds its width less one unit of margin, each line 14 pt at 10 pt
    /// type. Too tall is better than text cut off; the rows can still be resized in the protected sheet.
    /// </summary>
    private static Row Fit(Row row, (string Text, double Width)[] cells, double lineHeight)
    {
        var lines = cells.Max(c => c.Text.Split('\n').Sum(l => Math.Max(1, (int)Math.Ceiling(ReportGen.Text.TextWidth.Of(l) / Math.Max(1, c.Width - 1)))));
        row.Height = Math.Min(409, lines * lineHeight + 4);
        row.CustomHeight = true;
        return row;
    }

    private const double LineHeight = 14;

    private const double InstructionsWidth = 110;

    private static Cell TextCell(int column, uint row, string text, uint style)
    {
        var cell = new Cell { CellReference = CellName(column, (int)row), DataType = CellValues.InlineString };
        if (style != 0)
        {
            cell.StyleIndex = style;
        }

        cell.Append(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return cell;
    }

    private static Stylesheet Styles(string fontName)
    {
        static Font Font(string name, bool bold, double size) =>
            bold ? new Font(new Bold(), new FontSize { Val = size }, new FontName { Val = name })
                 : new Font(new FontSize { Val = size }, new FontName { Val = name });
        static Fill Solid(string rgb) =>
            new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid });
        static Border Thin()
        {
            static T Side<T>() where T : BorderPropertiesType, new() => new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FF808080" } };
            return new Border(Side<LeftBorder>(), Side<RightBorder>(), Side<TopBorder>(), Side<BottomBorder>(), new DiagonalBorder());
        }

        static Alignment Wrap(bool center = false) => new()
        {
            WrapText = true,
            Vertical = center ? VerticalAlignmentValues.Center : VerticalAlignmentValues.Top,
            Horizontal = center ? HorizontalAlignmentValues.Center : null,
        };

        return new Stylesheet(
            new Fonts(Font(fontName, false, 10), Font(fontName, true, 10), Font(fontName, true, 12)) { Count = 3U },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Solid("FFD9D9D9"),
                Solid("FFF2F2F2"))
            { Count = 4U },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), Thin()) { Count = 2U },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
            new CellFormats(
                new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
                new CellFormat(Wrap(center: true)) { FontId = 1U, FillId = 2U, BorderId = 1U, FormatId = 0U, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(Wrap()) { FontId = 0U, FillId = 3U, BorderId = 1U, FormatId = 0U, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(Wrap(), new Protection { Locked = false }) { FontId = 0U, FillId = 0U, BorderId = 1U, FormatId = 0U, ApplyBorder = true, ApplyAlignment = true, ApplyProtection = true },
                new CellFormat(Wrap()) { FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyAlignment = true },
                new CellFormat(Wrap()) { FontId = 2U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyFont = true, ApplyAlignment = true })
            { Count = 6U },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
    }
}
