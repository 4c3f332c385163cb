using ReportGen.Diff.Output;
using ReportGen.Output;

namespace ReportGen.Pdf;

/// <summary>The 新旧対照表 as <c>diff.pdf</c>.</summary>
public sealed class PdfComparisonWriter(PdfOptions? options = null) : IOutputWriter<ComparisonDocument>
{
    public const string FileName = "diff.pdf";

    public string Description => "新旧対照表（PDF）";

    public IReadOnlyList<string> Names(ComparisonDocument source) => [FileName];

    public IReadOnlyList<WrittenOutput> Write(ComparisonDocument source, OutputFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        File.WriteAllBytes(folder.Combine(FileName), ComparisonPdfRenderer.Render(source, options).Bytes);
        return [new WrittenOutput(FileName)];
    }
}
