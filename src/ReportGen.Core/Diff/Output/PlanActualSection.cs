using ReportGen.Model;

namespace ReportGen.Diff.Output;

/// <summary>A plan item beside the result it became, or a result that no plan announced.</summary>
/// <param name="Plan">Null for a result no plan announced.</param>
/// <param name="Result">Null for a plan without a result.</param>
/// <param name="Assessment">類似度 0.62 (bigram Dice, 0 to 1), or why the line is flagged; its first line is the verdict.</param>
public sealed record PlanActualLine(TextBlock? Plan, TextBlock? Result, bool IsFlagged, string Assessment);

public sealed record PlanActualGroup(string MeasureId, string Heading, IReadOnlyList<PlanActualLine> Lines);

/// <summary>Plan against actual for one fiscal year, laid out for reading.</summary>
public sealed record PlanActualSection(string Title, string Summary, string PlanHeader, string ResultHeader, IReadOnlyList<PlanActualGroup> Measures);
