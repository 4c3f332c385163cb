using ReportGen.Html.Text;

namespace ReportGen.Html.Templates;

/// <summary>
/// The page's own markup as the layout's <c>content</c>, read from the output it was rendered into. The layout writes
/// it from there (<see cref="AutoEscapingContext"/>); a string is made only if a template uses it as one. Made into a
/// string for every page, it was an edition page's largest allocation at 50× the seed (12 MB, in the large object
/// heap, whose growth starts full collections), and a measure page's too.
/// </summary>
/// <param name="source">The page's output, which must not be written to while the layout is rendered.</param>
internal sealed class PageContent(PageOutput source)
{
    private string? _text;

    /// <summary>The output the markup is in.</summary>
    public PageOutput Source => source;

    /// <summary>The markup, valid while the layout is rendered.</summary>
    public ReadOnlySpan<char> Text => source.Text;

    /// <summary>The markup as <see cref="HtmlFragment.Value"/> names it, for a template that reads <c>content.value</c>.</summary>
    public string Value => ToString();

    /// <summary>Whether a template used the markup as a string.</summary>
    internal bool HasString => _text is not null;

    public override string ToString() => _text ??= source.ToString();
}
