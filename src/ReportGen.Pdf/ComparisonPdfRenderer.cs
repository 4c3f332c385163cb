using ReportGen.Diff;
using ReportGen.Diff.Output;
using ReportGen.Pdf.Tables;
using ReportGen.Pdf.Writing;

namespace ReportGen.Pdf;

/// <summary>
/// Renders a change set as a 新旧対照表 PDF with the same engine, fonts and page set-up as the edition itself: the
/// newer edition's font, page size and page numbers, and its date in the metadata, so the same change set always gives
/// the same bytes.
/// </summary>
public static class ComparisonPdfRenderer
{
    public static PdfResult Render(ChangeSet changes, ComparisonOptions? comparison = null, PdfOptions? options = null)
    {
        options ??= new PdfOptions();
        var document = ComparisonDocument.Build(changes, comparison);
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

/// <summary>The 新旧対照表 as <c>diff.pdf</c>.</summary>
public sealed class PdfComparisonWriter(ComparisonOptions? comparison = null, PdfOptions? options = null) : IChangeSetWriter
{
    public const string FileName = "diff.pdf";

    public string Description => "新旧対照表（PDF）";

    public IReadOnlyList<string> Write(ChangeSet changes, string folder)
    {
        File.WriteAllBytes(Path.Combine(folder, FileName), ComparisonPdfRenderer.Render(changes, comparison, options).Bytes);
        return [FileName];
    }
}
