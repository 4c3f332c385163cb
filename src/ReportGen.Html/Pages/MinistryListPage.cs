namespace ReportGen.Html.Pages;

/// <summary>Every ministry of <c>report.yaml</c>, in its order there, with how many measures it leads and supports.</summary>
internal sealed record MinistryListPage(string Title, IReadOnlyList<MinistrySummary> Ministries)
    : SitePage(Site.SitePaths.Ministries, "ministries.html.sbn", Title, "ministries");

internal sealed record MinistrySummary(string Code, string Name, string Url, int LeadCount, int SupportingCount);
