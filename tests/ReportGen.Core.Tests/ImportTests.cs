using ReportGen.Import;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests;

/// <summary>What the importer makes of the real seed: the structure, and each kind of damage undone.</summary>
public class ImportTests
{
    private static readonly Lazy<Report> Imported = new(() =>
        SeedImporter.Import(File.ReadAllText(Repo.Seed), new SeedInfo(new DateOnly(2024, 3, 12), null, "厚生労働省")));

    private static Report Report => Imported.Value;

    private static Measure Titled(string title) => Report.Measures.Single(m => m.Title == title);

    [Fact]
    public void FindsThreeSections_ElevenGoals_AndTwoGoalRepeats()
    {
        Assert.Equal([1, 2, 3], Report.Sections.Select(s => s.Number));
        Assert.Equal(11, Report.Goals.Count());
        Assert.Equal(["g07", "g09"], Report.Sections[2].Goals.Where(g => g.IsRepeat).Select(g => g.RepeatOf!));
    }

    [Fact]
    public void Finds58MeasuresWithMarkers_AndTheTwoWithout()
    {
        Assert.Equal(58, Report.Measures.Count(m => m.Ministries.Count > 0 || m.MinistriesNote is not null));
        Assert.Equal(60, Report.Measures.Count);
    }

    [Fact]
    public void AMeasureWithoutTextOrMarker_IsFound_WithItsDashResult()
    {
        var m = Titled("保険導入の手引きの作成");

        Assert.Equal(string.Empty, m.Text);
        Assert.Empty(m.Ministries);
        Assert.Equal("－", m.Year(2023)!.Results!.PlainText);
        Assert.StartsWith("令和６年度診療報酬改定を踏まえた", m.Year(2024)!.Plans!.PlainText, StringComparison.Ordinal);
        Assert.Equal("厚労省医療機器政策室", m.Year(2024)!.Offices!.Text);
    }

    [Fact]
    public void TheMeasureRepeatedAtTheEnd_IsAReference_NotACopy()
    {
        var original = Titled("有事における新規医療機器の早期実用化に向けた取組");
        var lastGoal = Report.Sections[^1].Goals[^1];

        Assert.Equal([original.Id], lastGoal.RepeatedMeasures);
        Assert.Single(Report.Measures, m => m.Title == original.Title);
    }

