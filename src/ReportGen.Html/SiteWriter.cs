using System.Globalization;
using ReportGen.Output;
using ReportGen.Paths;

namespace ReportGen.Html;

/// <summary>
/// The static site as the folder <c>site/</c>. When the PDF writer runs beside it, the pages link the edition's PDF at
/// once and the PDF is copied into the site when it has been written.
/// </summary>
/// <param name="templatesDir">The default templates (the repository's <c>templates/</c>).</param>
/// <param name="overrideTemplatesDir">A report's own templates, which win over the defaults; null for none.</param>
public sealed class SiteWriter(string templatesDir, string? overrideTemplatesDir) : IOutputWriter<EditionOutput>
{
    public const string FolderName = "site";

    public string Description => "サイト";

    public IReadOnlyList<string> Names(EditionOutput source) => [FolderName];

    public IReadOnlyList<WrittenOutput> Write(EditionOutput source, OutputFolder folder)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(folder);
        var pdfs = new Dictionary<string, string>();
        if (folder.IsWrittenByRun(source.PdfFileName))
        {
            pdfs[source.Edition.Id] = SafePath.Under(folder.Path, source.PdfFileName);
        }

        var options = new SiteOptions(templatesDir, overrideTemplatesDir, Path.Combine(folder.Path, FolderName), pdfs)
        {
            PreviousOutputDir = folder.Previous is { } previous ? Path.Combine(previous, FolderName) : null,
        };
        var site = SiteBuilder.Build(source.Report, options, folder.WhenWritten(source.PdfFileName));
        return [new WrittenOutput(FolderName, string.Create(CultureInfo.InvariantCulture, $"{site.Pages} ページ、{site.Bytes / 1024.0:0} KB"), IsFolder: true)];
    }
}
