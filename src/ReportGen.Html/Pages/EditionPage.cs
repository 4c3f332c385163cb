namespace ReportGen.Html.Pages;

/// <summary>One edition (e.g. 2024): where and when it was presented, its PDF, and its full table.</summary>
internal sealed record EditionPage(string Path, string Title, EditionLink Edition, EditionTable Table)
    : SitePage(Path, "edition.html.sbn", Title, "editions");
