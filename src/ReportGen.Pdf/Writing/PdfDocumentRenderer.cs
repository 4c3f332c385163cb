using System.Globalization;
using ReportGen.Pdf.Drawing;
using ReportGen.Pdf.Fonts;
using ReportGen.Pdf.Layout;
using ReportGen.Pdf.Tables;
using ReportGen.Pdf.Text;
using SkiaSharp;

namespace ReportGen.Pdf.Writing;

/// <summary>What a PDF needs besides its <see cref="DocumentSpec"/>: the font family, the page and the metadata.</summary>
internal sealed record PdfDocumentSettings(string FontFamily, PageSettings Page, string Title, string Author, string Subject, DateTimeOffset Date);

/// <summary>
/// Turns a <see cref="DocumentSpec"/> into PDF bytes; the 資料２－２ table and the 新旧対照表 both go through here. Prepares
/// the fonts for exactly the characters drawn (so they can be subset), lays the body out once to count the pages,
/// draws it with the label on page 1 and a page number on every page, then finishes it (<see cref="PdfFinisher"/>).
/// </summary>
internal static class PdfDocumentRenderer
{
    public static readonly TextStyle PageNumberStyle = new(8f);
    private static readonly TextStyle BoxedLabelStyle = new(10.5f, Bold: true);
    private static readonly TextStyle PlainLabelStyle = new(9f);

    /// <summary>Every character a page number can need, whatever the format and the number of pages.</summary>
    private const string PageNumberCharacters = "0123456789０１２３４５６７８９-/ {}nN";

    /// <summary>
    /// Room between a cell's text and its borders. At least half an em on each side: with less, pdftotext reads
    /// two adjacent cells' lines as one line and the text of neighbouring columns gets mixed.
    /// </summary>
    private const float CellPaddingX = 4.5f;

    /// <summary>A row is split across pages only if its first part shows at least three lines.</summary>
    private static readonly float MinimumSplit = (3 * ReportTableBuilder.Body.LineHeight) + 5f;

    public static PdfResult Render(DocumentSpec spec, PdfDocumentSettings settings, PdfOptions options)
    {
        var drawn = Draw(spec, settings, options);
        return drawn with { Bytes = PdfFinisher.Finish(drawn.Bytes, settings.Date, drawn.Outline) };
    }

    /// <summary>The PDF as Skia writes it, before <see cref="PdfFinisher"/>: what the finished PDF is compared with.</summary>
    internal static PdfResult Draw(DocumentSpec spec, PdfDocumentSettings settings, PdfOptions options)
    {
        using var fonts = PrepareFonts(spec, settings.FontFamily, options.FallbackFonts);
        using var shaper = new TextShaper(fonts);
        var page = settings.Page;
        var body = BuildBody(spec, shaper);

        // "Page n of N" needs N before page 1 is drawn, so such a format lays the document out once to count the
        // pages. Any other format is laid out and drawn in one pass, and each cell's shaped text is let go as soon as
        // it is drawn instead of living until the last page.
        var total = spec.PageNumberFormat.Contains("{N}", StringComparison.Ordinal)
            ? PageLayout.Run(body, page, new DiscardingSink(), (_, _) => { })
            : 0;

        // Skia's own growing buffer: a .NET stream is written through a callback into managed code for every piece of
        // every page, and grows by copying.
        using var stream = new SKDynamicMemoryWStream();
        var date = settings.Date.UtcDateTime;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = settings.Title,
            Author = settings.Author,
            Subject = settings.Subject,
            Creator = "ReportGen",
            Producer = "ReportGen",
            Creation = date,
            Modified = date,
            RasterDpi = 300,
            EncodingQuality = 101,
        };
        IReadOnlyList<OutlineEntry> outline;
        int pages;
        using (var document = SKDocument.CreatePdf(stream, metadata))
        using (var sink = new SkiaPdfSink(document, shaper))
        {
            pages = PageLayout.Run(body, page, sink, (canvas, n) => Decorate(canvas, n, total, spec, page, shaper));
            document.Close();
            outline = sink.Outline;
        }

