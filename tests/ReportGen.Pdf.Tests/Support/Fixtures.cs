using ReportGen.Content;
using ReportGen.Pdf.Drawing;
using ReportGen.Pdf.Fonts;
using ReportGen.Pdf.Layout;
using ReportGen.Pdf.Tables;
using ReportGen.Pdf.Text;
using ReportGen.Pdf.Writing;

namespace ReportGen.Pdf.Tests.Support;

/// <summary>
/// The real edition rendered once for all tests of a class: the PDF bytes, and the same layout recorded so that
/// tests can compare what was meant (cells, lines) with what the PDF contains.
/// </summary>
public sealed class RealEditionFixture : IDisposable
{
    public RealEditionFixture()
    {
        Report = ContentLoader.Load(Repo.Content).Report ?? throw new InvalidOperationException("content/ has errors");
        Edition = Report.LatestEdition!;
        Result = PdfRenderer.Render(Report, Edition);
        // One file per fixture: several test classes each have their own, and each deletes its file when done.
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"reportgen-test-{Environment.ProcessId}-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(Path, Result.Bytes);

        var spec = ReportTableBuilder.Build(ReportGen.Editions.EditionView.Of(Report, Edition));
        Fonts = PdfDocumentRenderer.PrepareFonts(spec, Edition.Fonts.Gothic, new PdfOptions().FallbackFonts);
        Page = PdfRenderer.PageOf(Edition);
        Recording = new RecordingSink();
        PageLayout.Run(PdfRenderer.BuildBody(spec, new TextShaper(Fonts)), Page, Recording, (_, _) => { });
    }

    public ReportGen.Model.Report Report { get; }

    public ReportGen.Model.Edition Edition { get; }

    public PdfResult Result { get; }

    public string Path { get; }

    public FontProvider Fonts { get; }

    public PageSettings Page { get; }

    public RecordingSink Recording { get; }

    public void Dispose()
    {
        Fonts.Dispose();
        File.Delete(Path);
    }
}

/// <summary>Builds small layouts with the real fonts for layout tests.</summary>
public sealed class LayoutKit : IDisposable
{
    public LayoutKit(string text = "")
    {
        const string sample = "あいうえおかきくけこ本文見出し該当箇所実績予定担当行・－0123456789（）「」。、（１）【】目標施策ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz ";
        Fonts = FontProvider.Create("BIZ UDGothic", ["Noto Sans CJK JP"], sample + text, sample + text);
        Shaper = new TextShaper(Fonts);
    }

    public FontProvider Fonts { get; }

    public TextShaper Shaper { get; }

    public static readonly TextStyle Body = new(10f);

    public TextElement Text(params string[] paragraphs) => new(Shaper, [.. paragraphs.Select(p => new Paragraph(p, Body))]);

    public RowElement Row(params string[] cells) => new([.. cells.Select(c => new Cell(Text(c), 1))], 2, 2);

    public RowElement Heading(string text) => new([new Cell(Text(text), 1)], 2, 2, keepWithNext: true);

    public static RecordingSink Run(Element body, PageSettings page)
    {
        var sink = new RecordingSink();
        PageLayout.Run(body, page, sink, (_, _) => { });
        return sink;
    }

    public void Dispose() => Fonts.Dispose();
}
