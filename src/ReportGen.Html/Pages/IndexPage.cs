namespace ReportGen.Html.Pages;

/// <summary>
/// The top page: the latest edition's full table (with a table of contents of its sections and goals) and the list
/// of editions. <see cref="Edition"/> and <see cref="Table"/> are null only for a report without editions.
/// </summary>
internal sealed record IndexPage(string Title, EditionLink? Edition, EditionTable? Table, IReadOnlyList<EditionLink> Editions)
    : SitePage(Site.SitePaths.Index, "index.html.sbn", Title, "table");