        using var bytes = stream.DetachAsData();
        return new PdfResult(bytes.ToArray(), pages, outline, fonts.ToString());
    }

    /// <summary>The fonts for a document, subset to every character it draws (text, bullets, label, page numbers).</summary>
    internal static FontProvider PrepareFonts(DocumentSpec spec, string family, IReadOnlyList<string> fallbacks)
    {
        var paragraphs = spec.AllParagraphs.ToList();
        var label = spec.LabelBoxed ? string.Empty : spec.Label;
        var regular = DistinctCharacters(paragraphs.Where(p => !p.Style.Bold).Select(p => p.Text)
            .Append(TextElement.Bullet + ReportTableBuilder.EmptyCell + PageNumberCharacters + spec.PageNumberFormat + label));
        var bold = DistinctCharacters(paragraphs.Where(p => p.Style.Bold).Select(p => p.Text).Append(spec.LabelBoxed ? spec.Label : string.Empty));
        return FontProvider.Create(family, fallbacks, regular, bold);
    }

    /// <summary>
    /// Every character of <paramref name="texts"/> once, surrogate pairs kept whole: the fonts need the set of
    /// characters, and joining the texts made a 10 MB string for a large report. A lone surrogate is left out; it
    /// has no character to draw.
    /// </summary>
    internal static string DistinctCharacters(IEnumerable<string> texts)
    {
        var seen = new bool[char.MaxValue + 1];
        var pairs = new HashSet<int>();
        var result = new System.Text.StringBuilder();
        foreach (var text in texts)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (!char.IsSurrogate(c))
                {
                    if (!seen[c])
                    {
                        seen[c] = true;
                        result.Append(c);
                    }
                }
                else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    if (pairs.Add(char.ConvertToUtf32(c, text[i + 1])))
                    {
                        result.Append(c).Append(text[i + 1]);
                    }

                    i++;
                }
            }
        }

        return result.ToString();
    }

    /// <summary>The title paragraphs, then each table with its caption; rows become cells in their own borders.</summary>
    public static Element BuildBody(DocumentSpec spec, TextShaper shaper)
    {
        Element Text(IReadOnlyList<Paragraph> paragraphs) => new TextElement(shaper, paragraphs);
        RowElement Row(RowSpec row) => new([.. row.Cells.Select(c => new Cell(Text(c.Paragraphs), c.Width, c.Background))], CellPaddingX, 2.5f, row.KeepWithNext, MinimumSplit);
        var tables = spec.Tables.Select(t => new TableElement(Row(t.Header), [.. t.Rows.Select(Row)], t.Caption is { Count: > 0 } c ? Text(c) : null));
        return new ColumnElement([Text(spec.Title), .. tables], spacing: 8f);
    }

    /// <summary>The label at the top right of page 1 (boxed for a document number) and the page number on every page.</summary>
    private static void Decorate(IDrawingCanvas canvas, int number, int total, DocumentSpec spec, PageSettings page, TextShaper shaper)
    {
        if (number == 1 && spec.Label.Length > 0)
        {
            var style = spec.LabelBoxed ? BoxedLabelStyle : PlainLabelStyle;
            var shaped = shaper.Shape(spec.Label, style);
            var width = shaped.Advances.Sum();
            var box = new SKRect(page.Body.Right - width - 12, page.Body.Top - 4, page.Body.Right, page.Body.Top + style.LineHeight);
            if (spec.LabelBoxed)
            {
                canvas.DrawRectangle(box, 0.8f, stroke: SKColors.Black);
            }

            var x = spec.LabelBoxed ? box.Left + 6 : page.Body.Right - width;
            canvas.DrawText(shaper.Position(spec.Label, new LineSpan(0, spec.Label.Length), shaped, style), x, box.MidY + (style.Size * 0.36f), style);
        }

        var text = spec.PageNumberFormat
            .Replace("{n}", number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{N}", total.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var shapedNumber = shaper.Shape(text, PageNumberStyle);
        var footer = page.Footer;
        canvas.DrawText(
            shaper.Position(text, new LineSpan(0, text.Length), shapedNumber, PageNumberStyle),
            footer.MidX - (shapedNumber.Advances.Sum() / 2),
            footer.Bottom - (PageNumberStyle.Size * 0.4f),
            PageNumberStyle);
    }
}
