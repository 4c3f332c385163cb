namespace ReportGen.Diff.Output;

/// <summary>A budget whose figures changed: one line of the budget table, figures one per line.</summary>
public sealed record BudgetChangeLine(string Program, string Year, string Old, string New, string Change);

/// <summary>A budget phrase of the new edition that a reviewer should look at (unread, misspelt, without a program).</summary>
public sealed record BudgetNoteLine(string MeasureId, string Column, string Text, string Reason);
