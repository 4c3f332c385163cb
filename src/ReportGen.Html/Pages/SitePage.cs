using ReportGen.Html.Site;

namespace ReportGen.Html.Pages;

/// <summary>
/// What every page model gives its template and the layout. Templates see these as <c>page.title</c>,
/// <c>page.root</c> …; links are written as <c>{{ page.root }}{{ link.url }}</c>, which keeps every link relative,
/// so the site works from <c>file://</c> and from any folder of any host.
/// </summary>
/// <param name="Path">Where the page is written, relative to the site root ('/'-separated).</param>
/// <param name="Template">The page's template, relative to the templates folder.</param>
/// <param name="Title">The page's own title, shown in <c>&lt;title&gt;</c> before the report's title.</param>
/// <param name="Nav">Which item of the site navigation the page belongs to (marked <c>aria-current</c>).</param>
internal abstract record SitePage(string Path, string Template, string Title, string Nav)
{
    public string Root => SitePaths.RootOf(Path);

    /// <summary>The search page has its own search form, so the header's would be a second one.</summary>
    public virtual bool ShowHeaderSearch => true;
}