    [Fact]
    public void BulletsBecomeItems_AndWrappedLinesAreJoinedWithoutSpaces()
    {
        var results = Titled("実用化を見据えて医療機器の研究開発を進めることができるアカデミア人材の育成").Year(2023)!.Results!;

        Assert.Equal(3, results.Items.Count());
        Assert.StartsWith("「官民による若手研究者発掘支援事業（令和5年度予算：13億円）」を通じて、官民が協調して有望なシーズを発掘し、それに取り組む若手研究者を支援した。", results.Blocks[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ALineEndingInsideAWord_IsJoined_EvenWhenNarrowerThanTheCell()
    {
        var plans = Titled("治験実施等における経済的な支援").Year(2024)!.Plans!;

        Assert.Contains("スタートアップ型（ViCLE）において", plans.Blocks[1].Text, StringComparison.Ordinal);
        Assert.Single(plans.Blocks[1].Lines);
    }

    [Fact]
    public void AShortLineEndingInPunctuation_KeepsItsLineBreak()
    {
        var item = Titled("医療機器の研究開発に関するガイドライン・ルールの整備").Year(2023)!.Results!.Blocks[0];

        Assert.Equal("＜次世代医療機器・再生医療等製品評価指標作成事業＞（国衛研）", item.Lines[0]);
        Assert.StartsWith("令和５年度の国衛研委託事業で", item.Lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void LatinWordsWrappedAcrossLines_KeepTheirSpace()
    {
        var plans = Titled("Software as a Medical Device（SaMD）の実用化促進").Year(2024)!.Plans!.PlainText;

        Assert.Contains("（DASH for SaMD2）", plans, StringComparison.Ordinal);
    }

    [Fact]
    public void PlansAndOfficesSharingALine_AreSeparated()
    {
        var m = Titled("医療機器の研究開発の手引きの作成");

        Assert.Equal("引き続き、開発に際しての手引きとなる開発ガイダンスを策定に努める。", m.Year(2024)!.Plans!.PlainText);
        Assert.Equal("経済産業省医福室", m.Year(2024)!.Offices!.Text);
    }

    [Fact]
    public void ResultsPlansAndOfficesSharingALine_AreSeparated()
    {
        var year = Titled("有事における新規医療機器の早期実用化に向けた取組");

        Assert.EndsWith("緊急承認制度を導入した。（対応済み）", year.Year(2023)!.Results!.PlainText, StringComparison.Ordinal);
        Assert.Equal("（対応済み）", year.Year(2024)!.Plans!.PlainText);
        Assert.Equal("厚労省医療機器審査管理課", year.Year(2024)!.Offices!.Text);
    }

    [Fact]
    public void ResultsAndPlansSharingALine_AreSeparated()
    {
        var m = Titled("販路開拓の支援");

        Assert.StartsWith("JETROを通じ、", m.Year(2023)!.Results!.PlainText, StringComparison.Ordinal);
        Assert.Equal("引き続き、JETROを通じ、医療機器、介護関連の商談会や海外展示会への出展支援を実施する。", m.Year(2024)!.Plans!.PlainText);
    }

    [Fact]
    public void OfficeNamesBrokenOverLines_AreRejoined_AndSupportingOfficesSeparated()
    {
        var offices = Titled("実用化を見据えて医療機器の研究開発を進めることができるアカデミア人材の育成").Year(2024)!.Offices!;

        Assert.Equal("経済産業省医福室（文部科学省）", offices.Text);
        Assert.Equal(["経済産業省医福室"], offices.Main);
        Assert.Equal(["文部科学省"], offices.Supporting);
    }

    [Fact]
    public void TheMarkerThatLostItsBracket_IsRecovered()
    {
        var m = Titled("国際展開支援における各省庁の連携強化");

        Assert.Equal("［◎内官、文、厚、経］", m.Marker);
        Assert.True(m.TextIncomplete);
    }

    [Fact]
    public void TheTitleThatLostItsBracket_IsRecovered()
    {
        Assert.Single(Report.Measures, m => m.Title == "＜国際展開支援における業界団体と行政の連携強化＞");
    }

    [Fact]
    public void AMarkerSplitOverTwoLines_IsRead()
    {
        var m = Titled("サイバーセキュリティに関する規格・手引きの整備");

        Assert.Equal("［◎厚］", m.Marker);
        Assert.EndsWith("手引きの整備に取り組む。", m.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AMeasureWhoseMinistriesAreNotMarked_KeepsItsNote()
    {
        var m = Titled("重点5分野の研究開発を支えるプラットフォームの整備");

        Assert.Equal("担当省庁については、各プラットフォームに記載の対応する総合的かつ計画的に実施すべき施策を参照", m.MinistriesNote);
        Assert.Equal("―", m.Year(2023)!.Results!.PlainText);
        Assert.Null(m.Year(2024));
    }

    [Theory]
    [InlineData("医療機器の研究開発に積極的に携わる医師をはじめとする医療従事者の育成", "ることが必要である。")]
    [InlineData("医療機器ベンチャーの創出・連携強化及び人材流動化に向けた取組の促進", "踏まえ、")]
    [InlineData("Software as a Medical Device（SaMD）の実用化促進", "の進捗を")]
    [InlineData("医療上必要不可欠な医療機器の明確化と当該機器の安定供給体制の確保", "構築に向けて")]
    public void ATextThatStartsMidSentence_IsMarkedIncomplete(string title, string start)
    {
        var m = Titled(title);

        Assert.True(m.TextIncomplete);
        Assert.StartsWith(start, m.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("臨床現場を理解した企業の医療機器の研究開発人材の育成")]
    [InlineData("既存企業とベンチャー企業の連携を通じた医療機器の研究開発の促進")]
    [InlineData("重点5分野の研究開発を支えるプラットフォームの整備")]
    [InlineData("販路開拓の支援")]
    public void ACompleteText_IsNotMarkedIncomplete(string title)
    {
        Assert.False(Titled(title).TextIncomplete);
    }

    [Fact]
    public void TheNumberedListUnderAPlanText_BecomesItsDetails()
    {
        var m = Titled("重点分野における医療機器の研究開発の促進");

        Assert.EndsWith("有効性が確認されることが望ましい。", m.Text, StringComparison.Ordinal);
        Assert.Equal(5, m.Details!.Blocks.Count);
        Assert.StartsWith("①", m.Details.Blocks[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("重点５分野については", m.Year(2023)!.Results!.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void TheEdition_TakesItsYearsAndHeadersFromTheHeaderRow()
    {
        var edition = Assert.Single(Report.Editions);

        Assert.Equal("2024", edition.Id);
        Assert.Equal("資料２－２", edition.Label);
        Assert.Equal(["該当箇所", "令和５年度の実績・状況", "令和６年度の取組予定", "担当"], edition.Columns.Select(c => c.Header));
        Assert.Equal(2023, edition.Column(ColumnKind.Results)!.Year);
        Assert.Equal(2024, edition.Column(ColumnKind.Plans)!.Year);
    }
}
