namespace ReportGen.Diff.Text;

/// <summary>
/// How alike two texts are, from 0 (nothing shared) to 1 (the same), as the Dice coefficient of their character
/// bigrams. Bigrams suit Japanese: most words are two or more characters, no word segmentation is needed, and a
/// rewritten ending (推進する→推進した) costs little while a different topic shares almost nothing.
/// Whitespace is ignored and full-width digits and letters count as their half-width forms, so 令和５年度 and
/// 令和5年度 are alike.
/// </summary>
public sealed class TextSimilarity
{
    private readonly Dictionary<int, int> _bigrams = [];
    private readonly int _total;

    private TextSimilarity(string text)
    {
        var previous = '\0';
        foreach (var raw in text)
        {
            if (char.IsWhiteSpace(raw))
            {
                continue;
            }

            var c = Fold(raw);
            if (previous != '\0')
            {
                var key = (previous << 16) | c;
                _bigrams[key] = _bigrams.GetValueOrDefault(key) + 1;
                _total++;
            }

            previous = c;
        }

        // A one-character text has no bigram; let it match itself through a pseudo-bigram.
        if (_total == 0 && previous != '\0')
        {
            _bigrams[previous] = 1;
            _total = 1;
        }
    }

    public static TextSimilarity Of(string text) => new(text);

    public static double Between(string a, string b) => Of(a).Compare(Of(b));

    public double Compare(TextSimilarity other)
    {
        if (_total + other._total == 0)
        {
            return 1;
        }

        var (small, large) = _bigrams.Count <= other._bigrams.Count ? (this, other) : (other, this);
        var shared = 0;
        foreach (var (key, count) in small._bigrams)
        {
            shared += Math.Min(count, large._bigrams.GetValueOrDefault(key));
        }

        return 2.0 * shared / (_total + other._total);
    }

    private static char Fold(char c) => c switch
    {
        >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ' => (char)(c - 0xFEE0),
        _ => c,
    };
}
