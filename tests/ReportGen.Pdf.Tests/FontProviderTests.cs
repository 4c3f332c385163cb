using ReportGen.Pdf.Fonts;

namespace ReportGen.Pdf.Tests;

/// <summary>Which installed font draws each character: the main family, else the first fallback that has it.</summary>
public class FontProviderTests
{
    [Fact]
    public void TextTheMainFamilyCovers_IsDrawnFromIt_WithoutOpeningTheFallbacks()
    {
        using var fonts = FontProvider.Create("BIZ UDGothic", ["Noto Sans CJK JP"], "医療機器の研究開発（令和６年度）", "施策");

        Assert.Equal(["BIZ UDGothic", "BIZ UDGothic"], fonts.Faces.Select(f => f.Family));
        Assert.False(fonts.OpenedFallbacks);
    }

    [Fact]
    public void ACharacterTheMainFamilyLacks_IsDrawnFromTheFirstFallbackThatHasIt()
    {
        // BIZ UDGothic has no Hangul; a family that is not installed is skipped.
        using var fonts = FontProvider.Create("BIZ UDGothic", ["ReportGen No Such Family", "Noto Sans CJK JP"], "医療한", "施策");

        Assert.True(fonts.OpenedFallbacks);
        Assert.Equal("Noto Sans CJK JP", fonts.FaceFor('한', bold: false).Family);
        Assert.Equal("BIZ UDGothic", fonts.FaceFor('医', bold: false).Family);
        Assert.Equal("BIZ UDGothic", fonts.FaceFor('施', bold: true).Family);
    }
}
