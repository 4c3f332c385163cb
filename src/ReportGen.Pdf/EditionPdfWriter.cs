using System.Globalization;
using ReportGen.Output;
using ReportGen.Paths;

namespace ReportGen.Pdf;

/// <summary>The edition as <c>&lt;edition&gt;.pdf</c> in the 資料２－２ layout.</summary>
public sealed class EditionPdfWriter(PdfOptions? options = null) : IOutputWriter<EditionOutput>
{
    public string Description => "PDF";

    /// <summary>Starts looking up the default font while the caller still loads the content (see <see cref="Fonts.FontProvider.WarmUp"/>).</summary>
    public static void WarmUp() => Fonts.FontProvider.WarmUp(Model.FontSettings.Default.Gothic);

    public IReadOnlyList<string> Names(EditionOutput source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return [source.PdfFileName];
    }

    public IReadOnlyList<WrittenOutput> Write(EditionOutput source, OutputFolder folder)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(folder);
        var name = source.PdfFileName;
        var rendered = PdfRenderer.Render(source.Report, source.Edition, options);
        OutputFile.Write(SafePath.Under(folder.Path, name), rendered.Bytes);
        return [new WrittenOutput(name, string.Create(CultureInfo.InvariantCulture, $"{rendered.Pages} ページ、{rendered.Bytes.Length / 1024.0:0} KB"))];
    }
}
