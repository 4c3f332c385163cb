namespace ReportGen.Html;

/// <summary>What a site build wrote: the number of HTML pages and the size of every file, PDFs included.</summary>
public sealed record SiteResult(int Pages, long Bytes);
