using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReportGen.Xlsx.Tests.Support;

/// <summary>Changes a copy of a workbook the way someone might before sending it back; the original bytes stay as they are.</summary>
public static class Edit
{
    public static byte[] Workbook(byte[] bytes, Action<WorkbookPart> change)
    {
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            change(document.WorkbookPart!);
            document.WorkbookPart!.Workbook.Save();
        }

        return stream.ToArray();
    }

    public static byte[] Sheet(byte[] bytes, string name, Action<Worksheet> change) =>
        Workbook(bytes, book => change(WorksheetOf(book, name)));

    public static Worksheet WorksheetOf(WorkbookPart book, string name)
    {
        var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var worksheet = ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet;
        return worksheet;
    }

    /// <summary>Types text into a cell of the answer sheet, as an inline string.</summary>
    public static byte[] Cell(byte[] bytes, string reference, string text) =>
        Sheet(bytes, "回答", sheet =>
        {
            var cell = sheet.Descendants<Cell>().Single(c => c.CellReference == reference);
            cell.RemoveAllChildren();
            cell.DataType = CellValues.InlineString;
            cell.Append(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        });
}
