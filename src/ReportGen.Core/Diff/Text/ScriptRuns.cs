namespace ReportGen.Diff.Text;

/// <summary>The writing system of a character, as far as a diff of Japanese text needs to know it.</summary>
public enum Script
{
    Kanji,
    Hiragana,
    Katakana,
    Latin,
    Digits,
    Punctuation,
    Space,
}

/// <summary>A run of characters of one script: the unit the text diff compares.</summary>
public readonly record struct Token(string Text, Script Script);

/// <summary>
/// Cuts text into runs of one script. Japanese has no spaces between words, but a change of script is a good
/// stand-in for a word boundary: 「医療機器」「を」「開発」「する」. Diffing these runs marks whole words instead of
/// single characters (confetti) or whole sentences (what a space-based word diff would do).
/// </summary>
public static class ScriptRuns
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var script = Classify(text, i);
            var start = i;
            i++;

            // Punctuation is cut per character: 「（」 becoming 「「」 is a change of one bracket, not of a cluster.
            if (script != Script.Punctuation)
            {
                while (i < text.Length && Continues(text, i, script))
                {
                    i++;
                }
            }

            tokens.Add(new Token(text[start..i], script));
        }

        return tokens;
    }

    /// <summary>The script of one character, without looking at its neighbours.</summary>
    public static Script Classify(char c) => c switch
    {
        _ when char.IsWhiteSpace(c) => Script.Space,
        _ when IsDigit(c) => Script.Digits,
        >= '\u3041' and <= '\u309F' => Script.Hiragana,
        '\u30FB' => Script.Punctuation, // ・ sits in the katakana block but separates words
        >= '\u30A0' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F' => Script.Katakana,
        >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' => Script.Kanji,
        '々' or '〆' or '〇' => Script.Kanji,
        >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ' => Script.Latin,
        _ when char.IsLetter(c) => Script.Latin,
        _ => Script.Punctuation,
    };

    public static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    private static Script Classify(string text, int index)
    {
        var c = text[index];

        // The prolonged sound mark belongs to the kana before it (ヘルスケア, スタートアップ); alone it is katakana.
        if (c == 'ー' && index > 0 && Classify(text[index - 1]) is Script.Hiragana)
        {
            return Script.Hiragana;
        }

        return Classify(c);
    }

    private static bool Continues(string text, int index, Script script)
    {
        var c = text[index];
        if (script == Script.Digits && c is '.' or ',' or '．' or '，')
        {
            // 10.2 and 287,614 are one number, so a changed figure is compared as a whole and refined digit by digit.
            return index + 1 < text.Length && IsDigit(text[index + 1]) && IsDigit(text[index - 1]);
        }

        if (c == 'ー' && script is Script.Hiragana or Script.Katakana)
        {
            return true;
        }

        return Classify(c) == script && script != Script.Punctuation;
    }
}
