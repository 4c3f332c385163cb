using ReportGen.Html.Tests.Support;

namespace ReportGen.Html.Tests;

/// <summary>A broken template stops the build with its file and line, whether it fails to parse or to run.</summary>
public sealed class TemplateErrorTests : IDisposable
{
    private readonly TempFolder _overrides = new("reportgen-templates-");
    private readonly TempFolder _out = new();

    [Fact]
    public void Build_ParseErrorNamesTemplateFileAndLine()
    {
        _overrides.Write("measure.html.sbn", "<h1>{{ page.title }}</h1>\n<p>{{ if }}</p>\n");

        var e = Assert.Throws<TemplateException>(Build);

        Assert.Equal(Path.Combine(_overrides.Path, "measure.html.sbn"), e.File);
        Assert.Equal(2, e.Line);
        Assert.StartsWith(e.File + ":2:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RuntimeErrorNamesTemplateFileAndLine()
    {
        _overrides.Write("measure.html.sbn", "<h1>{{ page.title }}</h1>\n\n<p>{{ page.no_such_field }}</p>\n");

        var e = Assert.Throws<TemplateException>(Build);

        Assert.Equal(Path.Combine(_overrides.Path, "measure.html.sbn"), e.File);
        Assert.Equal(3, e.Line);
        Assert.Contains("no_such_field", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnknownVariableIsAnError()
    {
        _overrides.Write("search.html.sbn", "{{ serach_box }}\n");

        var e = Assert.Throws<TemplateException>(Build);

        Assert.Equal(1, e.Line);
        Assert.Contains("serach_box", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ErrorInIncludedTemplateNamesTheIncludedFile()
    {
        _overrides.Write("partials/measure-list.html.sbn", "<ul>\n{{ for m in measures }}<li>{{ m.nope }}</li>{{ end }}\n</ul>\n");

        var e = Assert.Throws<TemplateException>(Build);

        Assert.Equal(Path.Combine(_overrides.Path, "partials", "measure-list.html.sbn"), e.File);
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void Build_BrokenTemplateFailsEvenWhenNoPageUsesIt()
    {
        _overrides.Write("partials/unused.html.sbn", "ok\nok\n{{ end }}\n");

        var e = Assert.Throws<TemplateException>(Build);

        Assert.EndsWith("unused.html.sbn", e.File, StringComparison.Ordinal);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Build_MissingTemplatesFolderFails()
    {
        var e = Assert.Throws<TemplateException>(() => SiteBuilder.Build(
            SampleReport.Create(),
            new SiteOptions(_overrides.Combine("nowhere"), null, _out.Path, new Dictionary<string, string>())));

        Assert.EndsWith("nowhere", e.File, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("office.html.sbn")]
    [InlineData("layout.html.sbn")]
    public void Build_TemplateAPageNeedsIsMissing_FailsNamingIt(string missing)
    {
        using var templates = new TempFolder("reportgen-templates-");
        foreach (var file in Directory.EnumerateFiles(Repo.Templates, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Repo.Templates, file);
            if (relative != missing)
            {
                templates.Write(relative, File.ReadAllText(file));
            }
        }

        var e = Assert.Throws<TemplateException>(() => SiteBuilder.Build(
            SampleReport.Create(),
            new SiteOptions(templates.Path, null, _out.Path, new Dictionary<string, string>())));

        Assert.Equal(Path.Combine(templates.Path, missing), e.File);
        Assert.Contains($"テンプレート「{missing}」がありません。", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OverrideTemplateWinsOverDefault()
    {
        _overrides.Write("search.html.sbn", "<h1>独自の検索ページ {{ page.title }}</h1>\n");

        Build();

        Assert.Contains("<h1>独自の検索ページ 検索</h1>", Sites.Read(_out.Path, "search.html"), StringComparison.Ordinal);
        Assert.Contains("<h1>見出し</h1>", Sites.Read(_out.Path, "measures/m001.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OverrideAssetWinsOverDefault()
    {
        _overrides.Write("assets/site.css", "body { color: black; }\n");

        Build();

        Assert.Equal("body { color: black; }\n", Sites.Read(_out.Path, "assets/site.css"));
        Assert.True(File.Exists(Path.Combine(_out.Path, "assets", "search.js")));
    }

    public void Dispose()
    {
        _overrides.Dispose();
        _out.Dispose();
    }

    private void Build() => Sites.Build(SampleReport.Create(), _out.Path, _overrides.Path);
}
