namespace ReportGen.Diff.Output;

public enum GroupKind
{
    Section,
    Goal,
    Measure,
}

/// <summary>
/// What one heading row of the table introduces: a section, goal or measure that changed, and the rows that show how.
/// </summary>
/// <param name="Heading">e.g. 「m004　医療機器の研究開発…」 or 「目標 g05」.</param>
/// <param name="Context">Where it sits: a measure's 【goal】, a goal's （section）; null for a section.</param>
/// <param name="Status">新設, 削除, 移動, 変更, 名称変更 …, joined with ・.</param>
public sealed record ComparisonGroup(GroupKind Kind, string Id, string Heading, string? Context, string Status, IReadOnlyList<ComparisonRow> Rows);
