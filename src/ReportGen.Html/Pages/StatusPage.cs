namespace ReportGen.Html.Pages;

/// <summary>
/// 記入状況 of the open edition: per office how many of its measures have each column filled, and the measures that
/// still have an empty cell. Only a site with a draft edition has this page.
/// </summary>
internal sealed record StatusPage(string Title, EditionLink Edition, IReadOnlyList<string> Columns, IReadOnlyList<OfficeProgress> Offices)
    : SitePage(Site.SitePaths.Status, "status.html.sbn", Title, "status");

/// <summary>One office's line: its counts per column (in the page's column order) and its measures still to fill.</summary>
internal sealed record OfficeProgress(string Name, int MeasureCount, IReadOnlyList<int> Filled, bool IsComplete, IReadOnlyList<MeasureToFill> Left);

/// <summary>A measure with an empty cell: the measure and which columns are empty.</summary>
internal sealed record MeasureToFill(MeasureLink Measure, string Empty);
