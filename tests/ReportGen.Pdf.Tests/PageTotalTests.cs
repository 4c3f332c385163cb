using ReportGen.Content;
using ReportGen.Editions;
using UglyToad.PdfPig;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// A page number format with the total ("{n} / {N}") lays the document out twice, once to count the pages; any other
/// format draws each page as it is laid out. The two must give the same pages.
/// </summary>
public class PageTotalTests
{
    [Fact]
    public void WithTheTotal_EveryPageSaysNofN_AndHoldsWhatThePageWithoutItHolds()
    {
        var report = ContentLoader.Load(Repo.Content).Report!;
        var view = EditionView.Of(report, report.LatestEdition!);
        Assert.DoesNotContain("{N}", view.Edition.PageNumberStyle, StringComparison.Ordinal);
        var counted = view with { Edition = view.Edition with { PageNumberStyle = "{n} / {N}" } };

        var plain = PdfRenderer.Render(view);
        var withTotal = PdfRenderer.Render(counted);

        Assert.True(plain.Pages > 10, $"pages: {plain.Pages}");
        Assert.Equal(plain.Pages, withTotal.Pages);
        Assert.Equal(plain.Outline, withTotal.Outline);

        var page = PdfRenderer.PageOf(view.Edition);
        var footerTop = page.MarginBottom + page.FooterHeight;
        using var a = PdfDocument.Open(plain.Bytes);
        using var b = PdfDocument.Open(withTotal.Bytes);
        Assert.Equal(plain.Pages, b.NumberOfPages);
        for (var n = 1; n <= plain.Pages; n++)
        {
            string Body(PdfDocument d) => string.Concat(d.GetPage(n).Letters.Where(l => l.StartBaseLine.Y > footerTop).Select(l => l.Value));
            string Footer(PdfDocument d) => string.Concat(d.GetPage(n).Letters.Where(l => l.StartBaseLine.Y <= footerTop).Select(l => l.Value)).Replace(" ", string.Empty, StringComparison.Ordinal);

            Assert.Equal($"-{n}-", Footer(a));
            Assert.Equal($"{n}/{plain.Pages}", Footer(b));
            var body = Body(a);
            Assert.True(body.Length > 200, $"page {n} holds {body.Length} characters");
            Assert.Equal(body, Body(b));
        }
    }
}
