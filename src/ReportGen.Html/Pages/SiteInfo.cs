namespace ReportGen.Html.Pages;

/// <summary>What the layout shows on every page: the report's title and publisher, and the search script's path.</summary>
internal sealed record SiteInfo(string Title, string Publisher, string SearchIndexUrl);
