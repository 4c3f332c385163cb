using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Tests;

/// <summary>One test per rule of the line-breaking table (JIS X 4051 / jlreq classes).</summary>
public class KinsokuRulesTests
{
    [Theory]
    [InlineData("）")]
    [InlineData("」")]
    [InlineData("』")]
    [InlineData("】")]
    [InlineData("〕")]
    [InlineData("］")]
    public void ClosingBrackets_MayNotStartALine(string c) => Assert.False(KinsokuRules.CanBreakBefore("あ" + c, 1));

    [Theory]
    [InlineData("（")]
    [InlineData("「")]
    [InlineData("『")]
    [InlineData("【")]
    [InlineData("〔")]
    [InlineData("［")]
    public void OpeningBrackets_MayNotEndALine(string c) => Assert.False(KinsokuRules.CanBreakBefore(c + "あ", 1));

    [Theory]
    [InlineData("、")]
    [InlineData("。")]
    [InlineData("，")]
    [InlineData("．")]
    public void FullStopsAndCommas_MayNotStartALine(string c) => Assert.False(KinsokuRules.CanBreakBefore("あ" + c, 1));

    [Theory]
    [InlineData("・")]
    [InlineData("：")]
    [InlineData("；")]
    public void MiddleDots_MayNotStartALine(string c) => Assert.False(KinsokuRules.CanBreakBefore("あ" + c, 1));

    [Theory]
    [InlineData("？")]
    [InlineData("！")]
    public void DividingPunctuation_MayNotStartALine(string c) => Assert.False(KinsokuRules.CanBreakBefore("あ" + c, 1));

    [Theory]
    [InlineData("ー")]
    [InlineData("ッ")]
    [InlineData("ャ")]
    [InlineData("っ")]
    [InlineData("ょ")]
    [InlineData("ァ")]
    public void SmallKanaAndTheProlongedSoundMark_MayNotStartALine(string c) => Assert.False(KinsokuRules.CanBreakBefore("ア" + c, 1));

    [Theory]
    [InlineData("々")]
    [InlineData("ゝ")]
    [InlineData("ヽ")]
    public void IterationMarks_MayNotStartALine(string c) => Assert.False(KinsokuRules.CanBreakBefore("人" + c, 1));

    [Theory]
    [InlineData("〜")]
    [InlineData("‐")]
    public void Hyphens_MayNotStartALine(string c) => Assert.False(KinsokuRules.CanBreakBefore("あ" + c, 1));

    [Fact]
    public void InseparableCharacters_StayTogether() => Assert.False(KinsokuRules.CanBreakBefore("……", 1));

    [Theory]
    [InlineData("SaMD", 2)]
    [InlineData("10.9億円", 2)]
    [InlineData("10.9億円", 3)]
    [InlineData("2040年", 2)]
    [InlineData("287,614千円", 4)]
    [InlineData("１１億円", 1)]
    [InlineData("1/2", 2)]
    public void LatinAndDigitRuns_AreNeverBroken(string text, int index) => Assert.False(KinsokuRules.CanBreakBefore(text, index));

    [Theory]
    [InlineData("10.9億円", 4)]
    [InlineData("令和5年度", 3)]
    [InlineData("１１億円", 2)]
    public void ANumber_StaysWithTheUnitAfterIt(string text, int index) => Assert.False(KinsokuRules.CanBreakBefore(text, index));

    [Theory]
    [InlineData("研究開発", 2)]
    [InlineData("あいう", 1)]
    [InlineData("事業SaMD", 2)]
    [InlineData("2040年までに", 5)]
    [InlineData("DASH for", 5)]
    public void ABreak_IsAllowedBetweenJapaneseCharacters_AndAfterASpaceOrRun(string text, int index) =>
        Assert.True(KinsokuRules.CanBreakBefore(text, index));
}
