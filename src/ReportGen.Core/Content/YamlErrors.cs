using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace ReportGen.Content;

/// <summary>
/// Explains a YAML syntax error as an editor can act on it: in Japanese, at the line and column of the actual mistake
/// (the parser often notices it a line or two later), for the mistakes people make when editing these files by hand.
/// The parser's own English words follow in the hint, as a detail for whoever needs it.
/// </summary>
internal static partial class YamlErrors
{
    public static YamlReadException Explain(string text, YamlException e)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var errorLine = Math.Clamp((int)e.Start.Line, 1, Math.Max(1, lines.Length));
        var detail = "（YAML の詳細: " + e.Message.Split(": ").Last().TrimEnd('.') + "）";

        return FullWidthIndent(lines, errorLine, detail)
            ?? EmptyValueAboveABlock(lines, errorLine, detail)
            ?? UnclosedQuote(lines, errorLine, e, detail)
            ?? MissingColon(lines, errorLine, e, detail)
            ?? OddIndent(lines, errorLine, detail)
            ?? new YamlReadException(
                "YAML の書き方に誤りがあります。",
                "字下げ（半角スペース）、「キー: 値」のコロンの後の空白、引用符の閉じ忘れを確認してください。" + detail,
                (int)e.Start.Line,
                (int)e.Start.Column);
    }

    /// <summary>A full-width space (U+3000) at the start of a line looks like indentation but is text to YAML.</summary>
    private static YamlReadException? FullWidthIndent(string[] lines, int errorLine, string detail)
    {
        for (var i = 0; i < Math.Min(lines.Length, errorLine + 1); i++)
        {
            var lead = lines[i].Length - lines[i].TrimStart(' ', '\u3000').Length;
            var at = lines[i].IndexOf('\u3000', 0, lead);
            if (at >= 0)
            {
                return new YamlReadException(
                    "字下げに全角スペースが使われています。",
                    "行頭の字下げは半角スペースで書いてください（全角スペース「　」は字下げになりません）。" + detail,
                    i + 1,
                    at + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// <c>results: ""</c> left in place when the cell is filled with a bullet list below it: the list needs
    /// <c>results: |</c>.
    /// </summary>
    private static YamlReadException? EmptyValueAboveABlock(string[] lines, int errorLine, string detail)
    {
        for (var i = Math.Max(0, errorLine - 3); i < Math.Min(lines.Length - 1, errorLine); i++)
        {
            var m = EmptyQuoted().Match(lines[i]);
            var next = lines[i + 1];
            var nextIndent = next.Length - next.TrimStart(' ').Length;
            if (m.Success && nextIndent > m.Groups["indent"].Length && next.TrimStart().Length > 0)
            {
                var key = m.Groups["key"].Value;
                return new YamlReadException(
                    $"「{key}: \"\"」の「\"\"」が残ったまま、その下に内容が書かれています。",
                    $"記入するときは「{key}: \"\"」を「{key}: |」に書き換え、その下に「- 」で始まる行を字下げして並べてください。" + detail,
                    i + 1,
                    m.Groups["quotes"].Index + 1);
            }
        }

        return null;
    }

    private static YamlReadException? UnclosedQuote(string[] lines, int errorLine, YamlException e, string detail)
    {
        if (!e.Message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // The quote that opened the scalar is on the line the parser started it, or the last line before the error
        // with an odd number of quotes.
        for (var i = Math.Min(lines.Length, errorLine) - 1; i >= 0; i--)
        {
            var quotes = lines[i].Count(c => c == '"');
            if (quotes % 2 == 1)
            {
                return new YamlReadException(
                    "引用符（\"）が閉じていません。",
                    "値を \" で始めたら、同じ行の終わりも \" で閉じてください。文章の中の「\"」は「”」などにするか、値を「|」のブロックにしてください。" + detail,
                    i + 1,
                    lines[i].IndexOf('"', StringComparison.Ordinal) + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// A key written without its colon (<c>offices 文部科学省</c>): the parser reads a bare text where the mapping
    /// expects its next key.
    /// </summary>
    private static YamlReadException? MissingColon(string[] lines, int errorLine, YamlException e, string detail)
    {
        var at = Math.Clamp((int)e.Start.Line, 1, lines.Length) - 1;
        var line = lines[at];
        var word = line.Trim();
        var looksLikeAKey = BareKey().IsMatch(line) && !word.Contains(':', StringComparison.Ordinal);
        if (!e.Message.Contains("could not find expected ':'", StringComparison.OrdinalIgnoreCase) && !looksLikeAKey)
        {
            return null;
        }

        return new YamlReadException(
            $"「{Diagnostics.Printable.Shorten(word)}」の後に「:」（コロン）がありません。",
            "項目名の後には半角の「: 」（コロンと空白）を書きます。例: plans: |" + detail,
            at + 1,
            line.Length - line.TrimStart().Length + 1);
    }

    /// <summary>
    /// A key indented one space more or less than its neighbours: YAML then reads it as part of the value above, or
    /// as the start of something it cannot place, and reports the next line.
    /// </summary>
    private static YamlReadException? OddIndent(string[] lines, int errorLine, string detail)
    {
        // The files are indented two spaces a level: a key at an odd indent is the likeliest culprit, then a key one
        // space off the key before it.
        var keys = Enumerable.Range(0, Math.Min(lines.Length, errorLine)).Reverse().Where(i => i >= 1 && KeyLine().IsMatch(lines[i])).ToList();
        int Indent(int i) => lines[i].Length - lines[i].TrimStart(' ').Length;
        var culprit = keys.Cast<int?>().FirstOrDefault(i => Indent(i!.Value) % 2 == 1)
            ?? keys.Cast<int?>().FirstOrDefault(i => PreviousKeyIndent(lines, i!.Value) is { } p && Math.Abs(Indent(i.Value) - p) == 1);
        return culprit is not { } at
            ? null
            : new YamlReadException(
                $"字下げがずれています（行頭の空白が {Indent(at)} 文字）。",
                "同じ階層の項目と字下げ（半角スペースの数）をそろえてください。字下げは2文字ずつです。" + detail,
                at + 1,
                1);
    }

    private static int? PreviousKeyIndent(string[] lines, int before)
    {
        for (var i = before - 1; i >= 0; i--)
        {
            if (KeyLine().IsMatch(lines[i]))
            {
                return lines[i].Length - lines[i].TrimStart(' ').Length;
            }
        }

        return null;
    }

    [GeneratedRegex("""^(?<indent> *)(?<key>[A-Za-z_][A-Za-z0-9_]*|\d{4}): *(?<quotes>""|'') *$""")]
    private static partial Regex EmptyQuoted();

    [GeneratedRegex(@"^ *(?:[A-Za-z_][A-Za-z0-9_]*|\d{4}): *(?:\||>|""""|[^ ].*)?$")]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"^ *[a-z_]+(?: |$)")]
    private static partial Regex BareKey();
}
