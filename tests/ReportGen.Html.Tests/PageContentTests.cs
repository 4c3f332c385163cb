using ReportGen.Html.Templates;
using ReportGen.Html.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Html.Tests;

/// <summary>
/// The layout's <c>content</c> is written from the output the page was rendered into (<see cref="PageContent"/>). A
/// layout must give the text it gives when <c>content</c> is the page's markup as a string, whatever it does with it.
/// </summary>
public sealed class PageContentTests
{
    private static readonly Dictionary<string, string> Partials = new(StringComparer.Ordinal)
    {
        ["shows"] = "<div>\n{{ content }}\n</div>\n",
        ["lines"] = "一行目\n二行目\n",
    };

    [Theory]
    [InlineData("<main>\n{{ content }}\n</main>\n")]
    [InlineData("{{ content }}{{ content }}")]
    [InlineData("<main>{{ content }}</main>")]
    [InlineData("{{ capture c }}{{ content }}{{ end }}[{{ c | string.size }}]{{ c }}")]
    [InlineData("{{ content | string.size }} {{ content.value | string.size }}")]
    [InlineData("{{ content | string.upcase }}")]
    [InlineData("{{ if content }}yes{{ end }}{{ if content == '' }}empty{{ end }}")]
    [InlineData("<body>\n  {{ include 'shows' }}\n</body>\n")]
    [InlineData("{{ content }}\n  {{ include 'lines' }}")]
    [InlineData("{{ func f }}<{{ content }}>{{ end }}{{ f }}{{ f }}")]
    [InlineData("{{ x = content }}{{ x }}")]
    [InlineData("<main>\n  {{ content }}\n</main>\n")]
    [InlineData("{{ content }}\n  {{~ include 'lines' }}")]
    [InlineData("{{ content ~}}\n  {{ include 'lines' }}")]
    [InlineData("{{ content }}\n  {{~ 'x\ny' }}")]
    [InlineData("{{ content ~}}\n    {{ 'x\ny' }}")]
    [InlineData("  {{ if true }}{{ content }}x{{ end }}\n")]
    [InlineData("  {{ for i in 1..2 }}{{ content }}{{ i }}\n{{ end }}")]
    public void Layout_GivesWhatTheContentAsAStringGives(string layout)
    {
        foreach (var page in new[] { "<h1>{{ v }}</h1>\n<p>本文</p>\n", "末尾に改行なし", "{{ '' }}", "{{ v }}\n\n" })
        {
            Assert.Equal(Render(page, layout, asString: true), Render(page, layout, asString: false));
        }
    }

    [Fact]
    public void Content_IsCopiedFromThePagesOutput_NotMadeIntoAString()
    {
        var context = new AutoEscapingContext(new Loader());
        using var page = new PageOutput();
        context.PushOutput(page);
        context.Run(Template.Parse("<p>本文</p>\n", "page"));
        context.PopOutput();

        var content = new PageContent(page);
        using var layout = new PageOutput();
        context.PushGlobal(new ScriptObject { { "content", content } });
        context.PushOutput(layout);
        context.Run(Template.Parse("<main>{{ content }}</main>", "layout"));

        Assert.Equal("<main><p>本文</p>\n</main>", layout.Text.ToString());
        Assert.False(content.HasString, "the layout should have written the content without making it a string");
    }

    private static string Render(string page, string layout, bool asString)
    {
        var context = new AutoEscapingContext(new Loader());
        var globals = new ScriptObject { { "v", "a<b" } };
        context.PushGlobal(globals);
        using var pageOutput = new PageOutput();
        context.PushOutput(pageOutput);
        context.Run(Template.Parse(page, "page"));
        context.PopOutput();

        globals.Add("content", asString ? new HtmlFragment(pageOutput.ToString()) : new PageContent(pageOutput));
        using var output = new PageOutput();
        context.PushOutput(output);
        context.Run(Template.Parse(layout, "layout"));
        return output.Text.ToString();
    }

    private sealed class Loader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
            Partials.ContainsKey(templateName) ? templateName : throw new ScriptRuntimeException(callerSpan, $"no template {templateName}");

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Partials[templatePath];

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            new(Load(context, callerSpan, templatePath));
    }
}
