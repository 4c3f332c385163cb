namespace ReportGen.Diff.Output;

/// <summary>One row of the table: the old and new cell, and the same change as one inline text.</summary>
public sealed record ComparisonRow(IReadOnlyList<ComparisonPart> Old, IReadOnlyList<ComparisonPart> New, IReadOnlyList<ComparisonPart> Inline);
