namespace ReportGen.Html.Pages;

/// <summary>
/// The search page. It has no data of its own: <c>assets/search.js</c> searches the index in
/// <c>search-index.js</c>, loaded as a script because browsers refuse <c>fetch</c> from <c>file://</c>.
/// </summary>
internal sealed record SearchPage(string Title)
    : SitePage(Site.SitePaths.Search, "search.html.sbn", Title, "search")
{
    public override bool ShowHeaderSearch => false;
}
