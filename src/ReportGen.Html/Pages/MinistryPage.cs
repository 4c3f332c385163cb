namespace ReportGen.Html.Pages;

/// <summary>A ministry (府省) and the measures it leads (◎) or supports.</summary>
internal sealed record MinistryPage(string Path, string Title, string Code, string Name, IReadOnlyList<MeasureLink> Lead, IReadOnlyList<MeasureLink> Supporting)
    : SitePage(Path, "ministry.html.sbn", Title, "ministries");
