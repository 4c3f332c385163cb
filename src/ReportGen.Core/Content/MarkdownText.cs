using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Model;

namespace ReportGen.Content;

/// <summary>
/// Turns a cell's Markdown into <see cref="RichText"/> blocks, and writes blocks back as Markdown.
/// A line break the editor typed is a line break in print: Japanese lines are never wrapped by hand.
/// Only lists and paragraphs are formatting in a cell. Every other Markdown block — a thematic break (<c>---</c>),
/// a heading, a code block, a quote, a link reference definition such as <c>[注1]: 令和5年度補正予算を含む。</c> — is
/// printed as the editor typed it, so no text is lost and no input can fail to render.
/// </summary>
public static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static RichText Parse(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var blocks = new List<TextBlock>();
        Collect(markdown, document, blocks, bullet: false, level: 0);
        return new RichText(markdown, blocks);
    }

    private static void Collect(string markdown, ContainerBlock container, List<TextBlock> blocks, bool bullet, int level)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case ListBlock list:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var first = blocks.Count;
                        Collect(markdown, item, blocks, bullet: true, level: level + 1);

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
                case ParagraphBlock paragraph:
                    if (Lines(paragraph) is { Length: > 0 } text)
                    {
                        blocks.Add(new TextBlock(bullet, level, text));
                    }

                    break;
                case LinkReferenceDefinitionGroup group:
                    // The group's own span is not reliable inside a list item; each definition's is.
                    Collect(markdown, group, blocks, bullet, level);
                    break;
                default:
                    if (AsTyped(markdown, block) is { Length: > 0 } lines)
                    {
                        blocks.Add(new TextBlock(bullet, level, lines));
                    }

                    break;
            }
        }
    }

    /// <summary>The block's source lines, without the indentation its container gave them and without blank lines.</summary>
    private static string[] AsTyped(string markdown, Block block)
    {
        var start = Math.Clamp(block.Span.Start, 0, markdown.Length);
        var end = Math.Clamp(block.Span.End + 1, start, markdown.Length);
        return [.. markdown[start..end].Split('\n').Select(l => l.Trim(' ', '\t')).Where(l => l.Length > 0)];
    }

    private static string[] Lines(ParagraphBlock paragraph)
    {
        if (paragraph.Inline is null)
        {
            return [];
        }

        var text = new StringBuilder();
        AppendInlines(paragraph.Inline, text);
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
