namespace ReportGen.Model;

/// <summary>Fixed wording the table prints around references, as in the published editions.</summary>
public static class Labels
{
    /// <summary>After a goal or measure shown again in a later section.</summary>
    public const string Repeat = "（再掲）";

    /// <summary>In place of the rows of a repeated goal.</summary>
    public const string SeeAbove = "（上記参照）";

    public static string GoalHeading(string title) => "【" + title + "】";

    /// <summary>A column's short name in lists of changes; its header (令和５年度の実績・状況) names the year too.</summary>
    public static string ColumnName(ColumnKind column) => column switch
    {
        ColumnKind.Text => "該当箇所",
        ColumnKind.Results => "実績",
        ColumnKind.Plans => "予定",
        _ => "担当",
    };

    /// <summary>A single measure repeated by reference: ＜title＞（再掲）.</summary>
    public static string RepeatedMeasure(string title) => "＜" + title.TrimStart('＜').TrimEnd('＞') + "＞" + Repeat;
}
