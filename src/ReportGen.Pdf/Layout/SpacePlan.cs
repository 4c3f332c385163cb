namespace ReportGen.Pdf.Layout;

public readonly record struct Size(float Width, float Height);

public enum SpacePlanKind
{
    /// <summary>Nothing left to draw.</summary>
    Empty,

    /// <summary>Everything left fits.</summary>
    FullRender,

    /// <summary>Part fits; the rest goes on the next page.</summary>
    PartialRender,

    /// <summary>Nothing fits here; move on to the next page.</summary>
    Wrap,
}

/// <summary>
/// What an element would take of the space offered: the answer of a side-effect-free <c>Measure</c>. A wrap says
/// why (<see cref="WrapReason"/>), so that content which fits nowhere can be reported with its cause.
/// </summary>
public readonly record struct SpacePlan(SpacePlanKind Kind, float Height, WrapReason Reason = WrapReason.None)
{
    public static SpacePlan Empty => new(SpacePlanKind.Empty, 0);

    public static SpacePlan Wrap(WrapReason reason) => new(SpacePlanKind.Wrap, 0, reason);

    public static SpacePlan Full(float height) => new(SpacePlanKind.FullRender, height);

    public static SpacePlan Partial(float height) => new(SpacePlanKind.PartialRender, height);

    public bool DrawsSomething => Kind is SpacePlanKind.FullRender or SpacePlanKind.PartialRender;
}
