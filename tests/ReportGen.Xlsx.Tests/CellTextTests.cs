using ReportGen.Content;

namespace ReportGen.Xlsx.Tests;

public class CellTextTests
{
    [Theory]
    [InlineData("・一つ目\n・二つ目", "- 一つ目\n- 二つ目\n")]
    [InlineData("● 一つ目\n－二つ目\n- 三つ目", "- 一つ目\n- 二つ目\n- 三つ目\n")]
    [InlineData("1. 一つ目\n２）二つ目\n3、三つ目\n４．四つ目", "- 一つ目\n- 二つ目\n- 三つ目\n- 四つ目\n")]
    [InlineData("①見出し\n・項目\n（２）見出し\n・項目", "①見出し\n\n- 項目\n\n（２）見出し\n\n- 項目\n")]
    [InlineData("－", "－\n")]
    [InlineData("・項目\n　続きの行", "- 項目\n  続きの行\n")]
    [InlineData("前書き\n・項目", "前書き\n\n- 項目\n")]
    public void MarkedLines_BecomeItems_AndUnmarkedLinesContinueThem(string cell, string markdown) =>
        Assert.Equal(markdown, CellText.ToMarkdown(cell));

    [Fact]
    public void CarriageReturns_TrailingSpaces_AndEmptyLines_AreDropped() =>
        Assert.Equal("- 一つ目\n- 二つ目\n", CellText.ToMarkdown("・一つ目  \r\n\r\n　\n・二つ目\u3000\r\n"));

    [Fact]
    public void ANumberWithADecimalPoint_IsText_NotAnItemMark()
    {
        var block = MarkdownText.Parse(CellText.ToMarkdown("1.5億円を計上した。")).Blocks.Single();
        Assert.False(block.IsBullet);
        Assert.Equal("1.5億円を計上した。", block.Text);
    }

    [Fact]
    public void DigitWidths_AreKeptAsWritten_ForCheckToJudge() =>
        Assert.Equal("- 令和６年度予算：10.2億円、令和7年度\n", CellText.ToMarkdown("・令和６年度予算：10.2億円、令和7年度"));

    [Fact]
    public void MarkdownCharacters_AreEscaped_SoTheCellPrintsAsTyped()
    {
        var markdown = CellText.ToMarkdown("・*注* <b>太字</b> # 見出しではない");
        Assert.Equal("*注* <b>太字</b> # 見出しではない", MarkdownText.Parse(markdown).Blocks.Single().Text);
    }

    [Fact]
    public void ACellExportedFromContent_ReadsBackToTheSameBlocks()
    {
        var original = MarkdownText.Parse("- 一つ目\n  二行目\n- 二つ目\n");
        var cell = CellText.FromRichText(original);

        Assert.Equal("・一つ目\n　二行目\n・二つ目", cell);
        Assert.Equal(original.Blocks.Select(b => b.Text), MarkdownText.Parse(CellText.ToMarkdown(cell)).Blocks.Select(b => b.Text));
    }

    [Fact]
    public void AnotherMark_AnIndentOrATrailingSpace_IsNoChange()
    {
        Assert.True(CellText.Same("・一つ目\n　二行目", "● 一つ目 \n二行目\n"));
        Assert.False(CellText.Same("・一つ目\n二行目", "・一つ目\n・二行目"));
        Assert.True(CellText.Same("文部科学省\n経済産業省", "文部科学省、経済産業省", offices: true));
    }

    [Fact]
    public void Offices_TypedOnSeveralLines_BecomeOneLine() =>
        Assert.Equal("文部科学省、厚労省医療機器政策室", CellText.ToOffices(" 文部科学省\n厚労省医療機器政策室 \n"));

    /// <summary>Every results and plans cell of the real content reads back from its workbook form unchanged.</summary>
    [Fact]
    public void EveryCellOfTheRealContent_SurvivesTheWorkbookForm()
    {
        var report = ContentLoader.Load(Repo.Fixture("edition-2025")).Report!;
        var cells = report.Measures.SelectMany(m => m.Years).SelectMany(y => new[] { y.Results, y.Plans }).OfType<ReportGen.Model.RichText>().ToList();
        Assert.True(cells.Count > 100);
        Assert.All(cells, cell => Assert.Equal(
            cell.Blocks.Select(b => (b.IsBullet, b.Text)),
            MarkdownText.Parse(CellText.ToMarkdown(CellText.FromRichText(cell))).Blocks.Select(b => (b.IsBullet, b.Text))));
    }

    /// <summary>Whatever a person types, the Markdown is valid and reads back to the normalised lines, without marks.</summary>
    [Fact]
    public void RandomCellText_AlwaysGivesMarkdownThatReadsBackToItsLines()
    {
        var random = new Random(13);
        string[] pieces = ["・", "●", "-", "1.", "（２）", "③", "\n", "\r\n", " ", "　", "\t", "令和６年度", "10.2億円", "*", "_", "#", "<", "&", "\\", "`", "[", "]", "\u0007", "\uFEFF", "\uD800", "文", "ｱ", "😀", "1)"];
        for (var i = 0; i < 2000; i++)
        {
            var cell = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var markdown = CellText.ToMarkdown(cell);
            var blocks = MarkdownText.Parse(markdown).Blocks;
            Assert.Equal(CellText.ToBlocks(cell).Select(b => (b.IsBullet, b.Text)), blocks.Select(b => (b.IsBullet, b.Text)));
            Assert.DoesNotContain(markdown, c => char.IsControl(c) && c != '\n');
        }
    }
}
