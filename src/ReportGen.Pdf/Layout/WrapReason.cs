namespace ReportGen.Pdf.Layout;

/// <summary>
/// Why an element answered <see cref="SpacePlanKind.Wrap"/>. Containers pass on the reason of the child that stopped
/// them, so when content fits not even on an empty page the error can say what is too big instead of only that
/// something is.
/// </summary>
public enum WrapReason
{
    /// <summary>Not a wrap.</summary>
    None,

    /// <summary>Not even the first line of a text is as short as the height left.</summary>
    LineTallerThanSpace,

    /// <summary>The part of a row before the page break would be shorter than the row's minimum split.</summary>
    SplitRowTooShort,

    /// <summary>A table's caption does not fit whole.</summary>
    CaptionDoesNotFit,

    /// <summary>A table's header row does not fit whole.</summary>
    HeaderDoesNotFit,

    /// <summary>A heading row fits, but the row it is kept with cannot start below it.</summary>
    HeadingWithoutNextRow,
}

/// <summary>
/// The words for a <see cref="WrapReason"/>: in English for the exception, in Japanese for the person who set the page
/// up. Both are here so that a new reason is worded in both at once.
/// </summary>
public static class WrapReasons
{
    public static string Describe(this WrapReason reason) => reason switch
    {
        WrapReason.LineTallerThanSpace => "a line of text is taller than the space left for it",
        WrapReason.SplitRowTooShort => "a table row would be split with less than its minimum before the page break",
        WrapReason.CaptionDoesNotFit => "a table caption does not fit whole",
        WrapReason.HeaderDoesNotFit => "a table header row does not fit whole",
        WrapReason.HeadingWithoutNextRow => "a heading row and the row kept with it do not fit together",
        _ => "no reason given",
    };

    public static string DescribeInJapanese(this WrapReason reason) => reason switch
    {
        WrapReason.LineTallerThanSpace => "余白を除いた高さに、1 行の文字も入りません",
        WrapReason.SplitRowTooShort => "表の行を改ページで分けると、ページに残る部分が短すぎます",
        WrapReason.CaptionDoesNotFit => "表の上の説明が 1 ページに収まりません",
        WrapReason.HeaderDoesNotFit => "表の見出し行が 1 ページに収まりません",
        WrapReason.HeadingWithoutNextRow => "見出しの行と、それに続く施策の行が 1 ページに収まりません",
        _ => "内容が 1 ページに収まりません",
    };
}
