using System.Text.RegularExpressions;
using ReportGen.Model;

namespace ReportGen.Validation;

/// <summary>A doubtful spot in published text: where it is (offset into the text) and what to say about it.</summary>
public sealed record TextIssue(int Offset, string Found, string Message, string Hint);

/// <summary>
/// Warnings about text as published. The source keeps its quirks (typos, mixed digit widths) because the content
/// reproduces the published edition; these checks make sure editors see them before the next edition.
/// </summary>
public static partial class TextChecks
{
    /// <summary>Misspellings seen in real editions, with the intended spelling.</summary>
    private static readonly (string Wrong, string Right)[] KnownTypos =
    [
        ("憶円", "億円"),
        ("億億", "億"),
        ("インテイリジェンス", "インテリジェンス"),
    ];

    public static IEnumerable<TextIssue> Check(string text)
    {
        foreach (var (wrong, right) in KnownTypos)
        {
            for (var i = text.IndexOf(wrong, StringComparison.Ordinal); i >= 0; i = text.IndexOf(wrong, i + 1, StringComparison.Ordinal))
            {
                yield return new TextIssue(i, wrong, $"「{wrong}」は「{right}」の誤記ではありませんか。", $"意図したものでなければ「{right}」に直してください。");
            }
        }

        // A full-width minus between katakana is almost always a mistyped prolonged sound mark (ー).
        foreach (Match m in MinusInKatakana().Matches(text))
        {
            yield return new TextIssue(m.Index + 1, "－", $"カタカナの間の「－」（全角マイナス）は長音「ー」の誤りではありませんか（「{m.Value}」）。", "長音記号「ー」に直してください。");
        }

        foreach (Match m in DoubledPunctuation().Matches(text))
        {
            yield return new TextIssue(m.Index, m.Value, $"句読点・括弧が重なっています（「{m.Value}」）。", "1つにしてください。");
        }

        // Radicals and compatibility ideographs look like ordinary kanji but are other characters: text copied out
        // of PDFs often has them (各評価項⽬), and they defeat search and screen readers.
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is >= '\u2E80' and <= '\u2FDF' or >= '\uF900' and <= '\uFAFF')
            {
                var ordinary = text[i].ToString().Normalize(System.Text.NormalizationForm.FormKC);
                var found = text[i].ToString();
                yield return ordinary != found
                    ? new TextIssue(i, found, $"「{found}」（U+{(int)text[i]:X4}）は通常の漢字「{ordinary}」（U+{(int)ordinary[0]:X4}）と別の文字です。", $"「{ordinary}」に直してください（検索や読み上げで一致しません）。")
                    : new TextIssue(i, found, $"「{found}」（U+{(int)text[i]:X4}）は部首の文字で、通常の漢字ではありません。", "通常の漢字に直してください。");
            }
        }

        foreach (var issue in MixedEraDigits(text))
        {
            yield return issue;
        }
    }

    /// <summary>
    /// Era years written with both full-width and half-width digits in one text (令和５年度 … 令和6年度). Either is
    /// correct alone; mixed in one cell they look careless in print.
    /// </summary>
    private static IEnumerable<TextIssue> MixedEraDigits(string text)
    {
        var matches = EraYear().Matches(text);
        var full = matches.FirstOrDefault(m => m.Groups[1].Value.Any(JapaneseDigits.IsFullWidthDigit));
        var half = matches.FirstOrDefault(m => m.Groups[1].Value.Any(JapaneseDigits.IsHalfWidthDigit));
        if (full is null || half is null)
        {
            yield break;
        }

        var later = full.Index > half.Index ? full : half;
        var earlier = later == full ? half : full;
        yield return new TextIssue(
            later.Index,
            later.Value,
            $"和暦の年で全角数字と半角数字が混在しています（「{earlier.Value}」と「{later.Value}」）。",
            "同じセルの中ではどちらかにそろえてください。");
    }

    [GeneratedRegex(@"[\p{IsKatakana}]－[\p{IsKatakana}]")]
    private static partial Regex MinusInKatakana();

    // Closing brackets may double legitimately when parentheses nest (…（…総額26億円））), so only 」 is checked.
    [GeneratedRegex(@"([、。，,」])\1|[，,]、|、[，,]")]
    private static partial Regex DoubledPunctuation();

    [GeneratedRegex(@"(?:令和|平成|[RＲ])([0-9０-９]+)年")]
    private static partial Regex EraYear();
}
