using ReportGen.Content;

namespace ReportGen.Tests;

public class OfficesTextTests
{
    [Fact]
    public void Parse_PutsParenthesisedOfficesUnderSupporting()
    {
        var offices = OfficesText.Parse("経済産業省医福室、厚労省医療機器政策室（文部科学省）");

        Assert.Equal(["経済産業省医福室", "厚労省医療機器政策室"], offices.Main);
        Assert.Equal(["文部科学省"], offices.Supporting);
    }

    [Fact]
    public void Parse_ReadsSeveralSupportingOfficesInOneParenthesis()
    {
        var offices = OfficesText.Parse("内閣府（文部科学省、厚生労働省、経済産業省ヘル産課・医福室）");

        Assert.Equal(["内閣府"], offices.Main);
        Assert.Equal(["文部科学省", "厚生労働省", "経済産業省ヘル産課・医福室"], offices.Supporting);
    }

    [Fact]
    public void Parse_AcceptsASupportingOfficeWrittenFirst_AndKeepsTheTextAsPublished()
    {
        const string text = "（経済産業省ヘル産課）、厚労省医療国際展開推進室";

        var offices = OfficesText.Parse(text);

        Assert.Equal(["厚労省医療国際展開推進室"], offices.Main);
        Assert.Equal(["経済産業省ヘル産課"], offices.Supporting);
        Assert.Equal(text, offices.Text);
    }

    [Theory]
    [InlineData("経済産業省医福室（文部科学省")]
    [InlineData("経済産業省医福室）")]
    public void CheckBrackets_ReportsUnbalancedParentheses(string text)
    {
        Assert.NotNull(OfficesText.CheckBrackets(text));
    }

    [Fact]
    public void CheckBrackets_AcceptsBalancedParentheses()
    {
        Assert.Null(OfficesText.CheckBrackets("経済産業省医福室（文部科学省）"));
    }
}
