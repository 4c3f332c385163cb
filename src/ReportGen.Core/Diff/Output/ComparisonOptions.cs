namespace ReportGen.Diff.Output;

/// <summary>Which side of a 新旧対照表 is on the left. Offices differ; the usual order puts the new text first.</summary>
public enum SideOrder
{
    NewLeft,
    OldLeft,
}

/// <summary>Settings of the 新旧対照表 that do not come from the content.</summary>
public sealed record ComparisonOptions
{
    public static readonly ComparisonOptions Default = new();

    public SideOrder Order { get; init; } = SideOrder.NewLeft;
}
