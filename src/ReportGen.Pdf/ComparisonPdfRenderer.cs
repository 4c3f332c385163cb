using ReportGen.Diff.Output;
using ReportGen.Pdf.Tables;
using ReportGen.Pdf.Writing;

namespace ReportGen.Pdf;

/// <summary>
/// Renders a 新旧対照表 as a PDF with the same engine, fonts and page set-up as the edition itself: the newer
/// edition's font, page size and page numbers, and its date in the metadata, so the same change set always gives the
/// same bytes.
/// </summary>
public static class ComparisonPdfRenderer
{
    public static PdfResult Render(ComparisonDocument document, PdfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= new PdfOptions();
        var changes = document.Changes;
        var edition = changes.To.Edition;
        var spec = ComparisonTableBuilder.Build(document, edition.PageNumberStyle);
        var settings = new PdfDocumentSettings(
            edition.Fonts.Gothic,
            PdfRenderer.PageOf(edition),
            $"{ComparisonWording.Title}　{document.ReportTitle}",
            changes.To.Report.Settings.Publisher,
            $"{ComparisonWording.OldSide}：{document.OldCaption}　{ComparisonWording.NewSide}：{document.NewCaption}",
            options.DateOf(edition));
        return PdfDocumentRenderer.Render(spec, settings, options);
    }
}
