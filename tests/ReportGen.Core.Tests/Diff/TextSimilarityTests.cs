using ReportGen.Diff.Text;

namespace ReportGen.Tests.Diff;

public class TextSimilarityTests
{
    [Fact]
    public void Between_IsOne_ForTheSameText()
    {
        Assert.Equal(1.0, TextSimilarity.Between("拠点整備を行った。", "拠点整備を行った。"));
    }

    [Fact]
    public void Between_IgnoresTheWidthOfDigits()
    {
        Assert.Equal(1.0, TextSimilarity.Between("令和５年度", "令和5年度"));
    }

    [Fact]
    public void Between_IsHigh_ForAPlanAndTheResultThatReportsOnIt()
    {
        var score = TextSimilarity.Between(
            "引き続き、「医療機器等研究成果展開事業」において、実用化支援や企業マッチングを実施する。",
            "「医療機器等研究成果展開事業」において、実用化支援や企業マッチングを実施した。");

        Assert.True(score > 0.8, $"score {score}");
    }

    [Fact]
    public void Between_IsLow_ForUnrelatedItemsOfOneMeasure()
    {
        var score = TextSimilarity.Between(
            "引き続き、CRBの質向上や、臨床研究従事者の育成に取り組む。",
            "医療技術実用化総合促進事業において、すべての臨床研究中核病院にベンチャー支援部門を設置した。");

        Assert.True(score < 0.3, $"score {score}");
    }
}
