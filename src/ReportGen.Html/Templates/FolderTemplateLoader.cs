using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Html.Templates;

/// <summary>
/// Resolves <c>{{ include 'name' }}</c> against the templates folders only. Names are relative to the folder root,
/// not to the including template, so a partial means the same thing wherever it is included.
/// </summary>
internal sealed class FolderTemplateLoader(TemplateFolders folders) : ITemplateLoader
{
    private readonly Dictionary<string, string> _fullPaths = new(StringComparer.Ordinal);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        (string Display, string FullPath)? found;
        try
        {
            found = folders.Resolve(templateName);
        }
        catch (ArgumentException e)
        {
            throw new ScriptRuntimeException(callerSpan, e.Message);
        }

        if (found is null)
        {
            throw new ScriptRuntimeException(callerSpan, $"テンプレート「{templateName}」が見つかりません。");
        }

        // The display path is the key Scriban caches the parsed template under and names in its messages.
        _fullPaths[found.Value.Display] = found.Value.FullPath;
        return found.Value.Display;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        _fullPaths.TryGetValue(templatePath, out var full)
            ? File.ReadAllText(full)
            : throw new ScriptRuntimeException(callerSpan, $"テンプレート「{templatePath}」が見つかりません。");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}
