using ReportGen.Diff.Text;

namespace ReportGen.Diff.Output;

public enum PartKind
{
    /// <summary>The name of what follows (a column header, 目標), not content.</summary>
    Label,

    /// <summary>A paragraph or bullet item of the content.</summary>
    Text,

    /// <summary>Unchanged items left out: 「（略）」.</summary>
    Omitted,

    /// <summary>「（新設）」, 「（削除）」 or 「（記載なし）」 standing for a side that has nothing.</summary>
    Placeholder,
}

/// <summary>
/// A piece of a 新旧対照表 cell. <see cref="Spans"/> are Equal, or Delete on the old side and Insert on the new side for
/// the changed parts (傍線部分); the inline view mixes both. A text may contain line breaks the editor wrote.
/// </summary>
/// <param name="Note">What the inline view says beside a part that changed place or form, e.g. 移動.</param>
public sealed record ComparisonPart(PartKind Kind, bool IsBullet, IReadOnlyList<DiffSpan> Spans, string? Note = null)
{
    public string Text => string.Concat(Spans.Select(s => s.Text));

    public static ComparisonPart Fixed(PartKind kind, string text) => new(kind, false, [new DiffSpan(DiffOp.Equal, text)]);
}
