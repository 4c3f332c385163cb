using System.Text;

namespace ReportGen.Diff.Text;

/// <summary>
/// Makes a diff readable by people rather than minimal. When a sentence is rewritten, the shortest edit script
/// keeps every particle and comma the two versions happen to share (「を」「、」「の」), and the reader sees confetti.
/// An equality that is small next to the changes on both sides of it carries no meaning of its own, so it is folded
/// into them: the rewritten part becomes one deletion and one insertion. This is the idea of diff-match-patch's
/// semantic clean-up, applied to script runs instead of characters, with a stricter test of "small" among small
/// changes: there the equality must be at most half as long as each neighbouring change. diff-match-patch folds an
/// equality as long as the changes, which in a compact phrase such as （令和６年度予算（案）：10.9憶円） merges three
/// separate small edits into one blob and loses the point of marking only the changed digits. Next to a rewrite of
/// <see cref="LargeChange"/> characters or more, its test applies as it is, so that a leftover 「し」 between a
/// rewritten clause and a one-character edit does not survive as confetti.
/// </summary>
internal static class SemanticCleanup
{
    /// <summary>A change this long (characters) is a rewrite rather than an edit of a word or figure.</summary>
    private const int LargeChange = 10;

    public static IReadOnlyList<DiffSpan> Apply(IReadOnlyList<DiffSpan> spans)
    {
        var ops = Normalize(spans);
        while (DissolveOneEquality(ops))
        {
            ops = Normalize(ops);
        }

        return ops;
    }

    /// <summary>Folds the first equality that is small next to the change before it and the change after it.</summary>
    private static bool DissolveOneEquality(List<DiffSpan> ops)
    {
        // After Normalize, changes between two equalities are at most one Delete followed by one Insert.
        for (var i = 1; i < ops.Count - 1; i++)
        {
            if (ops[i].Op != DiffOp.Equal)
            {
                continue;
            }

            var before = ChangeLength(ops, i - 1, step: -1);
            var after = ChangeLength(ops, i + 1, step: +1);
            var length = ops[i].Text.Length;
            var small = (2 * length <= before && 2 * length <= after)
                || (length <= before && length <= after && Math.Max(before, after) >= LargeChange);
            if (small)
            {
                var text = ops[i].Text;
                ops[i] = new DiffSpan(DiffOp.Delete, text);
                ops.Insert(i + 1, new DiffSpan(DiffOp.Insert, text));
                return true;
            }
        }

        return false;
    }

    /// <summary>The larger of the deleted and inserted lengths of the change that starts at <paramref name="index"/>.</summary>
    private static int ChangeLength(List<DiffSpan> ops, int index, int step)
    {
        int deleted = 0, inserted = 0;
        for (var i = index; i >= 0 && i < ops.Count && ops[i].Op != DiffOp.Equal; i += step)
        {
            if (ops[i].Op == DiffOp.Delete)
            {
                deleted += ops[i].Text.Length;
            }
            else
            {
                inserted += ops[i].Text.Length;
            }
        }

        return Math.Max(deleted, inserted);
    }

    /// <summary>
    /// Drops empty pieces, joins neighbouring equalities, and turns every change between two equalities into one
    /// deletion followed by one insertion, which is how a 新旧対照表 and an inline diff both want to show it.
    /// </summary>
    internal static List<DiffSpan> Normalize(IEnumerable<DiffSpan> spans)
    {
        var result = new List<DiffSpan>();
        var equal = new StringBuilder();
        var deleted = new StringBuilder();
        var inserted = new StringBuilder();

        void FlushChange()
        {
            if (deleted.Length > 0)
            {
                result.Add(new DiffSpan(DiffOp.Delete, deleted.ToString()));
                deleted.Clear();
            }

            if (inserted.Length > 0)
            {
                result.Add(new DiffSpan(DiffOp.Insert, inserted.ToString()));
                inserted.Clear();
            }
        }

        void FlushEqual()
        {
            if (equal.Length > 0)
            {
                result.Add(new DiffSpan(DiffOp.Equal, equal.ToString()));
                equal.Clear();
            }
        }

        foreach (var span in spans)
        {
            if (span.Text.Length == 0)
            {
                continue;
            }

            switch (span.Op)
            {
                case DiffOp.Equal:
                    FlushChange();
                    equal.Append(span.Text);
                    break;
                case DiffOp.Delete:
                    FlushEqual();
                    deleted.Append(span.Text);
                    break;
                default:
                    FlushEqual();
                    inserted.Append(span.Text);
                    break;
            }
        }

        FlushChange();
        FlushEqual();
        return result;
    }
}
