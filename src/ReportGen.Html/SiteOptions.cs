namespace ReportGen.Html;

/// <summary>Where the site's templates come from and where it is written.</summary>
/// <param name="TemplatesDir">The default templates (the repository's <c>templates/</c>).</param>
/// <param name="OverrideTemplatesDir">A report's own templates; a file here wins over the file with the same relative name in <paramref name="TemplatesDir"/>.</param>
/// <param name="OutputDir">An empty folder the site is written into.</param>
/// <param name="PdfFiles">Edition id → an already built PDF, copied to <c>pdf/&lt;edition&gt;.pdf</c> and linked from the pages.</param>
public sealed record SiteOptions(
    string TemplatesDir,
    string? OverrideTemplatesDir,
    string OutputDir,
    IReadOnlyDictionary<string, string> PdfFiles)
{
    /// <summary>The site of the previous build, if any: pages that come out the same are linked from it.</summary>
    public string? PreviousOutputDir { get; init; }
}
