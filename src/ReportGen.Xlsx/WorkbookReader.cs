using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static ReportGen.Xlsx.AnswerLayout;

namespace ReportGen.Xlsx;

/// <summary>A workbook that cannot be taken in, with what is wrong and what to do, in words for the person who sent it.</summary>
public sealed class WorkbookException(string message) : Exception(message);

/// <summary>What a workbook records about where it came from.</summary>
public sealed record WorkbookRecord(string ReportTitle, string EditionId, string Office, string Commit, string ContentHash);

/// <summary>The cell texts the workbook was made from (the base) and what it holds now, for one measure.</summary>
public sealed record AnswerRow(string MeasureId, int Row, string BaseResults, string BasePlans, string BaseOffices, string Results, string Plans, string NewOffices);

/// <summary>A 照会 workbook as read back: its record and its rows, in order.</summary>
public sealed record AnswerSheetData(string File, WorkbookRecord Record, IReadOnlyList<AnswerRow> Rows)
{
    public string FileName => Path.GetFileName(File);
}

/// <summary>
/// Reads a 照会 workbook back, refusing anything that would lose or misplace an answer: files that are not workbooks,
/// encrypted ones, workbooks of another shape (rows or columns added, deleted or moved), formulas, merged cells,
/// images. Reads a copy in memory and never opens the file for writing.
/// </summary>
public static partial class WorkbookReader
{
    /// <summary>A workbook of 60 measures is about 30 KB; anything this large is something else.</summary>
    public const long MaxFileBytes = 10L * 1024 * 1024;

    /// <summary>Unpacked, a workbook must stay small too: a zip bomb is refused before it is unpacked.</summary>
    private const long MaxUnpackedBytes = 100L * 1024 * 1024;

    public static AnswerSheetData Read(string path)
    {
        var name = Path.GetFileName(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new WorkbookException($"{name}: ファイルがありません。パスを確かめてください。");
        }

        if (info.Length > MaxFileBytes)
        {
            throw new WorkbookException($"{name}: ファイルが大きすぎます（{info.Length / 1024 / 1024} MB、上限 {MaxFileBytes / 1024 / 1024} MB）。回答票は通常 100 KB 未満です。画像などを貼り付けていないか確かめ、reportgen export xlsx で作った回答票に記入し直してください。");
        }

        return Read(File.ReadAllBytes(path), path);
    }

