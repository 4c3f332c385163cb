using System.Text;
using ReportGen.Html.Templates;

namespace ReportGen.Html.Tests;

/// <summary>The one array a page's markup is written into, grown past its first size and reused page after page.</summary>
public sealed class PageOutputTests
{
    [Fact]
    public void Write_KeepsEveryPieceInOrder_AcrossGrowth()
    {
        using var output = new PageOutput();
        var expected = new StringBuilder();
        var piece = "<td>医療機器の研究開発</td>\n";
        for (var i = 0; expected.Length < 300_000; i++)
        {
            // Parts of a longer string, as Scriban writes slices of the template's text.
            var text = $"[{i}]" + piece;
            output.Write(text, 1, text.Length - 2);
            expected.Append(text, 1, text.Length - 2);
        }

        Assert.Equal(expected.ToString(), output.Text.ToString());
        Assert.Equal(expected.ToString(), output.ToString());
    }

    [Fact]
    public void Clear_StartsTheNextPageEmpty()
    {
        using var output = new PageOutput();
        output.Write(new string('あ', 100_000), 0, 100_000);

        output.Clear();
        output.Write("<p>次</p>", 0, 8);

        Assert.Equal("<p>次</p>", output.ToString());
    }
}
