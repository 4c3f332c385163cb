namespace ReportGen.Html.Pages;

/// <summary>
/// What the layout shows on every page: the report's title and publisher, the search script's path, and whether the
/// site has a 記入状況 page (only while an edition is a draft).
/// </summary>
internal sealed record SiteInfo(string Title, string Publisher, string SearchIndexUrl, bool HasStatus = false);
