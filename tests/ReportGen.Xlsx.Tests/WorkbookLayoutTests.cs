using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Content;
using ReportGen.Xlsx.Tests.Support;

namespace ReportGen.Xlsx.Tests;

/// <summary>What an office sees when it opens the workbook: where to write, what is locked, what is hidden.</summary>
public sealed class WorkbookLayoutTests : IDisposable
{
    private readonly Workspace _ws = new();
    private readonly SpreadsheetDocument _document;
    private readonly Worksheet _answers;

    public WorkbookLayoutTests()
    {
        Assert.Equal(0, _ws.Cli("export", "xlsx", "--office", "文部科学省", "--out", _ws.Out, "--send-to", "事務局 医療機器係").ExitCode);
        _document = SpreadsheetDocument.Open(Path.Combine(_ws.Out, "照会_2025_文部科学省.xlsx"), isEditable: false);
        _answers = Edit.WorksheetOf(_document.WorkbookPart!, "回答");
    }

    /// <summary>No Excel here to open it: the SDK's schema validator stands in, as Excel refuses invalid parts.</summary>
    [Fact]
    public void TheWorkbook_IsValidOfficeOpenXml()
    {
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016).Validate(_document);
        Assert.Empty(errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void TheSheets_AreInstructionsFirst_ThenAnswers_AndTheRecordIsVeryHidden()
    {
        var sheets = _document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => (s.Name!.Value, s.State?.Value)).ToList();
        Assert.Equal([("記入方法", null), ("回答", null), ("_reportgen", SheetStateValues.VeryHidden)], sheets);
    }

    [Fact]
    public void TheAnswerSheet_IsProtected_AndOnlyTheCellsToFillAreUnlocked()
    {
        Assert.True(_answers.GetFirstChild<SheetProtection>()!.Sheet!.Value);
        var formats = _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        bool Unlocked(Cell c) => formats[(int)(c.StyleIndex?.Value ?? 0)].Protection?.Locked?.Value == false;

        var unlocked = _answers.Descendants<Cell>().Where(Unlocked).Select(c => c.CellReference!.Value![..1]).Distinct().Order();
        Assert.Equal(["F", "G", "H"], unlocked);
        Assert.DoesNotContain(_answers.Descendants<Cell>(), c => c.CellReference == "F1" && Unlocked(c));
    }

    [Fact]
    public void TheHeaderIsFrozen_TheIdColumnHidden_AndTheColumnsKeepThePdfProportions()
    {
        var pane = _answers.Descendants<Pane>().Single();
        Assert.Equal((1D, "A2", PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value));
        var columns = _answers.Descendants<Column>().ToDictionary(c => c.Min!.Value, c => c);
        Assert.True(columns[1].Hidden!.Value);

        // 該当箇所 34 : 実績 35 : 予定 24, as the edition's columns (and so the PDF) have them.
        Assert.Equal(34.0 / 35.0, columns[3].Width!.Value / columns[6].Width!.Value, 3);
        Assert.Equal(24.0 / 35.0, columns[7].Width!.Value / columns[6].Width!.Value, 3);
    }

    [Fact]
    public void CellsWrap_AndEachRowIsTallEnoughForItsLongestCell()
    {
        var formats = _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        Assert.All(_answers.Descendants<Cell>().Where(c => c.CellReference!.Value![0] != 'A'), c => Assert.True(formats[(int)c.StyleIndex!.Value].Alignment!.WrapText!.Value));
        var rows = _answers.Descendants<Row>().Skip(1).ToList();
        Assert.All(rows, r => Assert.True(r.Height!.Value >= 3 * 14));
        Assert.True(rows.Max(r => r.Height!.Value) > 200, "the row of m004, with four long planned items, is the tallest");
    }

    [Fact]
    public void TheInstructions_AreInJapanese_AndNameTheReturnAddressAndTheRevision()
    {
        var text = string.Join("\n", Edit.WorksheetOf(_document.WorkbookPart!, "記入方法").Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text));
        Assert.Contains("行の頭に「・」を付けて書きます", text, StringComparison.Ordinal);
        Assert.Contains("Alt+Enter", text, StringComparison.Ordinal);
        Assert.Contains("行や列の追加・削除・並べ替え、セルの結合、数式、画像", text, StringComparison.Ordinal);
        Assert.Contains("事務局 医療機器係 に返送してください。", text, StringComparison.Ordinal);
        Assert.Contains("宛先: 文部科学省", text, StringComparison.Ordinal);
        Assert.Matches("git [0-9a-f]{12}", text);
    }

    [Fact]
    public void TheLastEditionsPlans_StandBesideTheResultsToWrite()
    {
        var book = WorkbookReader.Read(Path.Combine(_ws.Out, "照会_2025_文部科学省.xlsx"));
        var planned = _answers.Descendants<Cell>().Single(c => c.CellReference == "D2").InnerText;
        var published = ContentLoader.Load(_ws.Content).Report!.PublishedViews["2024"].FindRow(book.Rows[0].MeasureId)!.Plans!;
        Assert.Equal(CellText.FromRichText(published), planned);
        Assert.Equal("令和６年度の予定（前回の表）", _answers.Descendants<Cell>().Single(c => c.CellReference == "D1").InnerText);
    }

    public void Dispose()
    {
        _document.Dispose();
        _ws.Dispose();
    }
}
