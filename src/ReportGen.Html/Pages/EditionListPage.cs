namespace ReportGen.Html.Pages;

/// <summary>Every edition, newest first, with links to its page and PDF.</summary>
internal sealed record EditionListPage(string Title, IReadOnlyList<EditionLink> Editions)
    : SitePage(Site.SitePaths.Editions, "editions.html.sbn", Title, "editions");
