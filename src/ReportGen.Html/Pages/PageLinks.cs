namespace ReportGen.Html.Pages;

// Small link records the page models share. Url is relative to the site root; templates prefix page.root.

/// <summary>A measure as listed on other pages: its id, effective title and where it sits (【goal】).</summary>
internal sealed record MeasureLink(string Id, string Url, string Title, string Goal);

/// <summary>A ministry of a measure's marker; <see cref="IsLead"/> is the ◎.</summary>
internal sealed record MinistryLink(string Code, string Name, string Url, bool IsLead);

/// <summary>An office named in 担当.</summary>
internal sealed record OfficeLink(string Name, string Url);

/// <summary>
/// An edition as listed in the editions index and on the top page. <see cref="Label"/> is as printed (資料２－２（案）
/// for a draft); <see cref="Corrections"/> is its 正誤表, oldest first.
/// </summary>
internal sealed record EditionLink(
    string Id,
    string Label,
    string Title,
    string? Meeting,
    string Date,
    string Url,
    string? PdfUrl,
    bool IsLatest,
    bool IsDraft,
    IReadOnlyList<CorrectionItem> Corrections);

/// <summary>One line of a 正誤表: when, where, the wrong and the right text, and why.</summary>
internal sealed record CorrectionItem(string Date, string Place, string Wrong, string Right, string Note);
