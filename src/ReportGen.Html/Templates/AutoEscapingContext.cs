using ReportGen.Html.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Html.Templates;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, except <see cref="HtmlFragment"/>s our own
/// renderers made. Scriban writes values raw by default; escaping by default means a template (or a report's
/// override of it) cannot forget to escape content. The template's literal text is written as is.
/// </summary>
internal sealed class AutoEscapingContext : TemplateContext
{
    /// <param name="loader">Where included templates come from.</param>
    /// <param name="includeInPlace">
    /// Whether an include that stands as a statement writes where it stands (<see cref="WritesInPlace"/>); false
    /// renders every include to a string, as Scriban does.
    /// </param>
    public AutoEscapingContext(ITemplateLoader loader, bool includeInPlace = true)
    {
        TemplateLoader = loader;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;

        // The edition table loops over every measure and is megabytes long for a large report: Scriban's defaults
        // (1000 iterations, 1 MiB of output) would cut it short, and it truncates output silently.
        LoopLimit = 0;
        LimitToString = 0;
        OutputLimit = 0;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        OnStringLimit = ScriptLimitBehavior.Throw;
        NewLine = "\n";
        RecursiveLimit = 64;

        // An include returns the included page's markup as a string, which would otherwise be escaped again.
        foreach (var name in new[] { "include", "include_join" })
        {
            if (BuiltinObject.TryGetValue(name, out var value) && value is IScriptCustomFunction include)
            {
                BuiltinObject.SetValue(name, new MarkupIncludeFunction(include, inPlace: includeInPlace && name == "include"), readOnly: true);
            }
        }
    }

    /// <summary>Accessors by type, kept across <see cref="TemplateContext.Reset"/>, which empties Scriban's own cache.</summary>
    private readonly Dictionary<Type, IObjectAccessor?> _accessors = [];

    /// <summary>
    /// The context is reset before every page, and Scriban's reset forgets the accessor of each model type, so every
    /// page would read its records' members by reflection again (most of the site's time at 3,000 pages). The
    /// accessor depends only on the type and on this context's settings, which never change, so it is kept here.
    /// </summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (!_accessors.TryGetValue(type, out var accessor))
        {
            accessor = base.GetMemberAccessorImpl(target);
            _accessors[type] = accessor;
        }

        return accessor;
    }

    /// <summary>
    /// Renders <paramref name="template"/> into the current output: Scriban's <see cref="Template.Render(TemplateContext)"/>
    /// without the string it makes of the whole output and the copy it leaves when emptying it.
    /// </summary>
    public void Run(Template template)
    {
        if (template.SourceFilePath is { } file)
        {
            PushSourceFile(file);
        }

        try
        {
            if (template.Page is { } page && Evaluate(page) is { } result && EnableOutput)
            {
                Write(page.Span, result);
            }
        }
        finally
        {
            if (template.SourceFilePath is not null)
            {
                PopSourceFile();
            }
        }
    }

    /// <summary>
    /// Whether an <c>include</c> called as <paramref name="call"/> may write the included template where it stands
    /// instead of returning it as a string: when the call is a statement of its own (<c>{{ include 'x' }}</c>), whose
    /// value its block writes at once, with no indent to add to each line and no named arguments. Anything else
    /// (<c>{{ x = include 'y' }}</c>, a pipe, <c>@include</c> handed to another function, a function whose body is
    /// the include, <c>f(x) = include 'y'</c>) gets the string.
    /// </summary>
    public bool WritesInPlace(ScriptFunctionCall call) =>
        EnableOutput
        && string.IsNullOrEmpty(CurrentIndent)
        && call.Target is ScriptVariable { Name: "include" }
        && call.Parent is ScriptExpressionStatement statement && ReferenceEquals(statement.Expression, call)
        && statement.Parent is ScriptList { Parent: ScriptBlockStatement }
        && !call.Arguments.Any(a => a is ScriptNamedArgument);

    /// <summary>
    /// The included <paramref name="template"/> written into the current output, with what Scriban's include sets
    /// around it (the recursion limit, a local scope with the arguments as <c>$</c>, no indent): the same text as the
    /// string include returns, without the string. A table of thousands of rows is several megabytes.
    /// </summary>
    public void RenderInPlace(Template template, ScriptArray arguments, ScriptNode call)
    {
        EnterRecursive(call);
        var indent = CurrentIndent;
        CurrentIndent = null;
        PushLocal();
        try
        {
            SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            Run(template);
        }
        finally
        {
            PopLocal();
            CurrentIndent = indent;
            ExitRecursive(call);
        }
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case HtmlFragment html:
                return Write(html.Value);
            case PageContent content:
                return Write(content);
            default:
                return Write(HtmlText.Escape(ObjectToString(textAsObject) ?? string.Empty));
        }
    }

    /// <summary>
    /// Writes the page's markup straight from its output when nothing in Scriban's own writing would change it: no
    /// indent to insert after line breaks, no output limit, and an output of ours (not a capture's). The last character goes through
    /// Scriban, which notes whether a line break was the last thing written. Otherwise the markup goes as a string.
    /// </summary>
    private TemplateContext Write(PageContent content)
    {
        var text = content.Text;
        if (!string.IsNullOrEmpty(CurrentIndent) || Output is not PageOutput output || output == content.Source || text.Length == 0 || (OutputLimit ?? LimitToString) > 0)
        {
            return Write(content.ToString());
        }

        output.Write(text[..^1]);
        return Write(LastCharacter(text[^1]));
    }

    private static readonly string[] AsciiStrings = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private static string LastCharacter(char c) => c < AsciiStrings.Length ? AsciiStrings[c] : c.ToString();
}
