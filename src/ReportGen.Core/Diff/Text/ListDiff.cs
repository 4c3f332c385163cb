using ReportGen.Model;

namespace ReportGen.Diff.Text;

public enum ItemChangeKind
{
    Unchanged,
    Changed,
    Added,
    Removed,
}

/// <summary>
/// One item (a bullet ・ or a paragraph) of a cell compared between two versions. A matched item has both indexes;
/// <see cref="IsMoved"/> says it changed place relative to the other items. <see cref="Spans"/> is the inline diff
/// of its text (all Insert for an added item, all Delete for a removed one).
/// </summary>
public sealed record ItemDiff(
    ItemChangeKind Kind,
    int? OldIndex,
    int? NewIndex,
    TextBlock? Old,
    TextBlock? New,
    bool IsMoved,
    IReadOnlyList<DiffSpan> Spans)
{
    /// <summary>The item became a bullet or stopped being one (・ appears or disappears in print).</summary>
    public bool BulletChanged => Old is not null && New is not null && (Old.IsBullet != New.IsBullet || Old.Level != New.Level);

    public bool IsChange => Kind != ItemChangeKind.Unchanged || IsMoved;
}

/// <summary>
/// Compares two lists of items (the bullets of a cell). Items are paired by identical text, then by similarity, so
/// that an edited bullet is one changed item with an inline diff; pairs that left the common order are moves, so a
/// reordered list is a few moves, not every item deleted and inserted again.
/// </summary>
public static class ListDiff
{
    /// <summary>
    /// Two items at least this alike (bigram Dice) are the same item edited. Below it, an edit has replaced more than
    /// it kept and reads better as one item removed and another added. Chosen on the real content: a bullet carried
    /// over with its budget year and verb endings changed scores above 0.8; different bullets of one measure, which
    /// share words such as 医療機器 and 推進, mostly stay under 0.4. Templated lists (m030: 「…事業において１件の課題を
    /// 採択」) score 0.4 to 0.9 among themselves, which is why position is weighed before similarity.
    /// </summary>
    public const double SameItemThreshold = 0.5;

    public static IReadOnlyList<ItemDiff> Compare(IReadOnlyList<TextBlock> oldItems, IReadOnlyList<TextBlock> newItems)
    {
        var oldToNew = new int?[oldItems.Count];
        var newToOld = new int?[newItems.Count];

        // Pairing goes from the surest evidence to the weakest, and in-place pairs come before pairs that imply a
        // move. Lists such as 「…事業において１件の課題を採択」 repeat nearly the same bullet many times; pairing them
        // by similarity alone would swap look-alikes and report moves that did not happen.
        MatchInOrder(oldItems, newItems, oldToNew, newToOld);
        MatchSimilar(oldItems, newItems, oldToNew, newToOld, sameGapOnly: true);
        MatchIdentical(oldItems, newItems, oldToNew, newToOld);
        MatchSimilar(oldItems, newItems, oldToNew, newToOld, sameGapOnly: false);
        var moved = FindMoves(newToOld);
        return Merge(oldItems, newItems, oldToNew, newToOld, moved);
    }

    /// <summary>Identical items that keep their order: the longest common subsequence of the two lists.</summary>
    private static void MatchInOrder(IReadOnlyList<TextBlock> oldItems, IReadOnlyList<TextBlock> newItems, int?[] oldToNew, int?[] newToOld)
    {
        var (n, m) = (oldItems.Count, newItems.Count);
        var common = new int[n + 1, m + 1];
        for (var o = n - 1; o >= 0; o--)
        {
            for (var k = m - 1; k >= 0; k--)
            {
                common[o, k] = oldItems[o].Text == newItems[k].Text
                    ? common[o + 1, k + 1] + 1
                    : Math.Max(common[o + 1, k], common[o, k + 1]);
            }
        }

        for (int o = 0, k = 0; o < n && k < m;)
        {
            if (oldItems[o].Text == newItems[k].Text)
            {
                oldToNew[o] = k;
                newToOld[k] = o;
                o++;
                k++;
            }
            else if (common[o + 1, k] >= common[o, k + 1])
            {
                o++;
            }
            else
            {
                k++;
            }
        }
    }

    /// <summary>Identical items left over after <see cref="MatchInOrder"/>: they moved.</summary>
    private static void MatchIdentical(IReadOnlyList<TextBlock> oldItems, IReadOnlyList<TextBlock> newItems, int?[] oldToNew, int?[] newToOld)
    {
        var byText = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var o = 0; o < oldItems.Count; o++)
        {
            if (oldToNew[o] is not null)
            {
                continue;
            }

            if (!byText.TryGetValue(oldItems[o].Text, out var queue))
            {
                byText[oldItems[o].Text] = queue = new Queue<int>();
            }

            queue.Enqueue(o);
        }

