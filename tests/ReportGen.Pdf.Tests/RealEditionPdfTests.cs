using System.Diagnostics;
using System.Text;
using ReportGen.Pdf.Drawing;
using ReportGen.Pdf.Fonts;
using ReportGen.Pdf.Layout;
using ReportGen.Pdf.Tests.Support;
using ReportGen.Pdf.Text;
using UglyToad.PdfPig;

namespace ReportGen.Pdf.Tests;

/// <summary>The real 2024 edition rendered to PDF and read back with PdfPig and poppler.</summary>
public sealed class RealEditionPdfTests(RealEditionFixture pdf) : IClassFixture<RealEditionFixture>
{
    // NFKC on both sides: a Kangxi radical in the content (⽬) is drawn with the ordinary kanji (目).
    private static string NoSpace(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c))).Normalize(NormalizationForm.FormKC);

    [Fact]
    public void EveryPage_RepeatsTheColumnHeaders_AndHasAPageNumber()
    {
        using var document = PdfDocument.Open(pdf.Result.Bytes);

        Assert.Equal(pdf.Result.Pages, document.NumberOfPages);
        foreach (var page in document.GetPages())
        {
            var text = NoSpace(page.Text);
            foreach (var header in pdf.Edition.Columns.Select(c => c.Header))
            {
                Assert.Contains(NoSpace(header), text, StringComparison.Ordinal);
            }

            Assert.Contains($"-{page.Number}-", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PageOne_CarriesTheTitle_AndTheLabel_AndNoOtherPageDoes()
    {
        using var document = PdfDocument.Open(pdf.Result.Bytes);

        Assert.Contains(NoSpace(pdf.Edition.Title), NoSpace(document.GetPage(1).Text), StringComparison.Ordinal);
        Assert.Contains(NoSpace("資料２－２"), NoSpace(document.GetPage(1).Text), StringComparison.Ordinal);
        Assert.DoesNotContain(NoSpace("資料２－２"), NoSpace(document.GetPage(2).Text), StringComparison.Ordinal);
    }

    [Fact]
    public void NoGlyph_CrossesACellBorder()
    {
        using var document = PdfDocument.Open(pdf.Result.Bytes);
        var height = pdf.Page.Height;
        foreach (var page in document.GetPages())
        {
            var cells = pdf.Recording.Commands.OfType<RectangleCommand>()
                .Where(r => r.Page == page.Number && r.StrokeWidth > 0)
                .Select(r => r.Rect)
                .ToList();
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                var box = letter.BoundingBox;
                var middle = height - ((box.Top + box.Bottom) / 2);
                var crossed = cells.Where(c => c.Top <= middle && middle <= c.Bottom)
                    .SelectMany(c => new[] { c.Left, c.Right })
                    .Where(x => x > box.Left + 0.3 && x < box.Right - 0.3)
                    .ToList();
                Assert.True(crossed.Count == 0, $"page {page.Number}: 「{letter.Value}」 at x {box.Left:0.0}–{box.Right:0.0}, y {height - box.Top:0.0} crosses the border at x {crossed.FirstOrDefault():0.0}");
            }
        }
    }

    [Fact]
    public void EveryLine_StaysInsideItsCell()
    {
        var cells = pdf.Recording.Commands.OfType<RectangleCommand>().Where(r => r.StrokeWidth > 0).ToList();
        foreach (var line in pdf.Recording.Commands.OfType<TextCommand>())
        {
            var cell = cells.FirstOrDefault(c => c.Page == line.Page && c.Rect.Left <= line.X && line.X < c.Rect.Right && c.Rect.Top <= line.Baseline && line.Baseline <= c.Rect.Bottom);
            if (cell is null)
            {
                continue; // the title above the table
            }

            Assert.True(line.X + line.Width <= cell.Rect.Right + 0.01f, $"page {line.Page}: 「{line.Text}」 ends at {line.X + line.Width:0.00}, cell ends at {cell.Rect.Right:0.00}");
        }
    }

    [Fact]
    public void NoLine_StartsWithACharacterThatMayNotStartALine()
    {
        var offenders = pdf.Recording.Commands.OfType<TextCommand>()
            .Where(t => t.Text != TextElement.Bullet && t.Text.Length > 0 && KinsokuRules.IsForbiddenAtLineStart(t.Text[0]))
            .Select(t => $"page {t.Page}: {t.Text}")
            .ToList();

        Assert.True(offenders.Count == 0, string.Join("\n", offenders.Take(10)));
    }

    [Fact]
    public void NoLine_EndsWithAnOpeningBracket()
    {
        var offenders = pdf.Recording.Commands.OfType<TextCommand>()
            .Where(t => t.Text.Length > 0 && KinsokuRules.IsForbiddenAtLineEnd(t.Text[^1]))
            .Select(t => $"page {t.Page}: {t.Text}")
            .ToList();

        Assert.True(offenders.Count == 0, string.Join("\n", offenders.Take(10)));
    }

    [Fact]
    public void PdfPig_ReadsEachCellWhole_ExceptCellsSplitByAPageBreak()
    {
        var pages = PageTexts();
        var items = CellItems().ToList();

        var split = items.Where(item => !pages.Any(p => p.Contains(item, StringComparison.Ordinal))).ToList();

        // A cell continued on the next page is the only way for an item to be in two pieces: at most one item per
        // column per page break.
        Assert.True(split.Count <= (pages.Count - 1) * pdf.Edition.Columns.Count, $"{split.Count} items in pieces: {string.Join("; ", split.Take(5))}");
        Assert.True(items.Count - split.Count > 200);
    }

    [Fact]
    public void Pdftotext_ReadsEachCellWhole_NotMixedWithTheNextColumn()
    {
        var pages = PageTexts();
        for (var n = 1; n <= pages.Count; n++)
        {
            var poppler = NoSpace(Run("pdftotext", $"-enc UTF-8 -f {n} -l {n} {pdf.Path} -"));
            foreach (var item in CellItems().Where(i => pages[n - 1].Contains(i, StringComparison.Ordinal)))
            {
                Assert.True(poppler.Contains(item, StringComparison.Ordinal), $"page {n}: pdftotext breaks up 「{item}」");
            }
        }
    }

    /// <summary>Each page's text in the order it was drawn, read with PdfPig.</summary>
    private List<string> PageTexts()
    {
        using var document = PdfDocument.Open(pdf.Result.Bytes);
        return [.. document.GetPages().Select(p => NoSpace(string.Concat(p.Letters.Select(l => l.Value))))];
    }

    /// <summary>Every result and plan item and every plan text: the multi-line texts of the table.</summary>
    private IEnumerable<string> CellItems() =>
        pdf.Report.Measures.SelectMany(m => m.Years)
            .SelectMany(y => (y.Results?.Blocks ?? []).Concat(y.Plans?.Blocks ?? []))
            .Select(b => NoSpace(b.Text))
            .Concat(pdf.Report.Measures.Where(m => m.Text.Length > 0).Select(m => NoSpace(m.Text)))
            .Distinct();

    [Fact]
    public void ThePdf_IsUnderOneMegabyte_WithEveryFontEmbedded()
    {
        var fonts = Run("pdffonts", pdf.Path).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();

        Assert.True(pdf.Result.Bytes.Length < 1024 * 1024, $"{pdf.Result.Bytes.Length} bytes");
        Assert.NotEmpty(fonts);
        Assert.All(fonts, line => Assert.Contains(" yes ", line, StringComparison.Ordinal));
        Assert.Contains(fonts, line => line.Contains("BIZUDGothic-Regular", StringComparison.Ordinal) && line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].Contains('+', StringComparison.Ordinal));
    }

    [Fact]
    public void QpdfCheck_FindsNoErrors()
    {
        var output = Run("qpdf", $"--check {pdf.Path}");

        Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMetadata_NamesTheEdition_ThePublisher_AndTheEditionDate()
    {
        using var document = PdfDocument.Open(pdf.Result.Bytes);
        var info = document.Information;

        Assert.Equal(pdf.Edition.Title, info.Title);
        Assert.Equal("厚生労働省", info.Author);
        Assert.Equal("D:20240312000000+09'00'", info.CreationDate);
        Assert.Equal("D:20240312000000+09'00'", info.ModifiedDate);
    }

    [Fact]
    public void TheOutline_ListsTheSectionsWithTheirGoals()
    {
        using var document = PdfDocument.Open(pdf.Result.Bytes);

        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Equal(3, bookmarks.Roots.Count);
        Assert.StartsWith("（１）", bookmarks.Roots[0].Title, StringComparison.Ordinal);
        Assert.Equal(7, bookmarks.Roots[0].Children.Count);
        Assert.Equal("【国際展開に積極的に取り組む日本企業の増加】（再掲）", bookmarks.Roots[2].Children[0].Title);
    }

    [Fact]
    public void RenderingTwice_GivesTheSameBytes()
    {
        var again = PdfRenderer.Render(pdf.Report, pdf.Edition);

        Assert.Equal(pdf.Result.Bytes, again.Bytes);
    }

    [Fact]
    public void EveryMeasure_AppearsInThePdf()
    {
        using var document = PdfDocument.Open(pdf.Result.Bytes);
        var text = NoSpace(string.Concat(document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value)))));

        var missing = pdf.Report.Measures.Where(m => m.Title is not null && !text.Contains(NoSpace(m.Title), StringComparison.Ordinal)).Select(m => m.Id).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void AMissingFont_IsAClearError_NamingTheDebianPackage()
    {
        var e = Assert.Throws<FontNotFoundException>(() => FontProvider.Create("BIZ UDPMincho Typo", [], "あ", "あ"));
        Assert.Contains("BIZ UDPMincho Typo", e.Message, StringComparison.Ordinal);

        Assert.Contains("sudo apt-get install fonts-morisawa-bizud-mincho", FontProvider.Missing("BIZ UDMincho").Message, StringComparison.Ordinal);
    }

    private static string Run(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        })!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
