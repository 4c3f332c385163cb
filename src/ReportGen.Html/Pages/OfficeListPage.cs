namespace ReportGen.Html.Pages;

/// <summary>Every office named in 担当, with the number of measures it is named for.</summary>
internal sealed record OfficeListPage(string Title, IReadOnlyList<OfficeSummary> Offices)
    : SitePage(Site.SitePaths.Offices, "offices.html.sbn", Title, "offices");

internal sealed record OfficeSummary(string Name, string Url, int MeasureCount);
