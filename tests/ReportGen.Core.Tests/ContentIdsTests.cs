using ReportGen.Model;
using ReportGen.Paths;

namespace ReportGen.Tests;

public class ContentIdsTests
{
    [Theory]
    [InlineData("m001")]
    [InlineData("2024")]
    [InlineData("g01-a")]
    [InlineData("abcdefghijklmnopqrstuvwxyz012345")]
    public void IsValid_AcceptsPlainAsciiIds(string id) => Assert.True(ContentIds.IsValid(id));

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("../pwn")]
    [InlineData("a/b")]
    [InlineData("-a")]
    [InlineData("a b")]
    [InlineData("a`<img>`")]
    [InlineData("m\u0000")]
    [InlineData("ｍ００１")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456")]
    public void IsValid_RefusesWhatCouldNameAnotherPathOrCarryMarkup(string id) => Assert.False(ContentIds.IsValid(id));

    [Fact]
    public void SafePath_JoinsPlainNamesUnderTheRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "root");

        Assert.Equal(Path.Combine(root, "editions", "2024.yaml"), SafePath.Under(root, "editions/2024.yaml"));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("a/../../x")]
    [InlineData("/etc/passwd")]
    [InlineData("a//b")]
    [InlineData("a\\..\\b")]
    [InlineData("a\u0000b")]
    [InlineData("")]
    public void SafePath_RefusesAnythingThatCouldLeaveTheRoot(string relative) =>
        Assert.Throws<InvalidOperationException>(() => SafePath.Under(Path.GetTempPath(), relative));

    [Theory]
    [InlineData("/", "/x", true)]
    [InlineData("/a", "/a/b", true)]
    [InlineData("/a", "/a", false)]
    [InlineData("/a", "/ab", false)]
    [InlineData("/a/", "/a/b", true)]
    public void IsInside_IsStrictAndAwareOfSeparators(string root, string path, bool inside) =>
        Assert.Equal(inside, SafePath.IsInside(root, path));
}
