namespace ReportGen.Html.Pages;

/// <summary>An office (担当) and the measures it is named for, with the fiscal years and whether as main or supporting office.</summary>
internal sealed record OfficePage(string Path, string Title, string Name, IReadOnlyList<OfficeMeasure> Measures)
    : SitePage(Path, "office.html.sbn", Title, "offices");

/// <summary>A measure on an office's page: 令和６年度 and 主担当 or 支援 (the office was written in （　）).</summary>
internal sealed record OfficeMeasure(MeasureLink Measure, string Years, string Role);