        for (var k = 0; k < newItems.Count; k++)
        {
            if (newToOld[k] is null && byText.TryGetValue(newItems[k].Text, out var queue) && queue.Count > 0)
            {
                var o = queue.Dequeue();
                oldToNew[o] = k;
                newToOld[k] = o;
            }
        }
    }

    /// <param name="sameGapOnly">
    /// Only pair items that sit between the same two already paired items, so that the pair keeps its place.
    /// </param>
    private static void MatchSimilar(
        IReadOnlyList<TextBlock> oldItems, IReadOnlyList<TextBlock> newItems, int?[] oldToNew, int?[] newToOld, bool sameGapOnly)
    {
        var oldLeft = Enumerable.Range(0, oldItems.Count).Where(o => oldToNew[o] is null).ToList();
        var newLeft = Enumerable.Range(0, newItems.Count).Where(k => newToOld[k] is null).ToList();
        if (oldLeft.Count == 0 || newLeft.Count == 0)
        {
            return;
        }

        var oldGap = Gaps(oldToNew);
        var newGap = Gaps(newToOld);
        var newProfiles = newLeft.ToDictionary(k => k, k => TextSimilarity.Of(newItems[k].Text));
        var candidates = new List<(double Score, int Old, int New)>();
        foreach (var o in oldLeft)
        {
            var profile = TextSimilarity.Of(oldItems[o].Text);
            foreach (var k in newLeft.Where(k => !sameGapOnly || oldGap[o] == newGap[k]))
            {
                var score = profile.Compare(newProfiles[k]);
                if (score >= SameItemThreshold)
                {
                    candidates.Add((score, o, k));
                }
            }
        }

        // Best pairs first; among equally good pairs prefer the one that keeps its place, then reading order.
        foreach (var (_, o, k) in candidates
                     .OrderByDescending(c => c.Score)
                     .ThenBy(c => Math.Abs(c.Old - c.New))
                     .ThenBy(c => c.New)
                     .ThenBy(c => c.Old))
        {
            if (oldToNew[o] is null && newToOld[k] is null)
            {
                oldToNew[o] = k;
                newToOld[k] = o;
            }
        }
    }

    /// <summary>For each item, how many paired items come before it: items with the same number share a gap.</summary>
    private static int[] Gaps(int?[] pairs)
    {
        var gaps = new int[pairs.Length];
        var seen = 0;
        for (var i = 0; i < pairs.Length; i++)
        {
            gaps[i] = seen;
            if (pairs[i] is not null)
            {
                seen++;
            }
        }

        return gaps;
    }

    /// <summary>
    /// Matched items outside the longest run that kept its order are the ones that moved. Keeping the longest run
    /// in place explains a reorder with the fewest moves: one bullet moved to the top is one move, not three.
    /// </summary>
    private static HashSet<int> FindMoves(int?[] newToOld)
    {
        var matched = Enumerable.Range(0, newToOld.Length).Where(n => newToOld[n] is not null).ToList();
        var length = new int[matched.Count];
        var previous = new int[matched.Count];
        var best = -1;
        for (var i = 0; i < matched.Count; i++)
        {
            length[i] = 1;
            previous[i] = -1;
            for (var j = 0; j < i; j++)
            {
                if (newToOld[matched[j]] < newToOld[matched[i]] && length[j] + 1 > length[i])
                {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }

            if (best < 0 || length[i] > length[best])
            {
                best = i;
            }
        }

        var kept = new HashSet<int>();
        for (var i = best; i >= 0; i = previous[i])
        {
            kept.Add(matched[i]);
        }

        return [.. matched.Where(n => !kept.Contains(n))];
    }

    /// <summary>
    /// One list in the order of the new version; a removed item is placed where it stood, before the first item
    /// that followed it in the old version and kept its place.
    /// </summary>
    private static List<ItemDiff> Merge(
        IReadOnlyList<TextBlock> oldItems, IReadOnlyList<TextBlock> newItems, int?[] oldToNew, int?[] newToOld, HashSet<int> moved)
    {
        var result = new List<ItemDiff>();
        var nextOld = 0;

        void EmitRemovedBefore(int oldIndex)
        {
            for (; nextOld < oldIndex; nextOld++)
            {
                if (oldToNew[nextOld] is null)
                {
                    var item = oldItems[nextOld];
                    result.Add(new ItemDiff(ItemChangeKind.Removed, nextOld, null, item, null, false, [new DiffSpan(DiffOp.Delete, item.Text)]));
                }
            }
        }

        // Where the next item that kept its place came from: removed items before it are listed before an added item,
        // so a replaced bullet reads as the old one struck out, then the new one.
        var nextAnchor = new int[newItems.Count + 1];
        nextAnchor[newItems.Count] = oldItems.Count;
        for (var n = newItems.Count - 1; n >= 0; n--)
        {
            nextAnchor[n] = newToOld[n] is { } o && !moved.Contains(n) ? o : nextAnchor[n + 1];
        }

        for (var n = 0; n < newItems.Count; n++)
        {
            var item = newItems[n];
            if (newToOld[n] is not { } o)
            {
                EmitRemovedBefore(nextAnchor[n]);
                result.Add(new ItemDiff(ItemChangeKind.Added, null, n, null, item, false, [new DiffSpan(DiffOp.Insert, item.Text)]));
                continue;
            }

            var isMoved = moved.Contains(n);
            if (!isMoved)
            {
                EmitRemovedBefore(o);
                nextOld = Math.Max(nextOld, o + 1);
            }

            var old = oldItems[o];
            var spans = TextDiff.Compute(old.Text, item.Text);
            var same = old.Text == item.Text && old.IsBullet == item.IsBullet && old.Level == item.Level;
            result.Add(new ItemDiff(same ? ItemChangeKind.Unchanged : ItemChangeKind.Changed, o, n, old, item, isMoved, spans));
        }

        EmitRemovedBefore(oldItems.Count);
        return result;
    }
}
