using ReportGen.Model;

namespace ReportGen.Output;

/// <summary>What <c>reportgen build</c> renders: one edition of the report, in every format it is published in.</summary>
public sealed record EditionOutput(Report Report, Edition Edition)
{
    /// <summary>The edition's PDF, e.g. <c>2024.pdf</c>: written by the PDF writer, copied and linked by the site.</summary>
    public string PdfFileName => Edition.Id + ".pdf";
}
