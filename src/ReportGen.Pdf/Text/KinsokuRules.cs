namespace ReportGen.Pdf.Text;

/// <summary>
/// Japanese line-breaking rules (禁則処理) after JIS X 4051 and W3C jlreq, Appendix A, in one table. Each character
/// class says whether a line may start or end with it; the strict rules of official documents are used, so small
/// kana and the prolonged sound mark may not start a line either.
/// </summary>
public static class KinsokuRules
{
    /// <summary>jlreq character classes that matter for breaking.</summary>
    public enum CharClass : byte
    {
        Other,

        /// <summary>cl-01 opening brackets: never at the end of a line.</summary>
        OpeningBracket,

        /// <summary>cl-02 closing brackets: never at the start of a line.</summary>
        ClosingBracket,

        /// <summary>cl-03 hyphens.</summary>
        Hyphen,

        /// <summary>cl-04 dividing punctuation ？！.</summary>
        DividingPunctuation,

        /// <summary>cl-05 middle dots ・：；.</summary>
        MiddleDot,

        /// <summary>cl-06 full stops and cl-07 commas.</summary>
        FullStopOrComma,

        /// <summary>cl-08 inseparable characters — … ‥: no break between two of them.</summary>
        Inseparable,

        /// <summary>cl-09 iteration marks.</summary>
        IterationMark,

        /// <summary>cl-10 prolonged sound mark and cl-11 small kana.</summary>
        SmallKanaOrProlonged,
    }

    /// <summary>The class of every UTF-16 unit, looked up for each character of every line laid out.</summary>
    private static readonly CharClass[] Table = Build();

    private static CharClass[] Build()
    {
        var t = new CharClass[char.MaxValue + 1];
        void Add(string chars, CharClass c)
        {
            foreach (var ch in chars)
            {
                t[ch] = c;
            }
        }

        Add("（〔［｛〈《「『【｟〘〖〝‘“([{｢＜", CharClass.OpeningBracket);
        Add("）〕］｝〉》」』】｠〙〗〟’”)]}｣＞", CharClass.ClosingBracket);
        Add("‐〜゠–～", CharClass.Hyphen);
        Add("？！‼⁇⁈⁉?!", CharClass.DividingPunctuation);
        Add("・：；:;", CharClass.MiddleDot);
        Add("。．、，／.,", CharClass.FullStopOrComma);
        Add("—…‥〳〴〵", CharClass.Inseparable);
        Add("ヽヾゝゞ々〻", CharClass.IterationMark);
        Add("ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ", CharClass.SmallKanaOrProlonged);
        return t;
    }

    public static CharClass ClassOf(char c) => Table[c];

    /// <summary>Characters that may not begin a line (行頭禁則).</summary>
    public static bool IsForbiddenAtLineStart(char c) => ClassOf(c) is CharClass.ClosingBracket or CharClass.Hyphen
        or CharClass.DividingPunctuation or CharClass.MiddleDot or CharClass.FullStopOrComma
        or CharClass.IterationMark or CharClass.SmallKanaOrProlonged;

    /// <summary>Characters that may not end a line (行末禁則).</summary>
    public static bool IsForbiddenAtLineEnd(char c) => ClassOf(c) == CharClass.OpeningBracket;

    /// <summary>
    /// Letters and digits that form words or numbers which must not be split: SaMD, 10.9億円, 287,614千円, 2040年.
    /// Full-width letters and digits count too (１１億円).
    /// </summary>
    public static bool IsWordCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ';

    /// <summary>Whether a line may break between <paramref name="text"/>[index-1] and [index].</summary>
    public static bool CanBreakBefore(string text, int index)
    {
        if (index <= 0 || index >= text.Length)
        {
            return false;
        }

        var before = text[index - 1];
        var after = text[index];
        if (char.IsLowSurrogate(after) || char.IsWhiteSpace(after))
        {
            return false;
        }

        if (IsForbiddenAtLineStart(after) || IsForbiddenAtLineEnd(before))
        {
            return false;
        }

        if (ClassOf(before) == CharClass.Inseparable && ClassOf(after) == CharClass.Inseparable)
        {
            return false;
        }

        if (char.IsWhiteSpace(before))
        {
            return true;
        }

        // Inside a number the separators belong to it: 10.9, 287,614, 1/2.
        if (IsWordCharacter(before) && IsWordCharacter(after))
        {
            return false;
        }

        if (before is '.' or ',' or '/' or '-' or '%' && index >= 2 && IsWordCharacter(text[index - 2]) && IsWordCharacter(after))
        {
            return false;
        }

        if (IsWordCharacter(before) && after is '.' or ',' or '%' or '-' or '/')
        {
            return false;
        }

        // A number stays with the unit or counter after it (10.9億円, 2040年, 令和5年度, 50％).
        if (IsDigit(before) && (IsIdeograph(after) || after is '％' or '%'))
        {
            return false;
        }

        // Between two non-CJK characters (Latin punctuation, symbols) keep the run together.
        return IsCjk(before) || IsCjk(after);
    }

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９';

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or '々';

    /// <summary>Ideographs, kana, CJK punctuation and full-width forms: breakable on either side.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u3000' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF'
            or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF' or >= '\u2460' and <= '\u24FF'
            or >= '\u25A0' and <= '\u25FF' or >= '\u2600' and <= '\u26FF';
}
