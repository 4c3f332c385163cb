namespace ReportGen.Diff.Output;

/// <summary>The fixed wording of a 新旧対照表, shared by its HTML and PDF forms.</summary>
public static class ComparisonWording
{
    public const string Title = "新旧対照表";

    public const string Note = "（傍線部分は改正部分）";

    public const string NewSide = "改正後";

    public const string OldSide = "改正前";

    /// <summary>On the old side of something that did not exist before.</summary>
    public const string Added = "（新設）";

    /// <summary>On the new side of something that no longer exists.</summary>
    public const string Removed = "（削除）";

    /// <summary>Unchanged text left out, as 新旧対照表 abbreviate what they do not amend.</summary>
    public const string Omitted = "（略）";

    /// <summary>A column that is empty on one side while the other side has text.</summary>
    public const string Blank = "（記載なし）";

    public const string Goal = "目標";

    public const string Section = "項目";
}
