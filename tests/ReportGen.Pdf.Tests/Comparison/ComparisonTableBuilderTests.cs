using ReportGen.Diff.Output;
using ReportGen.Diff.Text;
using ReportGen.Pdf.Layout;
using ReportGen.Pdf.Tables;

namespace ReportGen.Pdf.Tests.Comparison;

/// <summary>How the parts of a 新旧対照表 cell become paragraphs with their 傍線.</summary>
public class ComparisonTableBuilderTests
{
    [Fact]
    public void AChangeAcrossALineTheEditorBroke_IsUnderlinedOnBothLines()
    {
        // A bullet item of two written lines; the inserted 「追加\n新」 ends the first line and starts the second.
        var part = new ComparisonPart(PartKind.Text, true, [new(DiffOp.Equal, "既存の"), new(DiffOp.Insert, "追加\n新"), new(DiffOp.Equal, "しい行")]);

        var paragraphs = ComparisonTableBuilder.CellParagraphs([part]);

        Assert.Equal(["既存の追加", "新しい行"], paragraphs.Select(p => p.Text));
        Assert.Equal([(3, 2)], paragraphs[0].Underlines);
        Assert.Equal([(0, 1)], paragraphs[1].Underlines);
        Assert.Equal(TextElement.Bullet, paragraphs[0].Bullet);
        Assert.True(paragraphs[1].IndentLikeBullet);
    }

    [Fact]
    public void LabelsAndPlaceholders_AreNotUnderlined()
    {
        var paragraphs = ComparisonTableBuilder.CellParagraphs(
            [ComparisonPart.Fixed(PartKind.Label, "担当"), ComparisonPart.Fixed(PartKind.Placeholder, ComparisonWording.Added)]);

        Assert.Equal(["担当", "（新設）"], paragraphs.Select(p => p.Text));
        Assert.All(paragraphs, p => Assert.Empty(p.Underlines));
        Assert.Equal(ComparisonTableBuilder.LabelStyle, paragraphs[0].Style);
    }
}
