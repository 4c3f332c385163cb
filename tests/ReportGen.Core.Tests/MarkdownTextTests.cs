using ReportGen.Content;
using ReportGen.Model;

namespace ReportGen.Tests;

public class MarkdownTextTests
{
    [Fact]
    public void Parse_ReadsAListAsBulletItems()
    {
        var text = MarkdownText.Parse("- 拠点整備を行った。\n- 人材を育成した。\n");

        Assert.Equal(["拠点整備を行った。", "人材を育成した。"], text.Items.Select(b => b.Text));
    }

    [Fact]
    public void Parse_KeepsALineBreakInsideAnItem()
    {
        var text = MarkdownText.Parse("- ＜事業＞（国衛研）\n  令和５年度の委託事業で議論を行った。\n");

        var item = Assert.Single(text.Blocks);
        Assert.Equal(["＜事業＞（国衛研）", "令和５年度の委託事業で議論を行った。"], item.Lines);
    }

    [Fact]
    public void Parse_ReadsAParagraphBeforeAList()
    {
        var text = MarkdownText.Parse("令和６年度診療報酬改定において、\n\n- 評価の新設\n");

        Assert.False(text.Blocks[0].IsBullet);
        Assert.True(text.Blocks[1].IsBullet);
    }

    [Fact]
    public void Parse_TreatsHtmlAsText()
    {
        var text = MarkdownText.Parse("<script>alert(1)</script>を実施した。\n");

        Assert.Equal("<script>alert(1)</script>を実施した。", text.PlainText);
    }

    [Theory]
    [InlineData("1. で始まる行")]
    [InlineData("- で始まる行")]
    [InlineData("# で始まる行")]
    [InlineData("*強調* と _下線_ と [リンク](x) と <b>")]
    [InlineData("バックスラッシュ \\ と `コード`")]
    public void Write_EscapesMarkup_SoTheTextReadsBackUnchanged(string line)
    {
        var blocks = new[] { new TextBlock(false, 0, [line]) };

        var back = MarkdownText.Parse(MarkdownText.Write(blocks));

        Assert.Equal(line, back.PlainText);
    }

    [Fact]
    public void Write_ThenParse_KeepsBulletsAndParagraphs()
    {
        TextBlock[] blocks =
        [
            new(false, 0, ["前文、"]),
            new(true, 1, ["項目1"]),
            new(true, 1, ["項目2", "続きの行"]),
            new(false, 0, ["②　次の段落"]),
        ];

        var back = MarkdownText.Parse(MarkdownText.Write(blocks));

        Assert.Equal(blocks.Select(b => (b.IsBullet, b.Text)), back.Blocks.Select(b => (b.IsBullet, b.Text)));
    }

    [Theory]
    [InlineData("---", "---")]
    [InlineData("***", "***")]
    [InlineData("___", "___")]
    [InlineData("[注1]: 令和5年度補正予算を含む。", "[注1]: 令和5年度補正予算を含む。")]
    [InlineData("[^1]: 注記", "[^1]: 注記")]
    [InlineData("# 見出し", "# 見出し")]
    [InlineData("実績\n---", "実績\n---")]
    [InlineData("```\ncode\n```", "```\ncode\n```")]
    [InlineData("    字下げした行", "字下げした行")]
    [InlineData("> 引用", "> 引用")]
    [InlineData("<div>\nx\n</div>", "<div>\nx\n</div>")]
    [InlineData("| a | b |\n|---|---|\n| 1 | 2 |", "| a | b |\n|---|---|\n| 1 | 2 |")]
    [InlineData("- 項目\n\n  ---\n  [注]: 付記", "項目\n---\n[注]: 付記")]
    public void Parse_PrintsBlocksOtherThanListsAndParagraphsAsTyped(string markdown, string expected)
    {
        var text = MarkdownText.Parse(markdown);

        Assert.Equal(expected, text.PlainText);
    }

    [Theory]
    [InlineData("---\n[注1]: 補正予算を含む。\n# 見出し\n```\nx\n```\n> 引用")]
    [InlineData("- a\n  ***\n- b")]
    public void Write_ThenParse_KeepsTextTypedAsOtherMarkdown(string markdown)
    {
        var text = MarkdownText.Parse(markdown);

        var back = MarkdownText.Parse(MarkdownText.Write(text.Blocks));

        Assert.Equal(text.PlainText, back.PlainText);
    }
}
