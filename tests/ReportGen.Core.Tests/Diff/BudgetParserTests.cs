using ReportGen.Diff.Budgets;

namespace ReportGen.Tests.Diff;

public class BudgetParserTests
{
    private static BudgetLine Single(string text, int? year = null) => Assert.Single(BudgetParser.Parse(text, year).Lines);

    [Fact]
    public void Parse_ReadsProgramYearKindAndAmount_OfABracketedProgram()
    {
        var line = Single("「医療機器等研究成果展開事業」（令和５年度予算：10.2億円）において、");

        Assert.Equal("医療機器等研究成果展開事業", line.Program);
        Assert.Equal(2023, line.FiscalYear);
        Assert.Equal(BudgetKind.Budget, line.Kind);
        Assert.Equal(1_020_000_000m, line.AmountYen);
        Assert.False(line.IsPartOf);
        Assert.Equal("令和５年度予算：10.2億円", line.Text);
    }

    [Fact]
    public void Parse_TakesTheProgramNamedInsideTheParenthesis_AndReadsNaisu()
    {
        var line = Single("「医療機器開発支援ネットワーク」（医工連携イノベーション推進事業として令和5年度予算：19億円の内数）を通じて");

        Assert.Equal("医工連携イノベーション推進事業", line.Program);
        Assert.True(line.IsPartOf);
        Assert.Equal(1_900_000_000m, line.AmountYen);
    }

    [Fact]
    public void Parse_DropsIzuremoBeforeTheProgramInsideTheParenthesis()
    {
        var line = Single("「地域連携拠点」（いずれも医工連携イノベーション推進事業として令和6年度予算案：19億円の内数）");

        Assert.Equal("医工連携イノベーション推進事業", line.Program);
        Assert.Equal(BudgetKind.Draft, line.Kind);
    }

    [Fact]
    public void Parse_TakesAProgramSeparatedFromTheYearBySpace()
    {
        var line = Single("「ガイドライン策定事業」（先進的研究開発・開発体制強靱化事業　令和5年度予算：40億円の内数）");

        Assert.Equal("先進的研究開発・開発体制強靱化事業", line.Program);
    }

    [Fact]
    public void Parse_ReadsThousandsOfYen_AndABareProgramName()
    {
        var line = Single("を踏まえ、臨床研究総合促進事業（令和５年度予算：287,614千円）において");

        Assert.Equal("臨床研究総合促進事業", line.Program);
        Assert.Equal(287_614_000m, line.AmountYen);
    }

    [Fact]
    public void Parse_ReadsMillionsOfYen()
    {
        var line = Single("「クリニカル・イノベーション・ネットワーク推進支援事業」（令和５年度予算：97百万円）");

        Assert.Equal(97_000_000m, line.AmountYen);
        Assert.Equal("97百万円", line.AmountText);
    }

    [Fact]
    public void Parse_TakesTheYearFromTheCell_WhenAnApproximateAmountIsBudgetedWithoutOne()
    {
        var line = Single("データベースを構築するなどの事業経費として約１１億円を予算措置している。", year: 2023);

        Assert.Equal(1_100_000_000m, line.AmountYen);
        Assert.True(line.IsApproximate);
        Assert.False(line.YearStated);
        Assert.Equal(2023, line.FiscalYear);
        Assert.Null(line.Program);
    }

    [Fact]
    public void Parse_ReadsASupplementaryBudget_AndTheTotalBesideIt()
    {
        var line = Single("「次世代ヘルステック・スタートアップ育成支援事業（令和5年度補正予算：3.8億円（国庫債務負担行為含め総額26億円））」を通じて");

        Assert.Equal("次世代ヘルステック・スタートアップ育成支援事業", line.Program);
        Assert.Equal(BudgetKind.Supplementary, line.Kind);
        Assert.Equal(380_000_000m, line.AmountYen);
        Assert.Equal(2_600_000_000m, line.TotalYen);
    }