    public static AnswerSheetData Read(byte[] bytes, string path)
    {
        var name = Path.GetFileName(path);
        if (bytes.Length >= 8 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0)
        {
            // An OLE compound file: an encrypted .xlsx (its package sits in an "EncryptedPackage" stream) or an old .xls.
            throw new WorkbookException(ContainsUtf16(bytes, "EncryptedPackage")
                ? $"{name}: パスワードで保護（暗号化）されているため読めません。Excel で開いて「ファイル」→「情報」→「ブックの保護」→「パスワードを使用して暗号化」でパスワードを消して保存し、送り直してもらってください。"
                : $"{name}: 古い Excel 形式（.xls）です。Excel で「名前を付けて保存」→「Excel ブック（*.xlsx）」で保存し直してください。");
        }

        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
        {
            throw new WorkbookException($"{name}: Excel ブック（.xlsx）ではありません。reportgen export xlsx で作った回答票を指定してください。");
        }

        CheckPackageSize(bytes, name);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false, new OpenSettings { AutoSave = false });
            return ReadDocument(document, path);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            throw new WorkbookException($"{name}: 壊れているか Excel ブック（.xlsx）ではないため読めません（{e.Message}）。Excel で開けるか確かめ、.xlsx で保存し直してください。");
        }
    }

    private static void CheckPackageSize(byte[] bytes, string name)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > 2000 || zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
            {
                throw new WorkbookException($"{name}: 展開すると大きすぎる（{MaxUnpackedBytes / 1024 / 1024} MB 超）ため読みません。reportgen export xlsx で作った回答票に記入し直してください。");
            }
        }
        catch (InvalidDataException)
        {
            throw new WorkbookException($"{name}: 壊れているか Excel ブック（.xlsx）ではないため読めません。Excel で開けるか確かめ、.xlsx で保存し直してください。");
        }
    }

    private static AnswerSheetData ReadDocument(SpreadsheetDocument document, string path)
    {
        var name = Path.GetFileName(path);
        var workbookPart = document.WorkbookPart ?? throw new WorkbookException($"{name}: Excel ブックの本体がありません（.xlsx ではない Office 文書です）。");
        var strings = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToList() ?? [];
        var sheets = workbookPart.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];

        WorksheetPart? Part(string sheetName) =>
            sheets.FirstOrDefault(s => s.Name?.Value == sheetName) is { Id.Value: { } id } ? workbookPart.GetPartById(id) as WorksheetPart : null;

        var recordPart = Part(RecordSheet)
            ?? throw new WorkbookException($"{name}: reportgen export xlsx で作った回答票ではありません（作成元を記録したシートがありません）。照会で配った回答票に記入してもらってください。");
        var answerPart = Part(AnswerSheet)
            ?? throw new WorkbookException($"{name}: シート「{AnswerSheet}」がありません。シート名を変えたり削除したりしないでください。配った回答票に記入し直してもらってください。");

        foreach (var sheet in sheets)
        {
            if (sheet.Id?.Value is { } id && workbookPart.GetPartById(id) is WorksheetPart part)
            {
                CheckSheet(part, sheet.Name?.Value ?? "?", name);
            }
        }

        var record = Cells(recordPart, strings);
        string Value(int row, int column = 2) => record.TryGetValue((row, column), out var v) ? v : string.Empty;
        if (Value(1) != AnswerLayout.Format)
        {
            throw new WorkbookException($"{name}: 回答票の形式「{Value(1)}」は読めません（このツールは {AnswerLayout.Format}）。reportgen export xlsx で作り直した回答票に記入してもらってください。");
        }

        var info = new WorkbookRecord(Value(2), Value(3), Value(4), Value(5), Value(6));
        var count = int.TryParse(Value(7), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        var answers = Cells(answerPart, strings);
        for (var column = 1; column <= ColumnCount; column++)
        {
            var expected = Value(HeaderRecordRow, column);
            var found = answers.TryGetValue((1, column), out var h) ? h : string.Empty;
            if (found != expected)
            {
                throw new WorkbookException($"{name}: シート「{AnswerSheet}」の見出し {CellName(column, 1)} が「{expected}」ではなく「{found}」です。列の挿入・削除・並べ替えはできません。配ったときの列のまま記入してもらってください。");
            }
        }

        var rows = new List<AnswerRow>();
        for (var i = 0; i < count; i++)
        {
            var recordRow = RecordFirstRow + i;
            var sheetRow = 2 + i;
            var id = Value(recordRow, 1);
            string Answer(int column) => answers.TryGetValue((sheetRow, column), out var v) ? v : string.Empty;
            if (Answer(IdColumn) != id)
            {
                throw new WorkbookException(Answer(IdColumn).Length == 0
                    ? $"{name}: シート「{AnswerSheet}」の {sheetRow} 行目（施策 {id} の行）がありません。行が削除されたか、並べ替えられています。配ったときの行のまま記入してもらってください。"
                    : $"{name}: シート「{AnswerSheet}」の {sheetRow} 行目は施策 {id} の行のはずが、施策 {Answer(IdColumn)} の行です。行の挿入・削除・並べ替えはできません。配ったときの行のまま記入してもらってください。");
            }

            rows.Add(new AnswerRow(id, sheetRow, Value(recordRow, 2), Value(recordRow, 3), Value(recordRow, 4), Answer(ResultsColumn), Answer(PlansColumn), Answer(NewOfficesColumn)));
        }

        var extra = answers.Where(c => c.Value.Trim().Length > 0 && (c.Key.Row > count + 1 || c.Key.Column > ColumnCount)).Select(c => c.Key).OrderBy(k => k.Row).ThenBy(k => k.Column).FirstOrDefault();
        if (extra != default)
        {
            throw new WorkbookException(extra.Column > ColumnCount
                ? $"{name}: シート「{AnswerSheet}」の {CellName(extra.Column, extra.Row)} に記入があります。列は追加できません。白い欄に記入してください。"
                : $"{name}: シート「{AnswerSheet}」の {extra.Row} 行目に記入があります（施策の行は {count + 1} 行目まで）。行は追加できません。施策の行の白い欄に記入してください。");
        }

        return new AnswerSheetData(path, info, rows);
    }

    /// <summary>What nothing in a 照会 workbook may have: merged cells, formulas, pictures or shapes.</summary>
    private static void CheckSheet(WorksheetPart part, string sheet, string name)
    {
        var merged = part.Worksheet?.Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>()).Select(m => m.Reference?.Value).FirstOrDefault();
        if (merged is not null)
        {
            throw new WorkbookException($"{name}: シート「{sheet}」の {merged} でセルが結合されています。結合を解除してから送り直してもらってください。");
        }

        var formula = part.Worksheet?.Descendants<Cell>().FirstOrDefault(c => c.CellFormula is not null);
        if (formula is not null)
        {
            throw new WorkbookException($"{name}: シート「{sheet}」の {formula.CellReference?.Value} に数式があります（={formula.CellFormula!.Text}）。数式は取り込めません。文字として記入し直してもらってください。");
        }

        if (part.DrawingsPart is not null || part.ImageParts.Any())
        {
            throw new WorkbookException($"{name}: シート「{sheet}」に画像や図形が貼り付けられています。回答票には文字だけを記入します。画像・図形を削除してから送り直してもらってください。");
        }

        if (part.Worksheet?.Descendants<Cell>().FirstOrDefault(c => c.DataType?.Value == CellValues.Error) is { } error)
        {
            throw new WorkbookException($"{name}: シート「{sheet}」の {error.CellReference?.Value} がエラー値（{error.CellValue?.Text}）です。文字として記入し直してもらってください。");
        }
    }

    /// <summary>Every cell's text by (row, column), 1-based.</summary>
    private static Dictionary<(int Row, int Column), string> Cells(WorksheetPart part, List<string> strings)
    {
        var cells = new Dictionary<(int, int), string>();
        foreach (var cell in part.Worksheet?.Descendants<Cell>() ?? [])
        {
            if (cell.CellReference?.Value is not { } reference || Parse(reference) is not { } at)
            {
                continue;
            }

            var raw = cell.CellValue?.Text ?? string.Empty;
            var text = cell.DataType?.Value switch
            {
                var t when t == CellValues.SharedString => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : string.Empty,
                var t when t == CellValues.InlineString => cell.InlineString is { } inline ? RichText(inline.Text, inline.Elements<Run>()) : string.Empty,
                var t when t == CellValues.Boolean => raw == "1" ? "TRUE" : "FALSE",
                _ => raw,
            };
            cells[at] = text;
        }

        return cells;
    }

    private static string ItemText(SharedStringItem item) => RichText(item.Text, item.Elements<Run>());

    /// <summary>A string's text: its plain text or its runs, never the phonetic guide (ふりがな) Japanese Excel stores beside it.</summary>
    private static string RichText(DocumentFormat.OpenXml.Spreadsheet.Text? text, IEnumerable<Run> runs) =>
        Unescape(text?.Text ?? string.Concat(runs.Select(r => r.Text?.Text)));

    /// <summary>OOXML writes characters XML cannot hold as _xHHHH_ (Excel writes a CR as _x000D_).</summary>
    private static string Unescape(string text) =>
        text.Contains("_x", StringComparison.Ordinal)
            ? EscapedChar().Replace(text, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
            : text;

    private static (int Row, int Column)? Parse(string reference)
    {
        var m = CellRef().Match(reference);
        if (!m.Success)
        {
            return null;
        }

        var column = 0;
        foreach (var c in m.Groups[1].Value.ToUpperInvariant())
        {
            column = column * 26 + c - 'A' + 1;
            if (column > 16384)
            {
                return null;
            }
        }

        return int.TryParse(m.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? (row, column) : null;
    }

    private static bool ContainsUtf16(byte[] bytes, string text)
    {
        var needle = Encoding.Unicode.GetBytes(text);
        return bytes.AsSpan().IndexOf(needle) >= 0;
    }

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex EscapedChar();

    [GeneratedRegex("^([A-Za-z]{1,3})([0-9]{1,7})$")]
    private static partial Regex CellRef();
}
