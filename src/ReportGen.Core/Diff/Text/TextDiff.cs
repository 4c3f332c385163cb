using DiffPlex;
using DiffPlex.Chunkers;

namespace ReportGen.Diff.Text;

public enum DiffOp
{
    Equal,
    Delete,
    Insert,
}

/// <summary>A piece of text that both versions share, or that only the old (Delete) or new (Insert) one has.</summary>
public sealed record DiffSpan(DiffOp Op, string Text);

/// <summary>A piece of one side of a diff, marked when it is a changed part (傍線部分 in a 新旧対照表).</summary>
public readonly record struct MarkedRun(string Text, bool IsChanged);

/// <summary>
/// The Japanese-aware text diff: compare script runs (<see cref="ScriptRuns"/>), split a replaced number or word
/// down to the characters that differ, then clean up semantically so that a rewritten sentence reads as one
/// deletion and one insertion rather than confetti.
/// </summary>
/// <remarks>
/// DiffPlex finds the longest common subsequence of the runs (its chunker is the seam that lets it compare runs
/// instead of lines). The two steps around it are ours, because neither DiffPlex nor diff-match-patch knows
/// Japanese: diff-match-patch compares characters and its clean-up looks for spaces to find word boundaries.
/// </remarks>
public static class TextDiff
{
    /// <summary>A replacement this short (both sides, in characters) is compared character by character.</summary>
    private const int ShortReplacement = 12;

    private static readonly Differ Differ = new();
    private static readonly IChunker Chunker = new ScriptRunChunker();

    public static IReadOnlyList<DiffSpan> Compute(string oldText, string newText)
    {
        if (oldText == newText)
        {
            return oldText.Length == 0 ? [] : [new DiffSpan(DiffOp.Equal, oldText)];
        }

        if (oldText.Length == 0 || newText.Length == 0)
        {
            return oldText.Length == 0 ? [new DiffSpan(DiffOp.Insert, newText)] : [new DiffSpan(DiffOp.Delete, oldText)];
        }

        var result = Differ.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, Chunker);
        var oldPieces = result.PiecesOld;
        var newPieces = result.PiecesNew;
        var ops = new List<DiffSpan>();
        var a = 0;
        foreach (var block in result.DiffBlocks.OrderBy(b => b.DeleteStartA))
        {
            for (; a < block.DeleteStartA; a++)
            {
                ops.Add(new DiffSpan(DiffOp.Equal, oldPieces[a]));
            }

            var deleted = Slice(oldPieces, block.DeleteStartA, block.DeleteCountA);
            var inserted = Slice(newPieces, block.InsertStartB, block.InsertCountB);
            AddReplacement(ops, deleted, inserted);
            a = block.DeleteStartA + block.DeleteCountA;
        }

        for (; a < oldPieces.Count; a++)
        {
            ops.Add(new DiffSpan(DiffOp.Equal, oldPieces[a]));
        }

