using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using ReportGen.Cli.Tests.Support;

namespace ReportGen.Cli.Tests;

/// <summary>
/// <c>reportgen check</c>: one test per kind of problem an editor can make. Each problem is printed as
/// <c>file:line:column: error|warning: message 対処: …</c>, and the exit code is 0 clean, 1 problems, 2 bad usage.
/// </summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TempContent _temp = TempContent.Minimal();

    public void Dispose() => _temp.Dispose();

    private CliRun Check(params string[] extra) => CliRun.Of(["check", "--content", _temp.Content, .. extra]);

    private string Location(string relative, int line, int column) => $"{_temp.Content}/{relative}:{line}:{column}: ";

    [Fact]
    public void CleanContent_ExitsZero_AndSaysSo()
    {
        var run = Check();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        Assert.Equal("エラー 0 件、警告 0 件", run.Stdout.Split('\n')[0]);
    }

    [Fact]
    public void MalformedYaml_IsAnError_AtItsPosition()
    {
        _temp.Write("measures/m002.yaml", "id: m002\nsection: s1\ngoal: [g02\n");

        var run = Check();

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"{_temp.Content}/measures/m002.yaml:", line, StringComparison.Ordinal);
        Assert.Contains(": error: YAML の書き方に誤りがあります", line, StringComparison.Ordinal);
        Assert.Contains("対処:", line, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownKey_IsAnError_SuggestingTheKnownOne()
    {
        _temp.Replace("measures/m001.yaml", "title: 人材の育成", "titel: 人材の育成");

        var run = Check();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Location("measures/m001.yaml", 5, 1) + "error: 施策に不明なキー「titel」があります。 対処: 「title」のことですか？", run.ErrorLines);
    }

    [Fact]
    public void AMissingRequiredField_IsAnError_NamingTheField()
    {
        _temp.Replace("measures/m002.yaml", "goal: g02\n", string.Empty);

        var run = Check();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Location("measures/m002.yaml", 1, 1) + "error: 必須の項目「goal」（目標の ID）がありません。 対処: 「goal: …」を追加してください。", run.ErrorLines);
    }

    [Fact]
    public void ADuplicateId_IsAnError_PointingAtTheFirstUse()
    {
        _temp.Write("measures/m003.yaml", _temp.Read("measures/m002.yaml"));

        var run = Check();

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith(Location("measures/m003.yaml", 1, 5) + "error: 施策 ID「m002」が重複しています（", line, StringComparison.Ordinal);
        Assert.Contains("measures/m002.yaml:1", line, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownMinistryCode_IsAnError_ListingTheKnownCodes()
    {
        _temp.Replace("measures/m001.yaml", "[◎厚, 経]", "[◎厚, 財]");

        var run = Check();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Location("measures/m001.yaml", 7, 18) + "error: 施策「m001」の担当省庁「財」は report.yaml の ministries にありません。 対処: 使える略称: 文、厚、経", run.ErrorLines);
    }

    [Fact]
    public void AnUnknownGoal_IsAnError_SuggestingTheClosestGoal()
    {
        _temp.Replace("measures/m002.yaml", "goal: g02", "goal: g2");

        var run = Check();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Location("measures/m002.yaml", 3, 7) + "error: 施策「m002」の目標「g2」が structure.yaml にありません。 対処: 「g02」のことですか？", run.ErrorLines);
    }

    [Fact]
    public void AnEditionNamingAFiscalYearNoMeasureHas_IsAnError()
    {
        _temp.Replace("editions/2024.yaml", "year: 2023", "year: 2022");

        var run = Check();

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith(Location("editions/2024.yaml", 1, 5) + "error: 版「2024」の列「令和５年度の実績・状況」は 2022 年度（令和４年度）を表示しますが、その年度の内容を持つ施策がありません。", line, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileInShiftJis_IsAnError_ThatSaysSo()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        _temp.WriteBytes("measures/m002.yaml", Encoding.GetEncoding(932).GetBytes(_temp.Read("measures/m002.yaml")));

        var run = Check();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Location("measures/m002.yaml", 1, 1) + "error: ファイルが UTF-8 ではありません。 対処: Shift_JIS で保存されているようです。エディタで文字コードを UTF-8 にして保存し直してください。", run.ErrorLines);
    }

    [Fact]
    public void AFileThatIsNeitherUtf8NorShiftJis_IsAnError_WithoutGuessing()
    {
        _temp.WriteBytes("measures/m002.yaml", [0x69, 0x64, 0x3a, 0x20, 0xff, 0xfe, 0xfd, 0x0a]);

        var run = Check();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Location("measures/m002.yaml", 1, 1) + "error: ファイルが UTF-8 ではありません。 対処: エディタで文字コードを UTF-8 にして保存し直してください。", run.ErrorLines);
    }

    [Fact]
    public void ABomAndCrlfLineEnds_AreAcceptedAsNormal()
    {
        var text = _temp.Read("measures/m002.yaml").Replace("\n", "\r\n", StringComparison.Ordinal);
        _temp.WriteBytes("measures/m002.yaml", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)]);

        var run = Check();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Fact]
    public void ATenMegabyteFile_IsRejectedWithinASecond()
    {
        _temp.WriteBytes("measures/m003.yaml", Encoding.UTF8.GetBytes(new string('あ', 10 * 1024 * 1024 / 3)));

        var watch = Stopwatch.StartNew();
        var run = Check();
        watch.Stop();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Location("measures/m003.yaml", 1, 1) + "error: ファイルが大きすぎます（10.0 MB、上限 1 MB）。 対処: 内容ファイルではないものが置かれていないか確認してください。", run.ErrorLines);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
    }

    [Fact]
    public void AYamlAliasBomb_IsRejectedWithinASecond()
    {
        var bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 0; i < 9; i++)
        {
            var prev = (char)('a' + i);
            var next = (char)('b' + i);
            bomb.Append(next).Append(": &").Append(next).Append(" [").Append(string.Join(",", Enumerable.Repeat("*" + prev, 9))).Append("]\n");
        }

        _temp.Write("measures/m003.yaml", bomb.ToString());

        var watch = Stopwatch.StartNew();
        var run = Check();
        watch.Stop();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Location("measures/m003.yaml", 1, 4) + "error: YAML のアンカー（&）は使えません。 対処: アンカーを削除し、内容をそのまま書いてください。", run.ErrorLines);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
    }

    [Fact]
    public void MixedDigitWidthsInEraYears_AreAWarning_AtTheirLine()
    {
        _temp.Replace("measures/m001.yaml", "- 拠点整備を行った。", "- 令和５年度予算：10.2億円により拠点整備を行った（令和6年度も継続）。");

        var run = Check();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [Location("measures/m001.yaml", 11, 35) + "warning: 和暦の年で全角数字と半角数字が混在しています（「令和５年」と「令和6年」）。 対処: 同じセルの中ではどちらかにそろえてください。"],
            run.ErrorLines);
        Assert.Equal("エラー 0 件、警告 1 件", run.Stdout.Split('\n')[0]);
    }

    [Fact]
    public void AKnownTypo_IsAWarning_AtItsPosition()
    {
        _temp.Replace("measures/m001.yaml", "- 引き続き拠点整備を進める。", "- 引き続き拠点整備（10.9憶円）を進める。");

        var run = Check();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [Location("measures/m001.yaml", 14, 22) + "warning: 「憶円」は「億円」の誤記ではありませんか。 対処: 意図したものでなければ「億円」に直してください。"],
            run.ErrorLines);
    }

    [Fact]
    public void Warnings_FailOnlyWithStrict()
    {
        _temp.Replace("measures/m001.yaml", "- 引き続き拠点整備を進める。", "- 引き続き拠点整備（10.9憶円）を進める。");

        Assert.Equal(0, Check().ExitCode);
        Assert.Equal(1, Check("--strict").ExitCode);
    }

    [Fact]
    public void Strict_Passes_WhenEveryWarningIsKnown()
    {
        _temp.Replace("measures/m001.yaml", "- 引き続き拠点整備を進める。", "- 引き続き拠点整備（10.9憶円）を進める。");

        var accept = CliRun.Of("accept-warnings", "--content", _temp.Content);
        var run = Check("--strict");

        Assert.Equal(0, accept.ExitCode);
        Assert.Equal("measures/m001.yaml\t「憶円」は「億円」の誤記ではありませんか。", _temp.Read("known-warnings.txt").Split('\n')[1]);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("エラー 0 件、警告 0 件（ほかに確認済みの警告 1 件）", run.Stdout.Split('\n')[0]);
    }

    [Fact]
    public void Strict_FailsOnANewWarning_AlthoughOthersAreKnown()
    {
        _temp.Replace("measures/m001.yaml", "- 引き続き拠点整備を進める。", "- 引き続き拠点整備（10.9憶円）を進める。");
        CliRun.Of("accept-warnings", "--content", _temp.Content);
        _temp.Replace("measures/m002.yaml", "- 連携会議を開催した。", "- 令和５年度と令和6年度に連携会議を開催した。");

        var run = Check("--strict");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("エラー 0 件、警告 1 件（ほかに確認済みの警告 1 件）", run.Stdout.Split('\n')[0]);
    }

    [Fact]
    public void TheRealContent_PassesStrict_WithItsKnownWarnings()
    {
        Assert.Equal(0, CliRun.Of("check", "--strict", "--content", Repo.Content).ExitCode);
    }

    [Fact]
    public void ProblemsInSeveralFiles_AreAllReported_InFileOrder()
    {
        _temp.Replace("measures/m001.yaml", "title: 人材の育成", "titel: 人材の育成");
        _temp.Replace("measures/m002.yaml", "goal: g02", "goal: g99");

        var run = Check();

        Assert.Equal(2, run.ErrorLines.Length);
        Assert.Contains("m001.yaml", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("m002.yaml", run.ErrorLines[1], StringComparison.Ordinal);
        Assert.Equal("エラー 2 件、警告 0 件", run.Stdout.Split('\n')[0]);
    }

    [Fact]
    public void Check_NeverModifiesTheContentFolder()
    {
        _temp.Replace("measures/m001.yaml", "title: 人材の育成", "titel: 人材の育成");
        var before = Snapshot(_temp.Content);

        Check();
        Check("--strict");

        Assert.Equal(before, Snapshot(_temp.Content));
    }

    [Fact]
    public void AMissingContentFolder_IsAnError_NotAStackTrace()
    {
        var run = CliRun.Of("check", "--content", Path.Combine(_temp.Root, "nowhere"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("内容フォルダがありません。", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRealContent_HasNoErrors()
    {
        var run = CliRun.Of("check", "--content", Repo.Content);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(": error:", run.Stderr, StringComparison.Ordinal);
    }

    private static string Snapshot(string folder) =>
        string.Join("\n", Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => p + " " + (File.Exists(p) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p))) + " " + File.GetLastWriteTimeUtc(p).Ticks : "dir")));

    [Fact]
    public void OnThePublishedEdition_WarningsAboutPublishedText_AreCounted_NotListed()
    {
        var run = CliRun.Of("check", "--content", Repo.Content);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        Assert.StartsWith("エラー 0 件、警告 0 件。公表済みの版にだけ載っている文の警告 32 件は表示していません", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void PublishedTextWarnings_WhenListed_PointToACorrection_NotToAnEdit()
    {
        var run = CliRun.Of("check", "--published", "--content", Repo.Content);

        Assert.Equal(32, run.ErrorLines.Length);
        Assert.All(run.ErrorLines, line => Assert.EndsWith("対処: 公表済みの版の文です。訂正するときは reportgen correct で正誤として記録します。", line, StringComparison.Ordinal));
    }

    [Fact]
    public void AfterNewYear_WarningsAboutTheOpenEditionsText_AreListed_AndPublishedCellsStayCounted()
    {
        using var real = TempContent.Real();
        Assert.Equal(0, CliRun.Of("new-year", "--date", "2025-03-14", "--content", real.Content).ExitCode);

        var run = CliRun.Of("check", "--content", real.Content);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([$"{real.Content}/measures/m032.yaml:16:3: warning: 施策 m032 には版「2025」の担当（2025: の offices:）がありません。担当の欄に「－」と印刷されます。 対処: 2025: の下に offices: を書いてください。"], run.ErrorLines);
        Assert.StartsWith("エラー 0 件、警告 1 件（ほかに確認済みの警告 13 件）。公表済みの版にだけ載っている文の警告 19 件は表示していません", run.Stdout, StringComparison.Ordinal);
        var all = CliRun.Of("check", "--all", "--content", real.Content);
        Assert.Contains($"{real.Content}/measures/m001.yaml:8:7: warning: 本文の冒頭が原資料で欠落しています", all.Stderr, StringComparison.Ordinal);
        Assert.Contains("憶円", all.Stderr, StringComparison.Ordinal);
        Assert.Contains("版「2025」（案）の記入状況: 令和６年度の実績・状況: 記入済み 0 / 60 施策", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("editions/2025.yaml:3:5: 版「2025」の会議名（meeting）が未記入です", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AnError_DoesNotUnleashTheWarningsAboutPublishedText()
    {
        using var real = TempContent.Real();
        Assert.Equal(0, CliRun.Of("new-year", "--date", "2025-03-14", "--content", real.Content).ExitCode);
        real.Replace("measures/m010.yaml", "開発ガイダンスを策定に努める。", "開発ガイダンスの策定に努める。");

        var run = CliRun.Of("check", "--content", real.Content);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.ErrorLines.Length);
        Assert.StartsWith($"{real.Content}/measures/m010.yaml:", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains(": error: この欄（2024: の plans:、令和６年度の取組予定）は公表済みの版「2024」に印刷された内容と違います。", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("公表済みの版にだけ載っている文の警告 19 件は表示していません", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("版「2025」（案）の記入状況: ", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AHandEditedRecord_IsOneError_WithoutEchoes()
    {
        using var real = TempContent.Real();
        real.Replace("editions/2024.published.json", "10.9憶円", "10.9億円");

        var run = CliRun.Of("check", "--content", real.Content);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("editions/2024.published.json:1:1: error: 公表済みの版「2024」の記録が読めません: 公表後に手で書き換えられています。 対処: 記録は手で編集しません。git checkout HEAD -- ", line, StringComparison.Ordinal);
    }
}
