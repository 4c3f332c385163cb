using ReportGen.Pdf.Fonts;
using ReportGen.Pdf.Writing;

namespace ReportGen.Pdf.Tests;

/// <summary>The fonts are prepared for the set of characters a document draws, gathered without joining its text.</summary>
public class DistinctCharactersTests
{
    [Fact]
    public void EachCharacterOnce_InTheOrderFirstSeen_WithPairsKeptWhole()
    {
        var result = PdfDocumentRenderer.DistinctCharacters(["医療機器の研究", "研究𠮷開発𠮷", "", "ＡＢＣ医療abc𩸽"]);

        Assert.Equal("医療機器の研究𠮷開発ＡＢＣabc𩸽", result);
    }

    [Fact]
    public void ALoneSurrogate_IsLeftOut_AndDoesNotPairWithTheNextText()
    {
        // Joined, "\uD842" + "\uDFB7" would read as 𠮷, which neither text holds.
        var result = PdfDocumentRenderer.DistinctCharacters(["あ\uD842", "\uDFB7い", "う\uD842え"]);

        Assert.Equal("あいうえ", result);
    }

    [Fact]
    public void TheSeedsText_GivesTheCharactersOfTheJoinedText()
    {
        var texts = File.ReadAllLines(Repo.Seed);
        var joined = string.Concat(texts);

        var result = PdfDocumentRenderer.DistinctCharacters(texts);

        Assert.True(result.Length > 500, $"characters: {result.Length}");
        Assert.Equal(FontProvider.Codepoints(joined).ToHashSet().Order(), FontProvider.Codepoints(result).Order());
        Assert.Equal(FontProvider.Codepoints(result).Count(), FontProvider.Codepoints(result).Distinct().Count());
    }
}