        return SemanticCleanup.Apply(ops);
    }

    public static string OldText(IEnumerable<DiffSpan> spans) => string.Concat(spans.Where(s => s.Op != DiffOp.Insert).Select(s => s.Text));

    public static string NewText(IEnumerable<DiffSpan> spans) => string.Concat(spans.Where(s => s.Op != DiffOp.Delete).Select(s => s.Text));

    /// <summary>The old text with its deleted parts marked: the 改正前 column of a 新旧対照表.</summary>
    public static IReadOnlyList<MarkedRun> OldSide(IEnumerable<DiffSpan> spans) =>
        Coalesce(spans.Where(s => s.Op != DiffOp.Insert).Select(s => new MarkedRun(s.Text, s.Op == DiffOp.Delete)));

    /// <summary>The new text with its inserted parts marked: the 改正後 column of a 新旧対照表.</summary>
    public static IReadOnlyList<MarkedRun> NewSide(IEnumerable<DiffSpan> spans) =>
        Coalesce(spans.Where(s => s.Op != DiffOp.Delete).Select(s => new MarkedRun(s.Text, s.Op == DiffOp.Insert)));

    /// <summary>Joins neighbouring runs that are both marked or both unmarked (one side skips the other side's spans).</summary>
    private static List<MarkedRun> Coalesce(IEnumerable<MarkedRun> runs)
    {
        var result = new List<MarkedRun>();
        foreach (var run in runs.Where(r => r.Text.Length > 0))
        {
            if (result.Count > 0 && result[^1].IsChanged == run.IsChanged)
            {
                result[^1] = new MarkedRun(result[^1].Text + run.Text, run.IsChanged);
            }
            else
            {
                result.Add(run);
            }
        }

        return result;
    }

    private static List<string> Slice(IReadOnlyList<string> pieces, int start, int count)
    {
        var slice = new List<string>(count);
        for (var i = start; i < start + count; i++)
        {
            slice.Add(pieces[i]);
        }

        return slice;
    }

    /// <summary>
    /// Runs replaced one for one by runs of the same script are split further. Numbers are compared digit by digit
    /// from both ends, so 50→500 marks only the added 0 and 10.2→10.9 only the 2 and 9 (a common-subsequence diff could
    /// pair digits across places). Kanji, katakana and Latin runs are diffed by character, so 結核感染症課→感染症対策課
    /// marks 結核 and 対策, not the whole office name. Hiragana runs are trimmed only when that leaves a pure
    /// insertion or deletion (おいて→において marks に), since 推進した→推進する reads better as した/する than as た/る.
    /// Other short replacements are compared character by character (予算（案）→予算案 marks the brackets); long ones
    /// stay whole for the clean-up to judge.
    /// </summary>
    private static void AddReplacement(List<DiffSpan> ops, List<string> deleted, List<string> inserted)
    {
        if (deleted.Count == inserted.Count && deleted.Count > 0 && SameShape(deleted, inserted))
        {
            for (var i = 0; i < deleted.Count; i++)
            {
                switch (ScriptRuns.Classify(deleted[i][0]))
                {
                    case Script.Digits:
                        AddTrimmed(ops, deleted[i], inserted[i]);
                        break;
                    case Script.Kanji or Script.Katakana or Script.Latin:
                        AddCharacterDiff(ops, deleted[i], inserted[i]);
                        break;
                    case Script.Hiragana when IsPureEditAfterTrim(deleted[i], inserted[i]):
                        AddTrimmed(ops, deleted[i], inserted[i]);
                        break;
                    default:
                        ops.Add(new DiffSpan(DiffOp.Delete, deleted[i]));
                        ops.Add(new DiffSpan(DiffOp.Insert, inserted[i]));
                        break;
                }
            }

            return;
        }

        var (oldText, newText) = (string.Concat(deleted), string.Concat(inserted));
        if (oldText.Length > 0 && newText.Length > 0 && oldText.Length <= ShortReplacement && newText.Length <= ShortReplacement)
        {
            AddCharacterDiff(ops, oldText, newText);
            return;
        }

        ops.Add(new DiffSpan(DiffOp.Delete, oldText));
        ops.Add(new DiffSpan(DiffOp.Insert, newText));
    }

    private static void AddCharacterDiff(List<DiffSpan> ops, string oldText, string newText)
    {
        var result = Differ.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, CharacterChunker.Instance);
        var a = 0;
        foreach (var block in result.DiffBlocks.OrderBy(b => b.DeleteStartA))
        {
            ops.Add(new DiffSpan(DiffOp.Equal, oldText[a..block.DeleteStartA]));
            ops.Add(new DiffSpan(DiffOp.Delete, oldText.Substring(block.DeleteStartA, block.DeleteCountA)));
            ops.Add(new DiffSpan(DiffOp.Insert, newText.Substring(block.InsertStartB, block.InsertCountB)));
            a = block.DeleteStartA + block.DeleteCountA;
        }

        ops.Add(new DiffSpan(DiffOp.Equal, oldText[a..]));
    }

    private static bool IsPureEditAfterTrim(string deleted, string inserted)
    {
        var (prefix, suffix) = CommonAffixes(deleted, inserted);
        return prefix + suffix == Math.Min(deleted.Length, inserted.Length);
    }

    /// <summary>How many characters two texts share at the start, and then at the end of what is left.</summary>
    private static (int Prefix, int Suffix) CommonAffixes(string a, string b)
    {
        var shorter = Math.Min(a.Length, b.Length);
        var prefix = 0;
        while (prefix < shorter && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < shorter - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        return (prefix, suffix);
    }

    private static bool SameShape(List<string> deleted, List<string> inserted)
    {
        for (var i = 0; i < deleted.Count; i++)
        {
            if (ScriptRuns.Classify(deleted[i][0]) != ScriptRuns.Classify(inserted[i][0]))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddTrimmed(List<DiffSpan> ops, string deleted, string inserted)
    {
        var (prefix, suffix) = CommonAffixes(deleted, inserted);
        ops.Add(new DiffSpan(DiffOp.Equal, deleted[..prefix]));
        ops.Add(new DiffSpan(DiffOp.Delete, deleted[prefix..^suffix]));
        ops.Add(new DiffSpan(DiffOp.Insert, inserted[prefix..^suffix]));
        ops.Add(new DiffSpan(DiffOp.Equal, deleted[^suffix..]));
    }

    private sealed class ScriptRunChunker : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => [.. ScriptRuns.Tokenize(text).Select(t => t.Text)];
    }
}
