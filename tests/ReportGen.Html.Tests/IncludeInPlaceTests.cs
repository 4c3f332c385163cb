using ReportGen.Html.Templates;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Html.Tests;

/// <summary>
/// An include that stands as a statement is written where it stands instead of coming back as a string
/// (<see cref="AutoEscapingContext.WritesInPlace"/>). The text must be what Scriban's own include gives, in every way
/// a template may call it.
/// </summary>
public sealed class IncludeInPlaceTests
{
    private static readonly Dictionary<string, string> Partials = new(StringComparer.Ordinal)
    {
        ["p"] = "<em>{{ v }}</em>\n",
        ["lines"] = "一行目\n  {{ v }}\n\n三行目\n",
        ["args"] = "{{ $1 }}-{{ $2 }}-{{ $.size }}",
        ["nested"] = "[{{ include 'lines' }}]\n",
        ["sets"] = "{{ shown = 'partial' }}{{ local = 1 }}",
        ["empty"] = string.Empty,
        ["locals"] = "{{ $tmp = 'partial' }}{{ $tmp }}",
    };

    [Theory]
    [InlineData("<p>{{ include 'p' }}</p>\n")]
    [InlineData("{{ include 'p' }}\n{{ include 'p' }}")]
    [InlineData("<div>\n  {{ include 'lines' }}\n</div>\n")]
    [InlineData("<div>\n{{ include 'lines' }}\n</div>\n")]
    [InlineData("{{ if true }}\n    {{ include 'lines' }}\n{{ end }}\n")]
    [InlineData("{{ x = include 'p' }}[{{ x }}]{{ x }}")]
    [InlineData("{{ include 'p' | string.upcase }}")]
    [InlineData("{{ include 'args' 'A' 'B' }}|{{ include 'args' 'C' 'D' 'E' }}")]
    [InlineData("{{ for i in 1..3 }}{{ include 'p' }}{{ i }}{{ end }}")]
    [InlineData("{{ include 'nested' }}")]
    [InlineData("{{ func f }}({{ include 'p' }}){{ end }}{{ f }}{{ f }}")]
    [InlineData("{{ capture c }}{{ include 'p' }}{{ end }}<{{ c | string.size }}>")]
    [InlineData("{{ include 'sets' }}{{ shown }} {{ local ?? 'none' }}")]
    [InlineData("a{{ include 'empty' }}\n  b{{ include 'lines' }}c")]
    [InlineData("{{ func f }}{{ $tmp = 'page' }}{{ include 'locals' }} {{ $tmp }}{{ end }}{{ f }}")]
    [InlineData("A{{ array.each ['p'] @include }}B")]
    [InlineData("A{{ array.filter ['p'] @include }}B")]
    [InlineData("{{ f(x) = include 'p' }}A[{{ y = f(1) }}]B[{{ y }}]C")]
    [InlineData("{{ f(x) = include 'p' }}A{{ f 1 }}B{{ f(1) | string.upcase }}C{{ '[' + f(1) + ']' }}D{{ if f(1) == '' }}e{{ else }}n{{ end }}")]
    public void Render_GivesWhatScribansIncludeGives(string page)
    {
        var (scriban, _) = Render(page, inPlace: false);
        var (ours, _) = Render(page, inPlace: true);

        Assert.Equal(scriban, ours);
    }

    [Fact]
    public void Render_StatementIncludeIsWrittenPieceByPiece_AndAnAssignedOneAsOneString()
    {
        var (_, statement) = Render("<p>{{ include 'p' }}</p>", inPlace: true);
        var (_, assigned) = Render("{{ x = include 'p' }}{{ x }}", inPlace: true);

        Assert.Equal(["<p>", "<em>", "a&lt;b", "</em>\n", "</p>"], statement);
        Assert.Equal(["<em>a&lt;b</em>\n"], assigned);
    }

    [Fact]
    public void Render_IncludeOfUnknownTemplateFailsAsScribansDoes()
    {
        var scriban = Assert.Throws<ScriptRuntimeException>(() => Render("{{ include 'none' }}", inPlace: false));
        var ours = Assert.Throws<ScriptRuntimeException>(() => Render("{{ include 'none' }}", inPlace: true));

        Assert.Equal(scriban.Message, ours.Message);
    }

    private static (string Text, List<string> Writes) Render(string page, bool inPlace)
    {
        var context = new AutoEscapingContext(new Loader(), inPlace);
        context.PushGlobal(new ScriptObject { { "v", "a<b" } });
        var output = new RecordingOutput();
        context.PushOutput(output);
        context.Run(Template.Parse(page, "page"));
        return (string.Concat(output.Writes), output.Writes);
    }

    private sealed class RecordingOutput : IScriptOutput
    {
        public List<string> Writes { get; } = [];

        public void Write(string text, int offset, int count)
        {
            if (count > 0)
            {
                Writes.Add(text.Substring(offset, count));
            }
        }

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return default;
        }
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
