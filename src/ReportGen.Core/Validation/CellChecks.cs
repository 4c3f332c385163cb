using ReportGen.Model;

namespace ReportGen.Validation;

/// <summary>A mistake in how a cell is written: the cell line (0-based) and column (0-based) it is on, and what to say.</summary>
public sealed record CellIssue(int Line, int Column, string Message, string Hint);

/// <summary>
/// Mistakes in writing a results or plans cell that Markdown accepts but that damage the printed table: a bullet
/// written the way one types it in a word processor (「・」, a full-width dash, no space after 「-」) is not a bullet
/// and runs into the item above; a line without 「- 」 under a bullet joins the item above; a line break inside a
/// sentence prints as a line break. Each is found on the cell's own lines, as the editor wrote them.
/// </summary>
public static class CellChecks
{
    /// <summary>Characters that end a sentence or a line that may stand on its own in print.</summary>
    private const string LineEnds = "。．.！？!?）)」』】：:；;…";

    /// <summary>Dashes that look like the bullet 「-」 but are other characters.</summary>
    private const string LookAlikeDashes = "－ー‐―—–−";

    public static IEnumerable<CellIssue> Check(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var inList = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var text = line.TrimStart(' ');
            var indent = line.Length - text.Length;
            if (text.Length == 0)
            {
                inList = false;
                continue;
            }

            if (IsBullet(text))
            {
                inList = true;
                continue;
            }

            var previousLine = i > 0 ? lines[i - 1].Trim() : string.Empty;
            if (WrongBullet(text, previousLine.Length > 0) is { } wrong)
            {
                yield return new CellIssue(i, indent, wrong.Message, wrong.Hint);
                continue;
            }

            var previous = i > 0 ? lines[i - 1].TrimEnd() : string.Empty;
            if (previous.Length == 0)
            {
                continue;
            }

            if (!LineEnds.Contains(previous[^1]))
            {
                yield return new CellIssue(i - 1, previous.Length, "文の途中で改行されています。改行はそのまま印刷されます。", "次の行を前の行につなげてください（日本語の文は途中で改行しません）。");
            }
            else if (inList && indent < 2)
            {
                yield return new CellIssue(i, indent, "箇条書きの途中に「- 」で始まらない行があります。上の項目の続きとして印刷されます。", "新しい項目なら行頭に「- 」（半角のハイフンと半角スペース）を付けてください。");
            }
        }
    }

    private static bool IsBullet(string text) =>
        text.Length >= 2 && text[0] is '-' or '*' or '+' && text[1] == ' ';

    private static (string Message, string Hint)? WrongBullet(string text, bool followsALine)
    {
        if (text[0] is '・' or '●' or '○' or '･')
        {
            var printed = followsALine ? "上の行につながって印刷されます" : "箇条書きでない段落として印刷されます";
            return ($"行頭の「{text[0]}」は箇条書きの記号になりません（{printed}）。", $"「{text[0]}」を「- 」（半角のハイフンと半角スペース）に置き換えてください。「・」は印刷のときに付きます。");
        }

        if (LookAlikeDashes.Contains(text[0]) && text.Length > 1 && text[1] is not '－' and not 'ー')
        {
            return ($"行頭の「{text[0]}」は全角の記号で、箇条書きの記号になりません。", "半角の「- 」（ハイフンと半角スペース）にしてください。");
        }

        if (text[0] == '-' && text.Length > 1 && text[1] == '　')
        {
            return ("「-」の後が全角スペースです。箇条書きになりません。", "「-」の後は半角スペースにしてください。");
        }

        if (text[0] == '-' && text.Length > 1 && text[1] is not ' ' and not '-')
        {
            return ("「-」の後にスペースがありません。箇条書きになりません。", "「- 」のように「-」の後に半角スペースを入れてください。");
        }

        return null;
    }
}
