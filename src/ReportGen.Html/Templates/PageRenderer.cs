using ReportGen.Html.Pages;
using ReportGen.Html.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Html.Templates;

/// <summary>
/// Parses every template once and renders pages: the page's own template first, then <c>layout.html.sbn</c> around
/// it. Any parse or runtime error becomes a <see cref="TemplateException"/> naming the template file and line.
/// One instance renders one page at a time: it reuses a single Scriban context, so included templates are parsed
/// once per build rather than once per page.
/// </summary>
internal sealed class PageRenderer : IDisposable
{
    public const string LayoutTemplate = "layout.html.sbn";

    private readonly Dictionary<string, (string Display, Template Template)> _templates = new(StringComparer.Ordinal);
    private readonly AutoEscapingContext _context;
    private readonly PageOutput _output;

    /// <summary>Where the page's own template is rendered, the layout's <c>content</c>; <see cref="_output"/> is the layout's.</summary>
    private readonly PageOutput _content;

    public PageRenderer(TemplateFolders folders)
    {
        // Every template is parsed up front, so a broken one fails the build before a page is written, even a partial
        // no page has included yet.
        foreach (var (relative, _) in folders.Files(string.Empty, "*.sbn"))
        {
            var (display, full) = folders.Resolve(relative)!.Value;
            var template = Template.Parse(File.ReadAllText(full), display);
            if (template.HasErrors)
            {
                throw ParseError(display, template.Messages);
            }

            _templates[relative] = (display, template);
        }

        _context = new AutoEscapingContext(new FolderTemplateLoader(folders));

        // Made last, once nothing can throw: a constructor that throws is never disposed.
        _output = new PageOutput();
        _content = new PageOutput();
    }

    /// <summary>
    /// Fails with the file's name if no folder has <paramref name="name"/>: the layout, which every page needs, before
    /// the first page, and then each page's own template before that page.
    /// </summary>
    public void Require(string name, string defaultFolder)
    {
        if (!_templates.ContainsKey(name))
        {
            throw new TemplateException(Path.Combine(defaultFolder, name), 0, 0, $"テンプレート「{name}」がありません。");
        }
    }

    /// <summary>
    /// The page's markup: its own template first, then the layout around it. The text is valid until the next page is
    /// rendered. The page's own part is the layout's <c>content</c>, written from where it was rendered.
    /// </summary>
    public ReadOnlySpan<char> Render(SitePage page, SiteInfo site)
    {
        var globals = new ScriptObject
        {
            { "site", site },
            { "page", page },
        };
        Render(page.Template, globals, _content);
        globals.Add("content", new PageContent(_content));
        Render(LayoutTemplate, globals, _output);
        return _output.Text;
    }

    private void Render(string name, ScriptObject globals, PageOutput output)
    {
        var (display, template) = _templates[name];
        _context.Reset();
        foreach (var (_, (key, parsed)) in _templates)
        {
            _context.CachedTemplates.TryAdd(key, parsed);
        }

        _context.PushGlobal(globals);
        output.Clear();
        _context.PushOutput(output);
        try
        {
            _context.Run(template);
        }
        catch (ScriptParserRuntimeException e)
        {
            throw ParseError(display, e.ParserMessages);
        }
        catch (ScriptRuntimeException e)
        {
            var file = string.IsNullOrEmpty(e.Span.FileName) ? display : e.Span.FileName;
            throw new TemplateException(file, e.Span.Start.Line + 1, e.Span.Start.Column + 1, "テンプレートを実行できません: " + e.OriginalMessage, e);
        }
    }

    public void Dispose()
    {
        _output.Dispose();
        _content.Dispose();
    }

    private static TemplateException ParseError(string display, LogMessageBag messages)
    {
        var errors = messages.Where(m => m.Type == ParserMessageType.Error).ToList();
        var first = errors.FirstOrDefault();
        if (first is null)
        {
            return new TemplateException(display, 0, 0, "テンプレートを読めません。");
        }

        var file = string.IsNullOrEmpty(first.Span.FileName) ? display : first.Span.FileName;
        var text = "テンプレートの書き方に誤りがあります: " + string.Join(" / ", errors.Select(m => m.Message).Distinct(StringComparer.Ordinal));
        return new TemplateException(file, first.Span.Start.Line + 1, first.Span.Start.Column + 1, text);
    }
}
