using ReportGen.Html.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ReportGen.Html.Templates;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, except <see cref="HtmlFragment"/>s our own
/// renderers made. Scriban writes values raw by default; escaping by default means a template (or a report's
/// override of it) cannot forget to escape content. The template's literal text is written as is.
/// </summary>
internal sealed class AutoEscapingContext : TemplateContext
{
    public AutoEscapingContext(ITemplateLoader loader)
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
                BuiltinObject.SetValue(name, new MarkupIncludeFunction(include), readOnly: true);
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

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case HtmlFragment html:
                return Write(html.Value);
            default:
                return Write(HtmlText.Escape(ObjectToString(textAsObject) ?? string.Empty));
        }
    }
}
