using ReportGen.Validation;

namespace ReportGen.Tests;

public class TextChecksTests
{
    [Fact]
    public void AKnownTypo_IsReported_WithTheIntendedSpelling()
    {
        var issue = Assert.Single(TextChecks.Check("（令和６年度予算案：10.9憶円）"));

        Assert.Equal("憶円", issue.Found);
        Assert.Contains("億円", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FullAndHalfWidthEraYearsInOneText_AreReported()
    {
        var issue = Assert.Single(TextChecks.Check("令和５年度予算：10.2億円、令和6年度予算案：19億円"));

        Assert.Contains("令和6年", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("令和５年度予算：10.2億円、令和６年度予算案：10.9億円")]
    [InlineData("令和5年度予算：19億円、令和6年度予算案：19億円")]
    [InlineData("（令和5年度補正予算：3.8億円（国庫債務負担行為含め総額26億円））")]
    public void ConsistentText_HasNoIssue(string text)
    {
        Assert.Empty(TextChecks.Check(text));
    }

    [Fact]
    public void AFullWidthMinusBetweenKatakana_IsReported()
    {
        var issue = Assert.Single(TextChecks.Check("レギュラトリ－サイエンス"));

        Assert.Equal(6, issue.Offset);
    }

    [Fact]
    public void DoubledPunctuation_IsReported()
    {
        Assert.Single(TextChecks.Check("事業計画,、国際展開"));
    }

    [Fact]
    public void AKangxiRadical_IsReported_WithTheOrdinaryKanji()
    {
        var issue = Assert.Single(TextChecks.Check("各評価項\u2F6Cの試験"));

        Assert.Equal(4, issue.Offset);
        Assert.Contains("「目」", issue.Message, StringComparison.Ordinal);
    }
}