    [Fact]
    public void Parse_ReadsYosanKakkoAnAsADraft_AndFlagsTheTypoOfOku()
    {
        var line = Single("「医療機器等研究成果展開事業」（令和６年度予算（案）：10.9憶円）において");

        Assert.Equal(BudgetKind.Draft, line.Kind);
        Assert.Equal(1_090_000_000m, line.AmountYen);
        Assert.Contains(line.Typos, t => t.Contains("憶円", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ReadsFullWidthDigits()
    {
        var line = Single("「人材養成産学協働プロジェクト」（令和５年度予算：１億円）");

        Assert.Equal(100_000_000m, line.AmountYen);
        Assert.Equal("人材養成産学協働プロジェクト", line.Program);
    }

    [Fact]
    public void Parse_ReadsAYearWrittenWithoutDo()
    {
        var line = Single("「次世代ヘルステック・スタートアップ育成支援事業」（令和5年補正予算：3.8億円（国庫債務負担含め総額26億円））にて");

        Assert.Equal(2023, line.FiscalYear);
        Assert.Equal(BudgetKind.Supplementary, line.Kind);
    }

    [Fact]
    public void Parse_TakesTheProgram_WhenTheParenthesisIsInsideItsBrackets()
    {
        var line = Single("「官民による若手研究者発掘支援事業（令和5年度予算：13億円）」を通じて");

        Assert.Equal("官民による若手研究者発掘支援事業", line.Program);
    }

    [Fact]
    public void Parse_TakesTheProgram_DespiteAStraySecondClosingBracket()
    {
        var line = Single("引き続き、「医療機器等研究成果展開事業」」（令和６年度予算（案）：10.9憶円）において");

        Assert.Equal("医療機器等研究成果展開事業", line.Program);
    }

    [Fact]
    public void Parse_KeepsTheParenthesisedSubtitleOfABareProgram()
    {
        var line = Single("臨床研究・治験推進研究事業（アジア地域における臨床研究・治験ネットワークの構築事業）（令和５年度予算：3.9億円）において");

        Assert.Equal("臨床研究・治験推進研究事業（アジア地域における臨床研究・治験ネットワークの構築事業）", line.Program);
        Assert.Equal("臨床研究・治験推進研究事業", line.ProgramKey);
    }

    [Fact]
    public void Parse_ReadsACompositeAmount()
    {
        Assert.Equal(150_000_000m, Single("（令和７年度予算案：1億5,000万円）").AmountYen);
    }

    [Fact]
    public void Parse_ListsABudgetWordWithoutAnAmount_AsUnparsed()
    {
        var scan = BudgetParser.Parse("「地域連携拠点」（同予算内数）を設けた。", 2023);

        Assert.Empty(scan.Lines);
        var unparsed = Assert.Single(scan.Unparsed);
        Assert.Equal("予算内数", unparsed.Text);
        Assert.Contains("同予算内数", unparsed.Context, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ListsAnAmountWithoutYearAndKind_AsUnparsed()
    {
        var scan = BudgetParser.Parse("総額５億円の事業を実施した。", 2024);

        Assert.Empty(scan.Lines);
        Assert.Equal("５億円", Assert.Single(scan.Unparsed).Text);
    }

    [Fact]
    public void Parse_FindsNothing_InTextWithoutMoney()
    {
        var scan = BudgetParser.Parse("引き続き、必要な予算の確保につとめる。", 2024);

        Assert.Empty(scan.Lines);
        Assert.Empty(scan.Unparsed);
    }

    [Fact]
    public void Key_DropsBracketsSubtitlesAndSpaces_AndFoldsVariantKanji()
    {
        Assert.Equal(
            BudgetPrograms.Key("医療機器等における先進的研究開発・開発体制強靱化事業"),
            BudgetPrograms.Key("「医療機器等における先進的研究開発・開発体制強靭化事業(医療機器開発体制強靱化)」"));
    }

    [Theory]
    [InlineData(1_090_000_000, false, "10.9億円")]
    [InlineData(97_000_000, false, "0.97億円")]
    [InlineData(287_614_000, false, "287,614千円")]
    [InlineData(30_000_000, true, "+0.3億円")]
    [InlineData(-300_000_000, true, "−3億円")]
    [InlineData(0, true, "±0")]
    public void FormatYen_UsesTheUnitAReaderExpects(long yen, bool withSign, string expected)
    {
        Assert.Equal(expected, BudgetPrograms.FormatYen(yen, withSign));
    }
}
