using ReportGen.Pdf.Fonts;
using ReportGen.Pdf.Text;

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

    [Fact]
    public void AKangxiRadical_IsDrawnAsItsKanji_FromTheMainFamily()
    {
        // ⽬ (U+2F6C) comes from text copied out of PDFs; BIZ UDGothic has 目 (U+76EE), not the radical.
        using var fonts = FontProvider.Create("BIZ UDGothic", ["Noto Sans CJK JP"], "⽬標", "施策");
        using var shaper = new TextShaper(fonts);
        var style = new TextStyle(10f);

        var runs = shaper.Line("⽬標", style);

        Assert.Equal("目標", string.Concat(runs.Select(r => r.Text)));
        Assert.All(runs, r => Assert.Equal("BIZ UDGothic", r.Face.Family));
        Assert.DoesNotContain((ushort)0, shaper.Shape("⽬標", style).GlyphsOf(0, 2).Ids.ToArray());
    }

    [Fact]
    public void ACompatibilityIdeographWhoseKanjiOnlyAFallbackHas_IsDrawnFromThatFallback()
    {
        // U+2F800 is canonically 丽 (U+4E3D). No installed font has U+2F800; Noto Sans CJK JP has 丽, BIZ UDGothic
        // does not. HarfBuzz draws the ideograph through its decomposition when the face it is shaped with has that.
        const string text = "医療\U0002F800の";
        using var fonts = FontProvider.Create("BIZ UDGothic", ["Noto Sans CJK JP"], text, "施策");
        using var shaper = new TextShaper(fonts);
        var style = new TextStyle(10f);

        Assert.Equal("Noto Sans CJK JP", fonts.FaceFor(0x2F800, bold: false).Family);
        Assert.Equal("BIZ UDGothic", fonts.FaceFor('医', bold: false).Family);
        Assert.DoesNotContain((ushort)0, shaper.Shape(text, style).GlyphsOf(0, text.Length).Ids.ToArray());
        Assert.Equal(text, string.Concat(shaper.Line(text, style).Select(r => r.Text)));
    }

    [Fact]
    public void WarmingUp_ChangesNoAnswer_AndAFamilyThatIsNotInstalledIsStillReported()
    {
        // The warm-up runs on a pool thread while the content loads; the lookups that follow must give what they gave
        // without it, including the error for a family fontconfig would silently replace.
        FontProvider.WarmUp("BIZ UDGothic");
        FontProvider.WarmUp("ReportGen No Such Family");

        using var fonts = FontProvider.Create("BIZ UDGothic", ["Noto Sans CJK JP"], "医療", "施策");
        Assert.Equal(["BIZ UDGothic", "BIZ UDGothic"], fonts.Faces.Select(f => f.Family));
        var missing = Assert.Throws<FontNotFoundException>(() => FontProvider.Create("ReportGen No Such Family", [], "医療", "施策"));
        Assert.Contains("ReportGen No Such Family", missing.Message, StringComparison.Ordinal);
    }
}
