using System.Security.Cryptography;
using ReportGen.Cli.Tests.Support;

namespace ReportGen.Cli.Tests;

/// <summary>The yearly cycle: publishing the open edition, corrections (正誤) to a published one, opening the next year.</summary>
public sealed class CycleCommandTests : IDisposable
{
    private const string Meeting = "meeting: テスト用の検討会（第1回）\n";

    private readonly TempContent _temp = TempContent.Minimal();

    public void Dispose() => _temp.Dispose();

    private CliRun Cli(params string[] args) => CliRun.Of([.. args, "--content", _temp.Content]);

    private void FillMeeting() => _temp.Replace("editions/2024.yaml", "date: 2024-03-12\n", Meeting + "date: 2024-03-12\n");

    [Fact]
    public void Publish_WritesTheRecord_AndRemovesTheDraftFile()
    {
        FillMeeting();

        var run = Cli("publish", "--edition", "2024");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("版「2024」を公表しました（施策 2 件）", run.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.PathOf("editions/2024.yaml")));
        Assert.Contains("\"text\": \"研究開発拠点の連携に取り組む。\"", _temp.Read("editions/2024.published.json"), StringComparison.Ordinal);
        Assert.Equal(0, Cli("check").ExitCode);
    }

    [Fact]
    public void Publish_IsRefused_WhileTheMeetingOrACellIsEmpty_ListingEach()
    {
        _temp.Replace("measures/m002.yaml", "    plans: |\n      - 引き続き連携会議を開催する。\n", "    plans: \"\"\n");

        var run = Cli("publish", "--edition", "2024");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("未記入の欄が 2 件あるため公表できません", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("editions/2024.yaml:1:5: 版「2024」の会議名（meeting）", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("measures/m002.yaml:13:12: 施策 m002（連携の強化）の「令和６年度の取組予定」", run.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(_temp.PathOf("editions/2024.yaml")));
        Assert.False(File.Exists(_temp.PathOf("editions/2024.published.json")));
    }

    [Fact]
    public void Publish_WithAllowEmpty_StillNeedsTheMeeting()
    {
        var run = Cli("publish", "--edition", "2024", "--allow-empty");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("会議名（meeting）", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void EditingACellAPublishedEditionPrinted_IsAnError_AtThatCell()
    {
        FillMeeting();
        Cli("publish", "--edition", "2024");
        _temp.Replace("measures/m002.yaml", "- 連携会議を開催した。", "- 連携会議を2回開催した。");

        var run = Cli("check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{_temp.Content}/measures/m002.yaml:10:14: error: この欄（2023: の results:、令和５年度の実績・状況）は公表済みの版「2024」に印刷された内容と違います。", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("reportgen correct --edition 2024", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ACorrection_ChangesTheRecordAndTheCell_AndIsListed()
    {
        FillMeeting();
        Cli("publish", "--edition", "2024");

        var run = Cli("correct", "--edition", "2024", "--wrong", "連携会議を開催した", "--right", "連携会議を2回開催した", "--note", "開催回数の誤り", "--date", "2024-04-10");

        Assert.Equal(0, run.ExitCode);
        var record = _temp.Read("editions/2024.published.json");
        Assert.Contains("\"date\": \"2024-04-10\",\n      \"note\": \"開催回数の誤り\"", record, StringComparison.Ordinal);
        Assert.Contains("\"wrong\": \"連携会議を開催した\",\n          \"right\": \"連携会議を2回開催した\"", record, StringComparison.Ordinal);
        Assert.Contains("- 連携会議を2回開催した。", _temp.Read("measures/m002.yaml"), StringComparison.Ordinal);
        Assert.Equal(0, Cli("check").ExitCode);
    }

    [Fact]
    public void ACorrection_OfTextPrintedTwice_IsRefused_NamingBoth()
    {
        FillMeeting();
        Cli("publish", "--edition", "2024");
        var before = _temp.Read("editions/2024.published.json");

        var run = Cli("correct", "--edition", "2024", "--wrong", "連携会議", "--right", "連絡会議", "--note", "名称", "--date", "2024-04-10");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("「連携会議」は 2 か所にあります:\n  「連携の強化」（m002）の令和５年度の実績・状況\n  「連携の強化」（m002）の令和６年度の取組予定\n--measure で", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, _temp.Read("editions/2024.published.json"));
    }

    [Fact]
    public void ACorrection_OfADraft_IsRefused()
    {
        var run = Cli("correct", "--edition", "2024", "--wrong", "連携", "--right", "連絡", "--note", "名称", "--date", "2024-04-10");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("まだ公表されていません", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEditedRecord_IsAnError()
    {
        FillMeeting();
        Cli("publish", "--edition", "2024");
        var record = _temp.Read("editions/2024.published.json");
        _temp.Write("editions/2024.published.json", record.Replace("連携会議を開催した。", "連携会議を3回開催した。", StringComparison.Ordinal));

        var run = Cli("check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("公表済みの版「2024」の記録が読めません: 公表後に手で書き換えられています。", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void NewYear_BeforeTheLatestEditionIsPublished_IsRefused()
    {
        var run = Cli("new-year", "--date", "2025-03-14");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("最新の版「2024」はまだ公表されていません。", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.PathOf("editions/2025.yaml")));
    }

    [Fact]
    public void NewYear_AddsTheNextEdition_AsADraftWhoseMeetingIsLeftToFill()
    {
        FillMeeting();
        Cli("publish", "--edition", "2024");

        var run = Cli("new-year", "--date", "2025-03-14");

        Assert.Equal(0, run.ExitCode);
        var edition = _temp.Read("editions/2025.yaml");
        Assert.Contains("header: 令和６年度の実績・状況\n    year: 2024", edition, StringComparison.Ordinal);
        Assert.Contains("header: 令和７年度の取組予定\n    year: 2025", edition, StringComparison.Ordinal);
        Assert.Contains("# 会議名（事務局が公表前に記入します）\nmeeting: \"\"\n", edition, StringComparison.Ordinal);
        Assert.Equal(0, Cli("check").ExitCode);
    }

    [Fact]
    public void NewYear_AddsEmptyCells_CarriesTheOfficesForward_AndKeepsTheEditorsComments()
    {
        FillMeeting();
        _temp.Replace("measures/m001.yaml", "years:\n", "# 担当者メモ: 実績は3月末に確定\nyears:\n");
        Cli("publish", "--edition", "2024");

        Cli("new-year", "--date", "2025-03-14");

        var measure = _temp.Read("measures/m001.yaml");
        Assert.Contains("# 担当者メモ: 実績は3月末に確定\nyears:\n", measure, StringComparison.Ordinal);
        Assert.Contains("  2024:\n    results: \"\"\n    plans: |", measure, StringComparison.Ordinal);
        Assert.EndsWith("  2025:\n    plans: \"\"\n    offices: 厚労省医療機器政策室（経済産業省医福室）\n", measure, StringComparison.Ordinal);
    }

    [Fact]
    public void NewYear_RightAfterNewYear_IsRefused_SoNoYearIsSkipped()
    {
        FillMeeting();
        Cli("publish", "--edition", "2024");
        Cli("new-year", "--date", "2025-03-14");

        var run = Cli("new-year", "--date", "2026-03-14");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("最新の版「2025」はまだ公表されていません。", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.PathOf("editions/2026.yaml")));
    }

    [Fact]
    public void NewYear_WithoutADate_IsBadUsage()
    {
        Assert.Equal(2, Cli("new-year").ExitCode);
    }
}

/// <summary>
/// A whole year on the real content: the published 2024 edition must print the same bytes after the next edition
/// renames a goal, moves a measure, revises 該当箇所, adds and retires measures and drops a column.
/// </summary>
public sealed class PublishedEditionCycleTests : IDisposable
{
    private readonly TempContent _temp = TempContent.Real();

    public void Dispose() => _temp.Dispose();

    private CliRun Cli(params string[] args) => CliRun.Of([.. args, "--content", _temp.Content]);

    private string Pdf2024(string name)
    {
        var outDir = Path.Combine(_temp.Root, name);
        var run = Cli("build", "--edition", "2024", "--out", outDir, "--templates", Repo.Templates);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(outDir, "2024.pdf"))));
    }

    [Fact]
    public void The2024Pdf_IsByteIdentical_AfterAFullNextYearCycle_WithStructuralEdits()
    {
        var before = Pdf2024("before");

        Assert.Equal(0, Cli("new-year", "--date", "2025-03-14").ExitCode);
        _temp.Replace("structure.yaml", "医療情報の集約\n", "医療情報の集約と利活用\n");
        _temp.Replace("measures/m023.yaml", "goal: g03\norder: 90\n", "goal: g02\norder: 70\n");
        _temp.Replace("measures/m001.yaml", "text: ることが必要である。", "text: 医療従事者が積極的に関わることが必要である。");
        _temp.Replace("measures/m007.yaml", "  2024:\n    results: \"\"\n", string.Empty);
        _temp.Replace("measures/m007.yaml", "  2025:\n    plans: \"\"\n    offices: 文部科学省\n", string.Empty);
        _temp.Write("measures/m061.yaml", "id: m061\nsection: s2\ngoal: g08\norder: 25\ntitle: 医療機器の国際共同治験の推進\ntext: 国際共同治験を推進する。\nministries: [◎厚]\nyears:\n  2024:\n    results: |\n      - 相談窓口を設けた。\n  2025:\n    plans: |\n      - 相談窓口を拡充する。\n    offices: 厚労省医療機器審査管理課\n");
        _temp.Write("measures/m062.yaml", "id: m062\nsection: s1\ngoal: g01\norder: 95\ntitle: 令和４年度のみの施策\ntext: 令和４年度に実施した。\nministries: [◎厚]\nyears:\n  2022:\n    results: |\n      - 実施した。\n");
        _temp.Replace("editions/2025.yaml", "  - kind: offices\n    header: 担当\n    year: 2025\n    width: 7\n", string.Empty);
        var check = Cli("check");
        Assert.True(check.ExitCode == 0, check.Stderr);

        Assert.Equal(before, Pdf2024("after"));
    }

    [Fact]
    public void TheNextYearsDiff_ReportsEachStructuralEditOnce_AsTheRightKind()
    {
        Cli("new-year", "--date", "2025-03-14");
        _temp.Replace("structure.yaml", "医療情報の集約\n", "医療情報の集約と利活用\n");
        _temp.Replace("measures/m023.yaml", "goal: g03\norder: 90\n", "goal: g02\norder: 70\n");
        _temp.Replace("measures/m001.yaml", "text: ることが必要である。", "text: 医療従事者が積極的に関わることが必要である。");

        var run = Cli("diff", "--from", "2024", "--to", "2025", "--out", Path.Combine(_temp.Root, "diff"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("移動 1", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("目標 追加 0・削除 0・名称変更 1・移動 0", run.Stdout, StringComparison.Ordinal);
        var md = File.ReadAllText(Path.Combine(_temp.Root, "diff", "diff.md"));
        Assert.Contains("`m023`", md, StringComparison.Ordinal);
        Assert.Contains("m001", md, StringComparison.Ordinal);
    }

    [Fact]
    public void ADraft_SaysSo_InThePdfAndOnTheSite_WhileThePublishedEditionDoesNot()
    {
        Assert.Equal(0, Cli("new-year", "--date", "2025-03-14").ExitCode);
        var outDir = Path.Combine(_temp.Root, "out");

        var run = Cli("build", "--out", outDir, "--templates", Repo.Templates);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("資料２－２（案）", PdfText(Path.Combine(outDir, "2025.pdf")), StringComparison.Ordinal);
        var draft = File.ReadAllText(Path.Combine(outDir, "site", "editions", "2025.html"));
        var published = File.ReadAllText(Path.Combine(outDir, "site", "editions", "2024.html"));
        Assert.Contains("<div class=\"draft-banner\" role=\"note\">", draft, StringComparison.Ordinal);
        Assert.Contains("資料２－２（案）", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("draft-banner", published, StringComparison.Ordinal);
        Assert.Contains("<p class=\"edition-label\">資料２－２</p>", published, StringComparison.Ordinal);
    }

    [Fact]
    public void ACorrection_IsListedInThe正誤表_OfTheEditionsPage()
    {
        var run = Cli("correct", "--edition", "2024", "--measure", "m004", "--wrong", "10.9憶円", "--right", "10.9億円", "--note", "誤記の訂正", "--date", "2024-04-10");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var outDir = Path.Combine(_temp.Root, "out");

        Assert.Equal(0, Cli("build", "--edition", "2024", "--out", outDir, "--templates", Repo.Templates).ExitCode);

        var page = File.ReadAllText(Path.Combine(outDir, "site", "editions", "2024.html"));
        Assert.Contains("<tr><td>2024年4月10日</td><td>「実用化を見据えて医療機器の研究開発を進…」（m004）の令和６年度の取組予定</td><td>10.9憶円</td><td>10.9億円</td><td>誤記の訂正</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains("10.9億円", PdfText(Path.Combine(outDir, "2024.pdf")), StringComparison.Ordinal);
        Assert.Equal(0, Cli("check").ExitCode);
    }

    [Fact]
    public void Status_AfterNewYear_CountsEachOfficesMeasures_AndListsWhatIsLeft()
    {
        Assert.Equal(0, Cli("new-year", "--date", "2025-03-14").ExitCode);
        _temp.Replace("measures/m010.yaml", "  2024:\n    results: \"\"", "  2024:\n    results: |\n      - 開発ガイダンスを2件策定した。");
        _temp.Replace("measures/m010.yaml", "  2025:\n    plans: \"\"", "  2025:\n    plans: |\n      - 引き続き開発ガイダンスの策定に努める。");

        var all = Cli("status");
        var one = Cli("status", "--office", "医福室");

        Assert.Equal(0, all.ExitCode);
        Assert.Contains("版「2025」（案）の記入状況\n", all.Stdout, StringComparison.Ordinal);
        Assert.Contains("  経済産業省医福室: 施策 26 件（実績 1/26、予定 1/26）\n", all.Stdout, StringComparison.Ordinal);
        Assert.Contains("  経済産業省ヘル産課: 施策 11 件（実績 0/11、予定 0/11）\n", all.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, one.ExitCode);
        Assert.StartsWith("版「2025」（案）の 経済産業省医福室 の記入状況: 施策 26 件、未記入のある施策 25 件\n", one.Stdout, StringComparison.Ordinal);
        Assert.Contains("  m010 医療機器の研究開発の手引きの作成\n    令和６年度の実績・状況: 記入済み\n    令和７年度の取組予定: 記入済み\n", one.Stdout, StringComparison.Ordinal);
        Assert.Contains($"  m004 実用化を見据えて医療機器の研究開発を進めることができるアカデミア人材の育成\n    令和６年度の実績・状況: 未記入 → {_temp.Content}/measures/m004.yaml:", one.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_WithNoDraft_SaysTheLatestIsPublished()
    {
        var run = Cli("status");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("記入中の版（案）はありません。最新の版「2024」は公表済みです。次の年度は reportgen new-year で始めます。\n", run.Stdout);
    }

    [Fact]
    public void PublishingWithAllowEmpty_IsRefused_WhenMoreThanATenthIsEmpty()
    {
        Assert.Equal(0, Cli("new-year", "--date", "2025-03-14").ExitCode);
        _temp.Replace("editions/2025.yaml", "meeting: \"\"", "meeting: テスト用の検討会");

        var run = Cli("publish", "--edition", "2025", "--allow-empty");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("版「2025」は 180 欄のうち 121 欄が未記入です。--allow-empty は、内容がなく「－」と印刷する欄が少し残るときに使います", run.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(_temp.PathOf("editions/2025.yaml")));
    }

    [Fact]
    public void ACorrectionOf該当箇所_AlsoCorrectsTheMeasureFile_WhenItIsThereOnce()
    {
        var run = Cli("correct", "--edition", "2024", "--measure", "m005", "--wrong", "レギュラトリ－サイエンス", "--right", "レギュラトリーサイエンス", "--note", "長音の誤り", "--date", "2024-04-10");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("measures/m005.yaml の同じ文字列も直しました。", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("レギュラトリーサイエンス", _temp.Read("measures/m005.yaml"), StringComparison.Ordinal);
        // Left only in the 正誤表 entry itself (誤).
        Assert.Single(_temp.Read("editions/2024.published.json").Split("レギュラトリ－サイエンス").Skip(1));
        Assert.Equal(0, Cli("check").ExitCode);
    }

    [Fact]
    public void Status_WhileAnotherEditorsFileHasAnError_StillShowsTheCounts()
    {
        Assert.Equal(0, Cli("new-year", "--date", "2025-03-14").ExitCode);
        _temp.Replace("measures/m010.yaml", "goal: g02", "goal: g99");

        var run = Cli("status");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("内容にエラーが 1 件あります", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("  経済産業省ヘル産課: 施策 11 件（実績 0/11、予定 0/11）\n", run.Stdout, StringComparison.Ordinal);
    }

    private static string PdfText(string pdf)
    {
        var start = new System.Diagnostics.ProcessStartInfo("pdftotext") { RedirectStandardOutput = true };
        start.ArgumentList.Add(pdf);
        start.ArgumentList.Add("-");
        using var process = System.Diagnostics.Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }
}
