using ReportGen.Html.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Html.Templates;

/// <summary>
/// Scriban's <c>include</c>, returning the included template's output as markup: it was rendered by the same
/// escaping context, so escaping it again would show tags as text. With <paramref name="inPlace"/>, an include that
/// is a statement of its own writes the template where it stands (<see cref="AutoEscapingContext.WritesInPlace"/>).
/// </summary>
internal sealed class MarkupIncludeFunction(IScriptCustomFunction include, bool inPlace) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (inPlace && arguments.Count > 0 && context is AutoEscapingContext escaping && callerContext is ScriptFunctionCall call && escaping.WritesInPlace(call))
        {
            // As Scriban's include finds the template; a name no loader knows is an error there.
            if (context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), call) is { } path)
            {
                escaping.RenderInPlace(context.GetOrCreateTemplate(path, call), arguments, call);
            }

            return null;
        }

        return Wrap(include.Invoke(context, callerContext, arguments, blockStatement));
    }

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(await include.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));

    private static object? Wrap(object? result) => result is string s ? new HtmlFragment(s) : result;
}
