using ReportGen.Model;

namespace ReportGen.Tests;

public class FiscalYearTests
{
    [Theory]
    [InlineData(2023, "令和５年度")]
    [InlineData(2024, "令和６年度")]
    [InlineData(2019, "令和元年度")]
    [InlineData(2018, "平成３０年度")]
    [InlineData(1989, "平成元年度")]
    public void ToJapanese_UsesTheEraInForceForTheFiscalYear(int year, string expected)
    {
        Assert.Equal(expected, FiscalYear.ToJapanese(year));
    }

    [Fact]
    public void ToJapanese_CanUseHalfWidthDigits()
    {
        Assert.Equal("令和5年度", FiscalYear.ToJapanese(2023, fullWidthDigits: false));
    }

    [Theory]
    [InlineData("令和５年度", 2023)]
    [InlineData("令和5年度", 2023)]
    [InlineData("令和元年度", 2019)]
    [InlineData("平成29年", 2017)]
    [InlineData("R5年度", 2023)]
    [InlineData("Ｒ６年度", 2024)]
    public void Parse_ReadsFullAndHalfWidthEraYears(string text, int expected)
    {
        Assert.Equal(expected, FiscalYear.Parse(text));
    }

    [Theory]
    [InlineData("2023")]
    [InlineData("令和")]
    [InlineData("来年度")]
    public void Parse_ReturnsNull_ForTextThatIsNotAnEraYear(string text)
    {
        Assert.Null(FiscalYear.Parse(text));
    }
}
