using System.Text;
using ReportGen.Model;

namespace ReportGen.Html.Text;

/// <summary>
/// Renders a cell's <see cref="RichText"/> from its blocks, not from its Markdown: the blocks are plain text, so
/// whatever markup an editor typed (raw HTML, <c>javascript:</c> links) reaches the page only as escaped text.
/// Bullets become a <c>&lt;ul&gt;</c> (the stylesheet prints them as 「・」 with a hanging indent), other blocks
/// paragraphs, and a line break the editor typed a <c>&lt;br&gt;</c>, since Japanese lines are never wrapped by hand.
/// </summary>
internal static class RichTextHtml
{
    /// <summary>Null when there is nothing to show, so the page can print 「－」 instead.</summary>
    public static HtmlFragment? Render(RichText? text)
    {
        if (text is null || text.Blocks.All(b => b.Lines.All(string.IsNullOrWhiteSpace)))
        {
            return null;
        }

        var sb = new StringBuilder(text.Markdown.Length + 64);
        var openListLevel = 0;
        var itemOpen = false;
        foreach (var block in text.Blocks)
        {
            if (block.IsBullet)
            {
                if (itemOpen)
                {
                    sb.Append("</li>");
                }

                if (openListLevel != block.Level)
                {
                    CloseList(sb, ref openListLevel);
                    sb.Append(block.Level > 1 ? $"<ul class=\"bullets level-{block.Level}\">" : "<ul class=\"bullets\">");
                    openListLevel = block.Level;
                }

                sb.Append("<li>");
                AppendLines(sb, block);
                itemOpen = true;
            }
            else if (itemOpen && block.Level > 0)
            {
                // A later paragraph of the same list item hangs under the bullet instead of starting a new one.
                sb.Append("<p>");
                AppendLines(sb, block);
                sb.Append("</p>");
            }
            else
            {
                if (itemOpen)
                {
                    sb.Append("</li>");
                    itemOpen = false;
                }

                CloseList(sb, ref openListLevel);
                sb.Append("<p>");
                AppendLines(sb, block);
                sb.Append("</p>");
            }
        }

        if (itemOpen)
        {
            sb.Append("</li>");
        }

        CloseList(sb, ref openListLevel);
        return new HtmlFragment(sb.ToString());
    }

    /// <summary>Plain text with the line breaks its editor typed kept as <c>&lt;br&gt;</c>: the plan text and 担当.</summary>
    public static HtmlFragment Lines(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                sb.Append("<br>");
            }

            HtmlText.Append(sb, lines[i].AsSpan().TrimEnd('\r'));
        }

        return new HtmlFragment(sb.ToString());
    }

    private static void AppendLines(StringBuilder sb, TextBlock block)
    {
        for (var i = 0; i < block.Lines.Count; i++)
        {
            if (i > 0)
            {
                sb.Append("<br>");
            }

            HtmlText.Append(sb, block.Lines[i]);
        }
    }

    private static void CloseList(StringBuilder sb, ref int openListLevel)
    {
        if (openListLevel > 0)
        {
            sb.Append("</ul>");
            openListLevel = 0;
        }
    }
}
