using ReportGen.Cli.Tests.Support;

namespace ReportGen.Cli.Tests;

/// <summary>The yearly cycle: publishing an edition, corrections to it, and opening the next year.</summary>
public sealed class CycleCommandTests : IDisposable
{
    private readonly TempContent _temp = TempContent.Minimal();

    public void Dispose() => _temp.Dispose();

    private CliRun Cli(params string[] args) => CliRun.Of([.. args, "--content", _temp.Content]);

    [Fact]
    public void NewYear_AddsTheNextEdition_WithItsColumnsAYearLater()
    {
        var run = Cli("new-year", "--date", "2025-03-14");

        Assert.Equal(0, run.ExitCode);
        var edition = _temp.Read("editions/2025.yaml");
        Assert.Contains("header: 令和６年度の実績・状況\n    year: 2024", edition, StringComparison.Ordinal);
        Assert.Contains("header: 令和７年度の取組予定\n    year: 2025", edition, StringComparison.Ordinal);
        Assert.Contains("date: 2025-03-14", edition, StringComparison.Ordinal);
    }

    [Fact]
    public void NewYear_AddsEmptyCells_AndCarriesTheOfficesForward()
    {
        Cli("new-year", "--date", "2025-03-14");

        var measure = _temp.Read("measures/m001.yaml");
        Assert.Contains("  2024:\n    results: \"\"\n    plans: |", measure, StringComparison.Ordinal);
        Assert.EndsWith("  2025:\n    plans: \"\"\n    offices: 厚労省医療機器政策室（経済産業省医福室）\n", measure, StringComparison.Ordinal);
    }

    [Fact]
    public void NewYear_PublishesTheEditionItFollows_AndLeavesContentThatChecksClean()
    {
        Cli("new-year", "--date", "2025-03-14");

        Assert.Contains("published:\n  sha256: ", _temp.Read("editions/2024.yaml"), StringComparison.Ordinal);
        Assert.True(File.Exists(_temp.PathOf("editions/2024.published.json")));
        Assert.Equal(0, Cli("check").ExitCode);
    }

    [Fact]
    public void NewYear_RightAfterNewYear_IsRefused_SoNoYearIsSkipped()
    {
        Cli("new-year", "--date", "2025-03-14");

        var run = Cli("new-year", "--date", "2026-03-14");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("最新の版「2025」の取組予定はまだ記入されていません。", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.PathOf("editions/2026.yaml")));
    }

    [Fact]
    public void AChangeToAPublishedEdition_IsAnError_NamingTheMeasureAndTheField()
    {
        Cli("freeze", "--edition", "2024");
        _temp.Replace("measures/m002.yaml", "- 連携会議を開催した。", "- 連携会議を2回開催した。");

        var run = Cli("check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{_temp.Content}/measures/m002.yaml:10:14: error: 公表済みの版「2024」の表示が公表時から変わっています: 施策 m002 の「令和５年度の実績・状況」。", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ACorrection_RecordsTheChange_SoCheckAcceptsIt()
    {
        Cli("freeze", "--edition", "2024");
        _temp.Replace("measures/m002.yaml", "- 連携会議を開催した。", "- 連携会議を2回開催した。");

        var run = Cli("freeze", "--edition", "2024", "--correction", "開催回数を追記", "--date", "2024-04-10");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("    - date: 2024-04-10\n      note: 開催回数を追記\n", _temp.Read("editions/2024.yaml"), StringComparison.Ordinal);
        Assert.Equal(0, Cli("check").ExitCode);
    }

    [Fact]
    public void FreezingAPublishedEditionAgain_WithoutACorrection_IsRefused()
    {
        Cli("freeze", "--edition", "2024");

        var run = Cli("freeze", "--edition", "2024");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--correction", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEditedRecord_IsAnError()
    {
        Cli("freeze", "--edition", "2024");
        var record = _temp.Read("editions/2024.published.json");
        _temp.Write("editions/2024.published.json", record.Replace("連携会議を開催した。", "連携会議を3回開催した。", StringComparison.Ordinal));

        var run = Cli("check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("が公表後に書き換えられています。", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void NewYear_WithoutADate_IsBadUsage()
    {
        Assert.Equal(2, Cli("new-year").ExitCode);
    }
}
