using ReportGen.Content;
using ReportGen.Html.Text;

namespace ReportGen.Html.Tests;

public class RichTextHtmlTests
{
    [Fact]
    public void Render_BulletsBecomeOneListWithAnItemEach()
    {
        var html = RichTextHtml.Render(MarkdownText.Parse("- 一つ目。\n- 二つ目。\n"))!.Value;

        Assert.Equal("<ul class=\"bullets\"><li>一つ目。</li><li>二つ目。</li></ul>", html);
    }

    [Fact]
    public void Render_LineBreakInsideAnItemBecomesBr()
    {
        var html = RichTextHtml.Render(MarkdownText.Parse("- ＜事業名＞（国衛研）\n  令和５年度の委託事業で議論を行った。\n"))!.Value;

        Assert.Equal("<ul class=\"bullets\"><li>＜事業名＞（国衛研）<br>令和５年度の委託事業で議論を行った。</li></ul>", html);
    }

    [Fact]
    public void Render_TextWithoutBulletIsAParagraph()
    {
        var html = RichTextHtml.Render(MarkdownText.Parse("（対応済み）\n"))!.Value;

        Assert.Equal("<p>（対応済み）</p>", html);
    }

    [Fact]
    public void Render_ParagraphThenListKeepsTheirOrder()
    {
        var html = RichTextHtml.Render(MarkdownText.Parse("前置き。\n\n- 項目。\n\n後書き。\n"))!.Value;

        Assert.Equal("<p>前置き。</p><ul class=\"bullets\"><li>項目。</li></ul><p>後書き。</p>", html);
    }

    [Fact]
    public void Render_ReturnsNullForNoText()
    {
        Assert.Null(RichTextHtml.Render(null));
        Assert.Null(RichTextHtml.Render(MarkdownText.Parse("\n")));
    }
}
