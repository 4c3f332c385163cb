using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Xlsx.Tests.Support;

namespace ReportGen.Xlsx.Tests;

/// <summary>
/// Workbooks that cannot be taken in: each gets a Japanese message naming the file, the place and what to do, exit 1,
/// no internal error, no change to the content and none to the workbook.
/// </summary>
public class BadWorkbookTests
{
    private static readonly byte[] Exported = File.ReadAllBytes(Workspace.Fixture("exported.xlsx"));

    /// <summary>Imports the bytes as a file and checks what every refusal has in common; returns stderr.</summary>
    private static string Refused(byte[] bytes, string name = "回答.xlsx", params string[] options)
    {
        using var ws = new Workspace();
        var path = ws.Workbook(name, bytes);
        var before = Workspace.Sha256(path);

        var run = ws.Cli(["import", "xlsx", path, .. options]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\nreportgen: " + name + ": ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("何も書き込んでいません。", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("内部エラー", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, ws.Status());
        Assert.Equal(before, Workspace.Sha256(path));
        return run.Stderr;
    }

    [Fact]
    public void ATextFile_IsNotAWorkbook() =>
        Assert.Contains("Excel ブック（.xlsx）ではありません", Refused(Encoding.UTF8.GetBytes("施策ID,実績\nm001,・実施した\n"), "回答.csv"), StringComparison.Ordinal);

    [Fact]
    public void AnEncryptedWorkbook_SaysHowToRemoveThePassword()
    {
        // An encrypted .xlsx is an OLE compound file whose package sits in a stream named EncryptedPackage.
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 1024);

        Assert.Contains("パスワードで保護（暗号化）されているため読めません。", Refused(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void AnOldXlsFile_SaysToSaveAsXlsx()
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("Workbook").CopyTo(bytes, 1024);

        Assert.Contains("古い Excel 形式（.xls）です。", Refused(bytes, "回答.xls"), StringComparison.Ordinal);
    }

    [Fact]
    public void ABrokenZip_IsNamedBroken() =>
        Assert.Contains("壊れているか Excel ブック（.xlsx）ではないため読めません", Refused(Exported[..(Exported.Length / 2)]), StringComparison.Ordinal);

    [Fact]
    public void A20MegabyteFile_IsRefusedBeforeItIsRead()
    {
        var bytes = new byte[20 * 1024 * 1024];
        Exported.CopyTo(bytes, 0);

        Assert.Contains("ファイルが大きすぎます（20 MB、上限 10 MB）", Refused(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void AWorkbookNotMadeByExport_SaysSo() =>
        Assert.Contains("reportgen export xlsx で作った回答票ではありません", Refused(Edit.Workbook(Exported, book =>
        {
            var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "_reportgen");
            sheet.Remove();
        })), StringComparison.Ordinal);

    [Fact]
    public void AWorkbookOfAnotherReport_IsRefused() =>
        Assert.Contains("別の報告書（「別の報告書の表題」）の回答票です。", Refused(Edit.Sheet(Exported, "_reportgen", sheet => SetText(sheet, "B2", "別の報告書の表題"))), StringComparison.Ordinal);

    [Fact]
    public void AWorkbookOfAPublishedEdition_IsRefused() =>
        Assert.Contains("公表済みの版「2024」の回答票です。公表した版は取り込みでは変えません。", Refused(Edit.Sheet(Exported, "_reportgen", sheet => SetText(sheet, "B3", "2024"))), StringComparison.Ordinal);

    [Fact]
    public void AWorkbookOfAnotherOffice_IsRefused_WhenTheOfficeIsNamed() =>
        Assert.Contains("「文部科学省」あての回答票で、指定の担当「経済産業省医福室」あてではありません。", Refused(Exported, "回答.xlsx", "--office", "経済産業省医福室"), StringComparison.Ordinal);

    [Fact]
    public void ADeletedRow_IsRefused() =>
        Assert.Contains("シート「回答」の 3 行目は施策 m004 の行のはずが、施策 m005 の行です。行の挿入・削除・並べ替えはできません。", Refused(Edit.Sheet(Exported, "回答", sheet => DeleteRow(sheet, 3))), StringComparison.Ordinal);

    [Fact]
    public void AnAddedRow_IsRefused() =>
        Assert.Contains("シート「回答」の 13 行目に記入があります（施策の行は 12 行目まで）。行は追加できません。", Refused(Edit.Sheet(Exported, "回答", sheet =>
            sheet.GetFirstChild<SheetData>()!.Append(new Row(new Cell { CellReference = "F13", DataType = CellValues.String, CellValue = new CellValue("・追加した行") }) { RowIndex = 13U }))), StringComparison.Ordinal);

    [Fact]
    public void AMovedColumn_IsRefused() =>
        Assert.Contains("見出し F1 が「令和６年度の実績・状況」ではなく「令和７年度の取組予定」です。列の挿入・削除・並べ替えはできません。", Refused(Edit.Sheet(Exported, "回答", sheet => SetText(sheet, "F1", "令和７年度の取組予定"))), StringComparison.Ordinal);

    [Fact]
    public void AFormula_IsRefused_WithItsCell() =>
        Assert.Contains("シート「回答」の G4 に数式があります（=G3）。数式は取り込めません。", Refused(Edit.Sheet(Exported, "回答", sheet =>
        {
            var cell = sheet.Descendants<Cell>().Single(c => c.CellReference == "G4");
            cell.RemoveAllChildren();
            cell.DataType = CellValues.String;
            cell.Append(new CellFormula("G3"), new CellValue("・同上"));
        })), StringComparison.Ordinal);

    [Fact]
    public void MergedCells_AreRefused_WithTheirRange() =>
        Assert.Contains("シート「回答」の F2:G2 でセルが結合されています。", Refused(Edit.Sheet(Exported, "回答", sheet =>
            sheet.InsertAfter(new MergeCells(new MergeCell { Reference = "F2:G2" }), sheet.GetFirstChild<SheetProtection>()))), StringComparison.Ordinal);

    [Fact]
    public void AnImage_IsRefused() =>
        Assert.Contains("シート「回答」に画像や図形が貼り付けられています。", Refused(Edit.Workbook(Exported, book =>
        {
            var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "回答");
            var part = (WorksheetPart)book.GetPartById(sheet.Id!);
            var drawing = part.AddNewPart<DrawingsPart>();
            drawing.WorksheetDrawing = new DocumentFormat.OpenXml.Drawing.Spreadsheet.WorksheetDrawing();
            using var png = new MemoryStream(Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
            drawing.AddImagePart(ImagePartType.Png).FeedData(png);
            part.Worksheet.Append(new Drawing { Id = part.GetIdOfPart(drawing) });
        })), StringComparison.Ordinal);

    /// <summary>Corrupted bytes anywhere give a message or a result, never an exception of another kind.</summary>
    [Fact]
    public void FlippedBytes_NeverEscapeAsAnotherException()
    {
        var random = new Random(13);
        for (var i = 0; i < 150; i++)
        {
            var bytes = (byte[])Exported.Clone();
            for (var j = 0; j < 1 + random.Next(8); j++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            try
            {
                WorkbookReader.Read(bytes, "fuzz.xlsx");
            }
            catch (WorkbookException)
            {
            }
        }
    }

    private static void SetText(Worksheet sheet, string reference, string text)
    {
        var cell = sheet.Descendants<Cell>().Single(c => c.CellReference == reference);
        cell.RemoveAllChildren();
        cell.DataType = CellValues.InlineString;
        cell.Append(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)));
    }

    /// <summary>Deletes a row as a spreadsheet does: the rows below move up one.</summary>
    private static void DeleteRow(Worksheet sheet, uint index)
    {
        var rows = sheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        rows.Single(r => r.RowIndex! == index).Remove();
        foreach (var row in rows.Where(r => r.RowIndex! > index))
        {
            row.RowIndex = row.RowIndex! - 1;
            foreach (var cell in row.Elements<Cell>())
            {
                cell.CellReference = new string([.. cell.CellReference!.Value!.TakeWhile(char.IsLetter)]) + row.RowIndex!.Value;
            }
        }
    }
}
