using ReportGen.Html.Pages;
using ReportGen.Html.Search;
using ReportGen.Html.Site;
using ReportGen.Html.Templates;
using ReportGen.Model;

namespace ReportGen.Html;

/// <summary>
/// Builds the static HTML site from the report: parse the templates, plan the pages, render each through its
/// template and the layout, then write the search index, the assets and the PDFs. Nothing depends on the clock or
/// on the order files are found in, so the same report gives the same bytes.
/// </summary>
public static class SiteBuilder
{
    public const string AssetsFolder = "assets";

    public static SiteResult Build(Report report, SiteOptions options) => Build(report, options, Task.CompletedTask);

    /// <summary>
    /// Builds the site while the PDFs of <see cref="SiteOptions.PdfFiles"/> may still be being written: the pages link
    /// to them at once, and they are copied only when <paramref name="pdfsWritten"/> has completed.
    /// </summary>
    public static SiteResult Build(Report report, SiteOptions options, Task pdfsWritten)
    {
        ArgumentNullException.ThrowIfNull(pdfsWritten);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);

        var folders = new TemplateFolders(options.TemplatesDir, options.OverrideTemplatesDir);
        using var renderer = new PageRenderer(folders);
        var outline = new ReportOutline(report);
        var withPdf = options.PdfFiles.Keys.ToHashSet(StringComparer.Ordinal);
        renderer.Require(PageRenderer.LayoutTemplate, options.TemplatesDir);

        Directory.CreateDirectory(options.OutputDir);
        using var output = new SiteOutput(options.OutputDir, options.PreviousOutputDir);
        var site = new SiteInfo(report.Settings.Title, report.Settings.Publisher, SitePaths.SearchIndexScript, SitePlan.HasStatusPage(report));
        var pages = 0;
        foreach (var page in SitePlan.Pages(outline, withPdf))
        {
            renderer.Require(page.Template, options.TemplatesDir);
            output.WriteText(page.Path, renderer.Render(page, site));
            pages++;
        }

        output.WriteBytes(SitePaths.SearchIndexScript, SearchIndex.Script(outline).WrittenSpan);
        foreach (var (relative, full) in folders.Files(AssetsFolder))
        {
            output.Copy(relative, full);
        }

        pdfsWritten.GetAwaiter().GetResult();
        foreach (var (edition, pdf) in options.PdfFiles.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            output.Copy(SitePaths.Pdf(edition), pdf);
        }

        return new SiteResult(pages, output.Bytes);
    }
}
