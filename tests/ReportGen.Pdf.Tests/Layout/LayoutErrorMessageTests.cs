using ReportGen.Content;
using ReportGen.Pdf.Layout;

namespace ReportGen.Pdf.Tests.Layout;

/// <summary>What the PDF renderer says when an edition's page setup leaves too little room for its content.</summary>
public sealed class LayoutErrorMessageTests
{
    [Theory]
    [InlineData(88, "Content does not fit on an empty page (page 2): a heading row and the row kept with it do not fit together.")]
    [InlineData(100, "Content does not fit on an empty page (page 1): a line of text is taller than the space left for it.")]
    public void MarginsThatLeaveTooLittleRoom_AreReported_WithWhatDoesNotFit(double marginMm, string message)
    {
        var report = ContentLoader.Load(Repo.Fixture("minimal-content")).Report ?? throw new InvalidOperationException("the fixture has errors");
        var edition = report.LatestEdition!;
        var cramped = edition with { Page = edition.Page with { MarginTopMm = marginMm, MarginBottomMm = marginMm } };

        var error = Assert.Throws<LayoutException>(() => PdfRenderer.Render(report, cramped));

        Assert.Equal(message, error.Message);
    }
}
