namespace ReportGen.Html.Tests.Browser;

public class ChromiumLocatorTests
{
    private static Func<string, string?> Environment(string? chromium) =>
        name => name == ChromiumLocator.Variable ? chromium : null;

    [Fact]
    public void Find_UsesTheVariable_WhenItIsSet()
    {
        var choice = ChromiumLocator.Find(Environment("/opt/chrome/chrome"), path => path is "/opt/chrome/chrome" or "/usr/bin/chromium");

        Assert.Equal("/opt/chrome/chrome", choice.Path);
        Assert.Contains("REPORTGEN_CHROMIUM=/opt/chrome/chrome", choice.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_Fails_WhenTheVariableNamesAMissingFile()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ChromiumLocator.Find(Environment("/nowhere/chrome"), path => path == "/usr/bin/chromium"));

        Assert.Contains("/nowhere/chrome", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_TakesTheFirstUsualPathThatExists_WhenTheVariableIsUnset()
    {
        var choice = ChromiumLocator.Find(Environment(null), path => path is "/usr/bin/google-chrome-stable" or "/opt/google/chrome/chrome");

        Assert.Equal("/usr/bin/google-chrome-stable", choice.Path);
        Assert.Contains("usual path", choice.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_NeverTakesUbuntusSnapStub()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ChromiumLocator.Find(Environment(""), path => path == "/usr/bin/chromium-browser"));

        Assert.Contains(ChromiumLocator.Variable, error.Message, StringComparison.Ordinal);
        Assert.Contains("chromium", error.Message, StringComparison.Ordinal);
    }
}
