using ReportGen.Html.Tests.Support;

namespace ReportGen.Html.Tests;

/// <summary>Templates may include other templates, but nothing outside the templates folders.</summary>
public sealed class TemplateIncludeTests : IDisposable
{
    private readonly TempFolder _overrides = new("reportgen-templates-");
    private readonly TempFolder _out = new();

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("../../../../../../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("partials/../../outside.sbn")]
    public void Build_IncludeOutsideTemplatesFails(string name)
    {
        _overrides.Write("search.html.sbn", $"<p>\n{{{{ include '{name}' }}}}\n</p>\n");

        var e = Assert.Throws<TemplateException>(Build);

        Assert.Equal(Path.Combine(_overrides.Path, "search.html.sbn"), e.File);
        Assert.Equal(2, e.Line);
        Assert.Contains("外", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_out.Path, "search.html")));
    }

    [Fact]
    public void Build_IncludeThroughLinkLeadingOutsideFails()
    {
        using var outside = new TempFolder("reportgen-outside-");
        var secret = outside.Write("secret.txt", "秘密");
        Directory.CreateDirectory(_overrides.Combine("partials"));
        File.CreateSymbolicLink(_overrides.Combine("partials", "secret.html.sbn"), secret);
        _overrides.Write("search.html.sbn", "{{ include 'partials/secret.html.sbn' }}\n");

        var e = Assert.Throws<TemplateException>(Build);

        Assert.DoesNotContain("秘密", e.Message, StringComparison.Ordinal);
        Assert.Contains("はテンプレートのフォルダの外へのリンクです。対処: リンクをやめて、ファイルそのものをテンプレートのフォルダに置いてください。", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_IncludeOfMissingTemplateNamesTheIncludingTemplate()
    {
        _overrides.Write("search.html.sbn", "{{ include 'partials/none.html.sbn' }}\n");

        var e = Assert.Throws<TemplateException>(Build);

        Assert.Equal(Path.Combine(_overrides.Path, "search.html.sbn"), e.File);
        Assert.Contains("partials/none.html.sbn", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_IncludedTemplateIsNotEscapedTwice()
    {
        _overrides.Write("partials/greeting.html.sbn", "<em>{{ page.title }}</em>");
        _overrides.Write("search.html.sbn", "<p>{{ include 'partials/greeting.html.sbn' }}</p>\n");

        Build();

        Assert.Contains("<p><em>検索</em></p>", Sites.Read(_out.Path, "search.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OverriddenPartialIsUsedByDefaultTemplates()
    {
        _overrides.Write("partials/measure-list.html.sbn", "<p class=\"mine\">{{ measures.size }} 件</p>\n");

        Build();

        Assert.Contains("<p class=\"mine\">2 件</p>", Sites.Read(_out.Path, "ministries/_539a.html"), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _overrides.Dispose();
        _out.Dispose();
    }

    private void Build() => Sites.Build(SampleReport.Create(), _out.Path, _overrides.Path);
}
