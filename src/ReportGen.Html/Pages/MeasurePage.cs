using ReportGen.Html.Text;

namespace ReportGen.Html.Pages;

/// <summary>
/// One measure across all its fiscal years: where it sits, the plan text with its marker, and per year the results,
/// plans and offices (担当) with era names. <see cref="HasOwnTitle"/> is false for a measure that continues the
/// titled one before it; its page shows that title as context.
/// </summary>
internal sealed record MeasurePage(
    string Path,
    string Title,
    string Id,
    bool HasOwnTitle,
    string Section,
    string SectionUrl,
    string Goal,
    string GoalUrl,
    HtmlFragment Text,
    bool TextIncomplete,
    string Marker,
    bool MarkerIsNote,
    HtmlFragment? Details,
    IReadOnlyList<MinistryLink> Ministries,
    string? MinistriesNote,
    IReadOnlyList<MeasureYear> Years,
    IReadOnlyList<EditionLink> Editions,
    MeasureLink? Previous,
    MeasureLink? Next)
    : SitePage(Path, "measure.html.sbn", Title, "table");

/// <summary>A measure's fiscal year: 令和５年度, its results and plans (null when not reported), and its offices.</summary>
internal sealed record MeasureYear(
    int Year,
    string Label,
    HtmlFragment? Results,
    HtmlFragment? Plans,
    string? OfficesText,
    IReadOnlyList<OfficeLink> MainOffices,
    IReadOnlyList<OfficeLink> SupportingOffices);
