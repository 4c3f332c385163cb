using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Model;

namespace ReportGen.Diff.Budgets;

/// <summary>The budget phrases found in one text: those read, and those that only looked like one.</summary>
public sealed record BudgetScan(IReadOnlyList<BudgetLine> Lines, IReadOnlyList<UnparsedBudgetPhrase> Unparsed);

/// <summary>
/// Reads the budget phrases ministries write into results and plans:
/// （令和５年度予算：10.2億円）, （医工連携イノベーション推進事業として令和5年度予算：19億円の内数）, 287,614千円, 97百万円,
/// 約１１億円を予算措置, （令和5年度補正予算：3.8億円（国庫債務負担行為含め総額26億円））, （令和６年度予算（案）：10.9憶円）.
/// Anything else that looks like money or a budget is returned as unparsed, never dropped silently.
/// </summary>
public static partial class BudgetParser
{
    private const string Amount = @"(?<approx>約)?(?<num>\d+(?:[.,]\d+)*)\s*(?<unit>億|憶|千万|百万|万|千)?(?:(?<num2>\d+(?:,\d+)*)\s*(?<unit2>千万|百万|万|千))?\s*円";

    // Matched against a normalised copy of the text (see Normalise), which has the same length as the original.
    [GeneratedRegex(
        @"(?<year>(?:令和|平成)(?:\d+|元)年度?)\s*(?<kind>補正予算案|補正予算\s*\(案\)|補正予算|予算案|予算\s*\(案\)|予算)\s*:\s*" + Amount +
        @"(?<total>\s*\([^()]*?総額\s*(?<tnum>\d+(?:[.,]\d+)*)\s*(?<tunit>億|憶|千万|百万|万|千)?円\s*\))?(?<partof>\s*の?内数)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex YearPhrase();

    // 約１１億円を予算措置している: an amount without a year, budgeted for the year of the cell.
    [GeneratedRegex(Amount + @"\s*(?:を|の)?\s*予算措置", RegexOptions.CultureInvariant)]
    private static partial Regex AppropriationPhrase();

    // What counts as "looks like a budget": an amount in yen, 予算：, or 予算(の)内数.
    [GeneratedRegex(@"\d+(?:[.,]\d+)*\s*(?:億|憶|千万|百万|万|千)?円|予算(?:案|\s*\(案\))?\s*:|予算の?内数", RegexOptions.CultureInvariant)]
    private static partial Regex BudgetLike();

    [GeneratedRegex(@"^(?:いずれも)?\s*(?<program>.*事業)\s*(?:として|の)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ProgramInParenthesis();

    /// <param name="text">One item of a cell.</param>
    /// <param name="contextYear">The fiscal year of the cell, for phrases that state no year.</param>
    public static BudgetScan Parse(string text, int? contextYear)
    {
        var normal = Normalise(text);
        var lines = new List<BudgetLine>();
        var unparsed = new List<UnparsedBudgetPhrase>();
        var covered = new List<(int Start, int End)>();

        foreach (Match m in YearPhrase().Matches(normal))
        {
            var year = FiscalYear.Parse(m.Groups["year"].Value);
            if (year is null)
            {
                continue;
            }

            lines.Add(Build(text, m, year.Value, yearStated: true, KindOf(m.Groups["kind"].Value), FindProgram(text, m.Index)));
            covered.Add((m.Index, m.Index + m.Length));
        }

        foreach (Match m in AppropriationPhrase().Matches(normal))
        {
            if (Overlaps(covered, m.Index, m.Index + m.Length))
            {
                continue;
            }

            if (contextYear is null)
            {
                unparsed.Add(Unparsed(text, m.Index, m.Length, "年度が書かれていません。"));
            }
            else
            {
                lines.Add(Build(text, m, contextYear.Value, yearStated: false, BudgetKind.Budget, program: null));
            }

            covered.Add((m.Index, m.Index + m.Length));
        }

        foreach (Match m in BudgetLike().Matches(normal))
        {
            if (!Overlaps(covered, m.Index, m.Index + m.Length))
            {
                var reason = m.Value.Contains('円', StringComparison.Ordinal)
                    ? "金額に年度と予算の種類（予算・予算案・補正予算）が付いていません。"
                    : "予算の語に金額が付いていません。";
                unparsed.Add(Unparsed(text, m.Index, m.Length, reason));
                covered.Add((m.Index, m.Index + m.Length));
            }
        }

        lines.Sort((x, y) => x.Start.CompareTo(y.Start));
        unparsed.Sort((x, y) => x.Start.CompareTo(y.Start));
        return new BudgetScan(lines, unparsed);
    }

    /// <summary>
    /// Full-width digits and punctuation to ASCII, one character for one, so that match positions are positions
    /// in the original text and every phrase is reported as written.
    /// </summary>
    internal static string Normalise(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            span[i] = c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                '．' => '.',
                '，' => ',',
                '（' => '(',
                '）' => ')',
                '：' => ':',
                '　' => ' ',
                _ => c,
            };
        }
    });

    private static BudgetLine Build(string text, Match m, int year, bool yearStated, BudgetKind kind, string? program)
    {
        var typos = new List<string>();
        var amount = Yen(m.Groups["num"].Value, m.Groups["unit"].Value, typos);
        if (m.Groups["num2"].Success)
        {
            amount += Yen(m.Groups["num2"].Value, m.Groups["unit2"].Value, typos);
        }

        decimal? total = m.Groups["total"].Success ? Yen(m.Groups["tnum"].Value, m.Groups["tunit"].Value, typos) : null;
        var amountStart = m.Groups["approx"].Success ? m.Groups["approx"].Index : m.Groups["num"].Index;
        var amountEnd = text.IndexOf('円', amountStart) + 1;
        return new BudgetLine(
            Text: text.Substring(m.Index, m.Length),
            Start: m.Index,
            Program: program,
            FiscalYear: year,
            YearStated: yearStated,
            Kind: kind,
            AmountYen: amount,
            AmountText: text[amountStart..amountEnd],
            IsPartOf: m.Groups["partof"].Success,
            IsApproximate: m.Groups["approx"].Success,
            TotalYen: total,
            Typos: typos.Distinct(StringComparer.Ordinal).ToList());
    }

    private static decimal Yen(string number, string unit, List<string> typos)
    {
        var value = decimal.Parse(number.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (unit == "憶")
        {
            typos.Add("「憶円」は「億円」の誤記として読みました。");
        }

        var yen = value * unit switch
        {
            "億" or "憶" => 100_000_000m,
            "千万" => 10_000_000m,
            "百万" => 1_000_000m,
            "万" => 10_000m,
            "千" => 1_000m,
            _ => 1m,
        };

        // 10.2億円 is 1020000000.0 with the scale of "10.2"; whole yen are kept without decimals so they print plainly.
        return yen == decimal.Truncate(yen) ? decimal.Truncate(yen) : yen;
    }

    private static BudgetKind KindOf(string kind)
    {
        var draft = kind.EndsWith('案') || kind.EndsWith("(案)", StringComparison.Ordinal);
        return kind.StartsWith("補正", StringComparison.Ordinal)
            ? draft ? BudgetKind.SupplementaryDraft : BudgetKind.Supplementary
            : draft ? BudgetKind.Draft : BudgetKind.Budget;
    }

    /// <summary>
    /// The program a phrase starting at <paramref name="start"/> belongs to, read the ways the table writes it:
    /// named inside the parenthesis (（医工連携イノベーション推進事業として令和5年度予算：…の内数）), in brackets just before it
    /// (「…事業」（令和５年度予算：…）, also with a stray second 」), around it (「…事業（令和5年度予算：13億円）」), or as a
    /// bare name ending in 事業 just before it (臨床研究総合促進事業（…）), possibly with a parenthesised sub-title between.
    /// </summary>
    internal static string? FindProgram(string text, int start)
    {
        var open = OpeningParenthesis(text, start);
        if (open < 0)
        {
            return null;
        }

        var inside = text[(open + 1)..start];
        if (inside.Trim().Length > 0)
        {
            var m = ProgramInParenthesis().Match(inside.Trim());
            if (m.Success)
            {
                return m.Groups["program"].Value.Trim();
            }
        }

        return NameBefore(text, open);
    }

    /// <summary>The （ that opens the parenthesis the phrase sits in, if the phrase is the start of one.</summary>
    private static int OpeningParenthesis(string text, int start)
    {
        for (var i = start - 1; i >= 0 && start - i <= 40; i--)
        {
            switch (text[i])
            {
                case '（' or '(':
                    return i;
                case '）' or ')' or '「' or '」' or '。' or '、':
                    return -1;
            }
        }

        return -1;
    }

    private static string? NameBefore(string text, int end)
    {
        var j = end - 1;
        if (j < 0)
        {
            return null;
        }

        if (text[j] is '」' or '｣' or '』')
        {
            while (j >= 0 && text[j] is '」' or '｣' or '』')
            {
                j--;
            }

            var open = text.LastIndexOfAny(['「', '｢', '『'], j);
            return open < 0 ? null : NonEmpty(text[(open + 1)..(j + 1)]);
        }

        if (text[j] is '）' or ')')
        {
            var open = MatchingOpen(text, j);
            if (open < 0)
            {
                return null;
            }

            var name = NameBefore(text, open);
            return name is null ? null : name + text[open..(j + 1)];
        }

        var enclosing = EnclosingBracket(text, end);
        if (enclosing >= 0)
        {
            return NonEmpty(text[(enclosing + 1)..end]);
        }

        var k = end;
        while (k > 0 && IsNameChar(text[k - 1]))
        {
            k--;
        }

        var bare = text[k..end];
        return bare.EndsWith("事業", StringComparison.Ordinal) ? bare : null;
    }

    /// <summary>The 「 of a bracket still open at <paramref name="end"/>, or −1.</summary>
    private static int EnclosingBracket(string text, int end)
    {
        for (var i = end - 1; i >= 0; i--)
        {
            if (text[i] is '」' or '｣' or '。')
            {
                return -1;
            }

            if (text[i] is '「' or '｢')
            {
                return i;
            }
        }

        return -1;
    }

    private static int MatchingOpen(string text, int close)
    {
        var depth = 0;
        for (var i = close; i >= 0; i--)
        {
            if (text[i] is '）' or ')')
            {
                depth++;
            }
            else if (text[i] is '（' or '(' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsNameChar(char c) =>
        Text.ScriptRuns.Classify(c) is Text.Script.Kanji or Text.Script.Katakana or Text.Script.Latin or Text.Script.Digits || c is '・' or 'ー';

    private static string? NonEmpty(string s) => s.Trim().Length == 0 ? null : s.Trim();

    private static bool Overlaps(List<(int Start, int End)> covered, int start, int end) =>
        covered.Any(c => start < c.End && c.Start < end);

    private static UnparsedBudgetPhrase Unparsed(string text, int start, int length, string reason)
    {
        const int Around = 20;
        var from = Math.Max(0, start - Around);
        var to = Math.Min(text.Length, start + length + Around);
        var context = (from > 0 ? "…" : string.Empty) + text[from..to] + (to < text.Length ? "…" : string.Empty);
        return new UnparsedBudgetPhrase(text.Substring(start, length), start, context, reason);
    }
}
