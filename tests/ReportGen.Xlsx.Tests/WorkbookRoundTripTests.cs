using ReportGen.Xlsx.Tests.Support;

namespace ReportGen.Xlsx.Tests;

/// <summary>Export, fill, import: what an office sends back lands in the right cells, and nothing else changes.</summary>
public class WorkbookRoundTripTests
{
    [Fact]
    public void AnUnchangedExportedWorkbook_ImportsAsNoChange_GitStatusClean()
    {
        using var ws = new Workspace();
        Assert.Equal(0, ws.Cli("export", "xlsx", "--out", ws.Out).ExitCode);
        var book = Directory.GetFiles(ws.Out, "*.xlsx").Single();

        var run = ws.Cli("import", "xlsx", book);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("取り込む変更はありません（変更 0 欄（施策 0 件）、競合 0 欄）。", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, ws.Status());
    }

    [Fact]
    public void AWorkbookSavedAgainByLibreOffice_ImportsAsNoChange_GitStatusClean()
    {
        using var ws = new Workspace();

        var run = ws.Cli("import", "xlsx", Workspace.Fixture("libreoffice-same.xlsx"));

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("取り込む変更はありません", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, ws.Status());
    }

    [Fact]
    public void AWorkbookFilledInLibreOffice_ChangesExactlyTheThreeCells_AsContentMarkdown()
    {
        using var ws = new Workspace();
        var fixture = Workspace.Fixture("libreoffice-filled.xlsx");
        var before = Workspace.Sha256(fixture);

        var run = ws.Cli("import", "xlsx", fixture);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(" M content/measures/m002.yaml\n M content/measures/m004.yaml\n M content/measures/m005.yaml\n", ws.Status());
        var m002 = File.ReadAllText(ws.PathOf("measures/m002.yaml"));
        Assert.Contains("  2024:\n    results: |\n      - 令和６年度は、採択校３校から成果を発信した。\n        うち２校は講義を一般に公開した。\n      - １２月に成果報告会を開催した（参加者１５０名）。\n    plans: |", m002, StringComparison.Ordinal);
        var m004 = File.ReadAllText(ws.PathOf("measures/m004.yaml"));
        Assert.Contains("  2025:\n    plans: |\n      - 令和７年度も引き続き支援を行う予定。\n      - 公募は令和7年４月に開始する予定。\n    offices:", m004, StringComparison.Ordinal);
        Assert.Contains("    offices: 文部科学省（厚労省医療機器政策室）\n", File.ReadAllText(ws.PathOf("measures/m005.yaml")), StringComparison.Ordinal);

        // Printed as diff lists a measure: new over old, with the workbook cell.
        Assert.Contains("施策 m002「", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  令和６年度の実績・状況（libreoffice-filled.xlsx 回答!F2）\n    新: ・令和６年度は、採択校３校から成果を発信した。\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("    旧: ・「保健医療分野におけるAI研究開発加速", run.Stdout, StringComparison.Ordinal);

        // check's warning about mixed digit widths, by workbook cell and by file and line.
        Assert.Contains("libreoffice-filled.xlsx 回答!G3: ", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"measures/m004\.yaml:\d+:\d+: warning: 和暦の年で全角数字と半角数字が混在しています", run.Stdout);
        Assert.Contains("取り込みました: 変更 3 欄（施策 3 件）、競合 0 欄", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, Workspace.Sha256(fixture));
    }

    [Fact]
    public void Importing_KeepsTheCommentsAndOtherCellsOfTheMeasureFile()
    {
        using var ws = new Workspace();
        ws.Replace("measures/m002.yaml", "  2024:\n", "  # 令和６年度の回答（文部科学省）\n  2024:\n");
        ws.Commit("comment");

        Assert.Equal(0, ws.Cli("import", "xlsx", Workspace.Fixture("libreoffice-filled.xlsx")).ExitCode);

        var diff = ws.Diff();
        Assert.Contains("  # 令和６年度の回答（文部科学省）\n", File.ReadAllText(ws.PathOf("measures/m002.yaml")), StringComparison.Ordinal);
        Assert.DoesNotContain("-  #", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("-    plans:", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void DryRun_PrintsTheChanges_AndWritesNothing()
    {
        using var ws = new Workspace();

        var run = ws.Cli("import", "xlsx", Workspace.Fixture("libreoffice-filled.xlsx"), "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("    新: ・令和７年度も引き続き支援を行う予定。", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--dry-run のため書き込んでいません（変更 3 欄（施策 3 件）、競合 0 欄）。", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, ws.Status());
    }

    [Fact]
    public void ACellChangedInTheRepositoryAndInTheWorkbook_IsAConflict_NotWritten_TheOthersAre()
    {
        using var ws = new Workspace();
        ws.Replace("measures/m002.yaml", "（令和５年度予算：１億円）を通じて、採択校から成果の発信を行った。\n    plans:", "（令和５年度予算：１億円）を通じて、採択校４校から成果の発信を行った。\n    plans:");
        ws.Commit("secretariat edit");

        var run = ws.Cli("import", "xlsx", Workspace.Fixture("libreoffice-filled.xlsx"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("競合: libreoffice-filled.xlsx 回答!F2 施策 m002「", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("回答票の作成後に内容でもこの欄が変更されていて、回答票の記入と食い違います。どちらも失わないよう書き込みませんでした。", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("  回答票: ・令和６年度は、採択校３校から成果を発信した。", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("  現在: ・「保健医療分野におけるAI研究開発加速に向けた人材養成産学協働プロジェクト」（令和５年度予算：１億円）を通じて、採択校４校から", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("作成後に内容が変わっています", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(" M content/measures/m004.yaml\n M content/measures/m005.yaml\n", ws.Status());
    }

    [Fact]
    public void ARowWhose担当NoLongerNamesTheOffice_IsPointedOut()
    {
        using var ws = new Workspace();
        var m002 = File.ReadAllText(ws.PathOf("measures/m002.yaml"));
        var last = m002.LastIndexOf("    offices: 文部科学省\n", StringComparison.Ordinal);
        File.WriteAllText(ws.PathOf("measures/m002.yaml"), m002[..last] + "    offices: 厚労省医療機器政策室\n" + m002[(last + "    offices: 文部科学省\n".Length)..]);
        ws.Commit("m002 moves to another office");

        var run = ws.Cli("import", "xlsx", Workspace.Fixture("libreoffice-same.xlsx"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("libreoffice-same.xlsx: 施策 m002 の担当（厚労省医療機器政策室）に回答票の宛先「文部科学省」がありません。", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameChangeMadeOnBothSides_IsNotAConflict()
    {
        using var ws = new Workspace();
        var m005 = File.ReadAllText(ws.PathOf("measures/m005.yaml"));
        var last = m005.LastIndexOf("    offices: 文部科学省、厚労省医療機器政策室\n", StringComparison.Ordinal);
        File.WriteAllText(ws.PathOf("measures/m005.yaml"), m005[..last] + "    offices: 文部科学省（厚労省医療機器政策室）\n" + m005[(last + "    offices: 文部科学省、厚労省医療機器政策室\n".Length)..]);
        ws.Commit("same edit");

        var run = ws.Cli("import", "xlsx", Workspace.Fixture("libreoffice-filled.xlsx"));

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(" M content/measures/m002.yaml\n M content/measures/m004.yaml\n", ws.Status());
    }

    [Fact]
    public void ExportPerOffice_HoldsTheRowsWhose担当NamesIt_AndLastEditionsPlans()
    {
        using var ws = new Workspace();

        var run = ws.Cli("export", "xlsx", "--office", "文部科学省", "--office", "医療機器審査管理課", "--out", ws.Out);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("照会_2025_文部科学省.xlsx: 施策 11 件", run.Stdout, StringComparison.Ordinal);
        var book = WorkbookReader.Read(Path.Combine(ws.Out, "照会_2025_文部科学省.xlsx"));
        Assert.Equal("文部科学省", book.Record.Office);
        Assert.Equal("2025", book.Record.EditionId);
        Assert.Equal(64, book.Record.ContentHash.Length);
        Assert.Equal(40, book.Record.Commit.Length);
        Assert.All(book.Rows, r => Assert.Equal(r.BaseResults, r.Results));
        Assert.Contains(book.Rows, r => r.MeasureId == "m002");
    }

    [Fact]
    public void AnAnswerThatMakesTheContentWrong_IsReportedByCellAndLine_AndNothingIsWritten()
    {
        using var ws = new Workspace();
        var filled = Edit.Cell(File.ReadAllBytes(Workspace.Fixture("exported.xlsx")), "H2", "文部科学省（厚労省");
        Assert.Equal(0, ws.Cli("export", "xlsx", "--out", ws.Out).ExitCode);
        var path = ws.Workbook("回答.xlsx", filled);

        var run = ws.Cli("import", "xlsx", path, Path.Combine(ws.Out, "照会_2025_全担当.xlsx"));

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"回答\.xlsx 回答!H2: .*measures/m002\.yaml:\d+:\d+: error: .*「（」が閉じられていません", run.Stderr);
        Assert.Contains("取り込んだ結果にエラーがあるため、何も書き込んでいません", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, ws.Status());
    }

    [Fact]
    public void TheSameContent_GivesTheSameWorkbookBytes()
    {
        using var ws = new Workspace();
        Assert.Equal(0, ws.Cli("export", "xlsx", "--out", Path.Combine(ws.Out, "a")).ExitCode);
        Assert.Equal(0, ws.Cli("export", "xlsx", "--out", Path.Combine(ws.Out, "b")).ExitCode);

        Assert.Equal(File.ReadAllBytes(Path.Combine(ws.Out, "a", "照会_2025_全担当.xlsx")), File.ReadAllBytes(Path.Combine(ws.Out, "b", "照会_2025_全担当.xlsx")));
    }

    [Fact]
    public void ExportForAnOfficeNoRowNames_IsAnError_AndWritesNothing()
    {
        using var ws = new Workspace();

        var run = ws.Cli("export", "xlsx", "--office", "存在しない課", "--out", ws.Out);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("担当「存在しない課」は版「2025」の担当欄にありません。", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(ws.Out) && Directory.EnumerateFiles(ws.Out).Any());
    }

    [Fact]
    public void WithoutAnOpenEdition_ExportSaysToRunNewYear()
    {
        using var ws = new Workspace(Repo.Content);

        var run = ws.Cli("export", "xlsx", "--out", ws.Out);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("reportgen new-year", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRealContent_AfterNewYear_ExportsAndReimportsUnchanged()
    {
        using var ws = new Workspace(Repo.Content);
        Assert.Equal(0, ws.Cli("new-year", "--date", "2025-03-14").ExitCode);
        ws.Commit("new year");
        Assert.Equal(0, ws.Cli("export", "xlsx", "--each-office", "--out", ws.Out).ExitCode);

        var run = ws.Cli(["import", "xlsx", .. Directory.GetFiles(ws.Out, "*.xlsx")]);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(string.Empty, ws.Status());
    }
}
