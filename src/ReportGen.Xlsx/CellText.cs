using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Content;
using ReportGen.Model;

namespace ReportGen.Xlsx;

/// <summary>
/// A cell's text as people write it in a spreadsheet, and the content format it stands for. Bullets are written the
/// way offices write them in Excel: a line starting with 「・」 (or 「●」, 「-」, a number such as 「1.」「２）」) starts
/// an item; a line that follows without a mark continues it (a line break typed inside the item). Lines starting with
/// 「①」 or 「（１）」 stay text, as the table uses them for headings over items. Blank lines and
/// trailing spaces are dropped. Everything else is kept as written: digit widths are left to <c>check</c>, which warns
/// when they are mixed, as it does for files edited in git.
/// </summary>
public static partial class CellText
{
    /// <summary>The mark a bullet item gets in the workbook.</summary>
    public const string Bullet = "・";

    /// <summary>What the later lines of an item start with in the workbook (a full-width space, the width of 「・」).</summary>
    public const string Hang = "\u3000";

    /// <summary>
    /// Whether two cell texts say the same: the same content once read by the rules above (so 「●」 for 「・」, an
    /// indent or a trailing space is no change). 担当 is compared as one line.
    /// </summary>
    public static bool Same(string a, string b, bool offices = false) =>
        offices ? ToOffices(a) == ToOffices(b) : ToMarkdown(a) == ToMarkdown(b);

    /// <summary>A cell's content as the workbook shows it: items start with 「・」, lines of an item follow unmarked.</summary>
    public static string FromRichText(RichText? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var lines = new List<string>();
        foreach (var block in text.Blocks)
        {
            for (var i = 0; i < block.Lines.Count; i++)
            {
                // An item's later lines hang under its text, as people indent them in a cell.
                lines.Add(!block.IsBullet ? block.Lines[i] : i == 0 ? Bullet + block.Lines[i] : Hang + block.Lines[i]);
            }
        }

        return string.Join("\n", lines);
    }

    /// <summary>
    /// The text with what a spreadsheet adds or a person types by accident taken out: CR line ends, control
    /// characters, trailing spaces (half- and full-width) and empty lines. Two cells that normalise alike are the same
    /// answer.
    /// </summary>
    public static string Normalize(string cell)
    {
        var sb = new StringBuilder(cell.Length);
        foreach (var c in RemoveLoneSurrogates(cell).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'))
        {
            // YAML refuses most control characters; a tab reads as a space in print anyway.
            sb.Append(c switch
            {
                '\n' => '\n',
                '\t' => ' ',
                _ when char.IsControl(c) || c is '\uFEFF' or '\uFFFE' or '\uFFFF' => '\0',
                _ => c,
            });
        }

        var kept = sb.ToString().Replace("\0", string.Empty, StringComparison.Ordinal).Split('\n')
            .Select(l => l.TrimEnd(' ', '\u3000'))
            .Where(l => l.Trim(' ', '\u3000').Length > 0);
        return string.Join("\n", kept);
    }

    /// <summary>A results or plans cell as content Markdown: marked lines become <c>- </c> items.</summary>
    public static string ToMarkdown(string cell) => MarkdownText.Write(ToBlocks(cell));

    /// <summary>The blocks a cell stands for: items for marked lines, a paragraph for unmarked lines before the first item.</summary>
    public static IReadOnlyList<TextBlock> ToBlocks(string cell)
    {
        var normalized = Normalize(cell);
        var blocks = new List<(bool Bullet, List<string> Lines)>();
        if (normalized.Length == 0)
        {
            return [];
        }

        foreach (var raw in normalized.Split('\n'))
        {
            var line = raw.TrimStart(' ', '\u3000');
            var mark = ItemMark().Match(line);
            var rest = mark.Success ? line[mark.Length..].TrimStart(' ', '\u3000') : line;

            // A mark alone is text: 「－」 by itself is how the table says "nothing this year".
            if (mark.Success && rest.Length > 0)
            {
                blocks.Add((true, [rest]));
                continue;
            }

            if (blocks.Count == 0 || HeadingMark().IsMatch(line))
            {
                blocks.Add((false, []));
            }

            blocks[^1].Lines.Add(line);
        }

        return [.. blocks.Where(b => b.Lines.Count > 0).Select(b => new TextBlock(b.Bullet, b.Bullet ? 1 : 0, b.Lines))];
    }

    /// <summary>担当 as one line: line breaks typed in the cell become 「、」.</summary>
    public static string ToOffices(string cell) =>
        string.Join("、", Normalize(cell).Split('\n').Select(l => l.Trim(' ', '\u3000')).Where(l => l.Length > 0));

    private static string RemoveLoneSurrogates(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(text[i]).Append(text[i + 1]);
                i++;
            }
            else if (!char.IsSurrogate(text[i]))
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    // 「・」「･」「●」「○」「◆」「■」「-」「－」「‐」; 「1.」「１．」「1)」「１）」「1、」 (not 「1.5億円」).
    [GeneratedRegex(@"^(?:[・･●○◆■\-－‐]|[0-9０-９]{1,3}(?:[.．](?![0-9０-９])|[)）、]))")]
    private static partial Regex ItemMark();

    // 「①」…「⑳」 and 「（１）」 head a group of items in the printed table (重点５分野 ① … ⑤), so they stay text and
    // start a paragraph of their own rather than continue the item above.
    [GeneratedRegex(@"^(?:[\u2460-\u2473]|[(（][0-9０-９]{1,3}[)）])")]
    private static partial Regex HeadingMark();
}
