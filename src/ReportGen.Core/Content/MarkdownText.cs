using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Model;

namespace ReportGen.Content;

/// <summary>
/// Turns a cell's Markdown into <see cref="RichText"/> blocks, and writes blocks back as Markdown.
/// A line break the editor typed is a line break in print: Japanese lines are never wrapped by hand.
/// </summary>
public static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static RichText Parse(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var blocks = new List<TextBlock>();
        Collect(document, blocks, bullet: false, level: 0);
        return new RichText(markdown, blocks);
    }

    private static void Collect(ContainerBlock container, List<TextBlock> blocks, bool bullet, int level)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case ListBlock list:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var first = blocks.Count;
                        Collect(item, blocks, bullet: true, level: level + 1);

                        // Only the item's first paragraph carries the bullet; later ones hang under it.
                        for (var i = first + 1; i < blocks.Count; i++)
                        {
                            if (blocks[i].Level == level + 1 && blocks[i].IsBullet)
                            {
                                blocks[i] = blocks[i] with { IsBullet = false };
                            }
                        }
                    }

                    break;
                case LeafBlock leaf:
                    blocks.Add(new TextBlock(bullet, level, Lines(leaf)));
                    break;
                case ContainerBlock inner:
                    Collect(inner, blocks, bullet, level);
                    break;
            }
        }
    }

    private static string[] Lines(LeafBlock leaf)
    {
        if (leaf.Inline is null)
        {
            return [.. leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.ToString())];
        }

        var text = new StringBuilder();
        AppendInlines(leaf.Inline, text);
        return text.ToString().Split('\n');
    }

    private static void AppendInlines(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case LineBreakInline:
                    text.Append('\n');
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case ContainerInline inner:
                    AppendInlines(inner, text);
                    break;
                default:
                    text.Append(inline.ToString());
                    break;
            }
        }
    }

    /// <summary>Blocks as Markdown that <see cref="Parse"/> reads back to the same blocks.</summary>
    public static string Write(IEnumerable<TextBlock> blocks)
    {
        var sb = new StringBuilder();
        var previousWasBullet = false;
        var first = true;
        foreach (var block in blocks)
        {
            // A paragraph after a list, or a list after a paragraph, needs a blank line between them.
            if (!first && (!block.IsBullet || !previousWasBullet))
            {
                sb.Append('\n');
            }

            for (var i = 0; i < block.Lines.Count; i++)
            {
                var prefix = block.IsBullet ? (i == 0 ? "- " : "  ") : string.Empty;
                sb.Append(prefix).Append(Escape(block.Lines[i], atLineStart: true)).Append('\n');
            }

            previousWasBullet = block.IsBullet;
            first = false;
        }

        return sb.ToString();
    }

    /// <summary>Escapes the few ASCII characters Markdown would read as markup; Japanese text passes untouched.</summary>
    public static string Escape(string line, bool atLineStart)
    {
        var sb = new StringBuilder(line.Length + 8);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '&' or '|' or '~')
            {
                sb.Append('\\');
            }
            else if (atLineStart && i == 0 && c is '#' or '-' or '+' or '=')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        var escaped = sb.ToString();
        if (atLineStart && StartsOrderedListMarker(line))
        {
            // "1. text" would start an ordered list; escaping the dot keeps it a plain line.
            var digits = line.TakeWhile(char.IsAsciiDigit).Count();
            escaped = escaped[..digits] + "\\" + escaped[digits..];
        }

        return escaped;
    }

    private static bool StartsOrderedListMarker(string line)
    {
        var digits = line.TakeWhile(char.IsAsciiDigit).Count();
        return digits is > 0 and < 10 && digits < line.Length && line[digits] is '.' or ')';
    }
}
