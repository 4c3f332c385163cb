using System.Globalization;
using ReportGen.Model;
using ReportGen.Pdf.Drawing;
using ReportGen.Pdf.Fonts;
using ReportGen.Pdf.Layout;
using ReportGen.Pdf.Report;
using ReportGen.Pdf.Text;
using ReportGen.Pdf.Writing;
using SkiaSharp;

namespace ReportGen.Pdf;

/// <summary>Settings of one PDF build that do not come from the content.</summary>
public sealed record PdfOptions
{
    /// <summary>Metadata date; defaults to the edition's date (SOURCE_DATE_EPOCH wins when set).</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Families tried for characters the main font lacks.</summary>
    public IReadOnlyList<string> FallbackFonts { get; init; } = ["Noto Sans CJK JP"];

    /// <summary>The date SOURCE_DATE_EPOCH asks for, if set: reproducible builds pin dates with it.</summary>
    public static DateTimeOffset? SourceDateEpoch() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}

/// <summary>A rendered PDF and what went into it.</summary>
public sealed record PdfResult(byte[] Bytes, int Pages, IReadOnlyList<OutlineEntry> Outline, string Fonts);

/// <summary>
/// Renders one edition of the report as a paginated PDF in the 資料２－２ layout: lays the table out with the
/// element engine in <see cref="Layout"/>, counts the pages, then draws them with Skia.
/// </summary>
public static class PdfRenderer
{
    private const float PointsPerMm = 72f / 25.4f;
    private static readonly TextStyle PageNumberStyle = new(8f);
    private static readonly TextStyle LabelStyle = new(10.5f, Bold: true);

    public static PdfResult Render(ReportGen.Model.Report report, Edition edition, PdfOptions? options = null)
    {
        options ??= new PdfOptions();
        var spec = ReportTableBuilder.Build(report, edition);
        var paragraphs = spec.AllParagraphs.ToList();
        const string numbers = "0123456789０１２３４５６７８９-/ {}nN";
        var regular = string.Concat(paragraphs.Where(p => !p.Style.Bold).Select(p => p.Text)) + TextElement.Bullet + ReportTableBuilder.EmptyCell + numbers + spec.PageNumberFormat;
        var bold = string.Concat(paragraphs.Where(p => p.Style.Bold).Select(p => p.Text)) + spec.Label;
        using var fonts = FontProvider.Create(edition.Fonts.Gothic, options.FallbackFonts, regular, bold);
        var shaper = new TextShaper(fonts);
        var page = PageOf(edition);
        var body = BuildBody(spec, shaper);

        var counter = new RecordingSink();
        var total = PageLayout.Run(body, page, counter, (_, _) => { });

        using var stream = new MemoryStream();
        var instant = options.Timestamp ?? PdfOptions.SourceDateEpoch() ?? new DateTimeOffset(edition.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(9));
        var date = instant.UtcDateTime;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = edition.Title,
            Author = report.Settings.Publisher,
            Subject = string.Join(" ", new[] { edition.Label, edition.Meeting }.Where(s => !string.IsNullOrEmpty(s))),
            Creator = "ReportGen",
            Producer = "ReportGen",
            Creation = date,
            Modified = date,
            RasterDpi = 300,
            EncodingQuality = 101,
        };
        IReadOnlyList<OutlineEntry> outline;
        using (var document = SKDocument.CreatePdf(stream, metadata))
        using (var sink = new SkiaPdfSink(document, shaper))
        {
            PageLayout.Run(body, page, sink, (canvas, n) => Decorate(canvas, n, total, spec, page, shaper));
            document.Close();
            outline = sink.Outline;
        }

        return new PdfResult(PdfFinisher.Finish(stream.ToArray(), instant, outline), total, outline, fonts.ToString());
    }

    public static PageSettings PageOf(Edition edition)
    {
        var (w, h) = edition.Page.Size switch
        {
            "A3" => (297f, 420f),
            "B4" => (257f, 364f),
            "B5" => (182f, 257f),
            _ => (210f, 297f),
        };
        if (edition.Page.Landscape)
        {
            (w, h) = (h, w);
        }

        var p = edition.Page;
        return new PageSettings(
            w * PointsPerMm,
            h * PointsPerMm,
            (float)p.MarginTopMm * PointsPerMm,
            (float)p.MarginRightMm * PointsPerMm,
            (float)p.MarginBottomMm * PointsPerMm,
            (float)p.MarginLeftMm * PointsPerMm,
            PageNumberStyle.LineHeight + 4);
    }

    /// <summary>
    /// Room between a cell's text and its borders. At least half an em on each side: with less, pdftotext reads
    /// two adjacent cells' lines as one line and the text of neighbouring columns gets mixed.
    /// </summary>
    private const float CellPaddingX = 4.5f;

    /// <summary>A row is split across pages only if its first part shows at least three lines.</summary>
    private static readonly float MinimumSplit = (3 * ReportTableBuilder.Body.LineHeight) + 5f;

    public static Element BuildBody(DocumentSpec spec, TextShaper shaper)
    {
        Element Text(IReadOnlyList<Paragraph> paragraphs) => new TextElement(shaper, paragraphs);
        RowElement Row(RowSpec row) => new([.. row.Cells.Select(c => new Cell(Text(c.Paragraphs), c.Width, c.Background))], CellPaddingX, 2.5f, row.KeepWithNext, MinimumSplit);
        var table = new TableElement(Row(spec.Header), [.. spec.Rows.Select(Row)]);
        return new ColumnElement([Text(spec.Title), table], spacing: 8f);
    }

    /// <summary>The label box 資料２－２ at the top right of page 1 and the page number on every page.</summary>
    private static void Decorate(IDrawingCanvas canvas, int number, int total, DocumentSpec spec, PageSettings page, TextShaper shaper)
    {
        if (number == 1 && spec.Label.Length > 0)
        {
            var advances = shaper.Advances(spec.Label, LabelStyle);
            var width = advances.Sum();
            var box = new SKRect(page.Body.Right - width - 12, page.Body.Top - 4, page.Body.Right, page.Body.Top + LabelStyle.LineHeight);
            canvas.DrawRectangle(box, 0.8f, stroke: SKColors.Black);
            canvas.DrawText(shaper.Position(spec.Label, new LineSpan(0, spec.Label.Length), advances, LabelStyle), box.Left + 6, box.MidY + (LabelStyle.Size * 0.36f), LabelStyle);
        }

        var text = spec.PageNumberFormat
            .Replace("{n}", number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{N}", total.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var numberAdvances = shaper.Advances(text, PageNumberStyle);
        var footer = page.Footer;
        canvas.DrawText(
            shaper.Position(text, new LineSpan(0, text.Length), numberAdvances, PageNumberStyle),
            footer.MidX - (numberAdvances.Sum() / 2),
            footer.Bottom - (PageNumberStyle.Size * 0.4f),
            PageNumberStyle);
    }
}
