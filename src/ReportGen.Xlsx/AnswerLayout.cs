using ReportGen.Model;

namespace ReportGen.Xlsx;

/// <summary>
/// The shape of a 照会 workbook, shared by the writer and the reader: sheet names, the columns of the answer sheet and
/// the hidden sheet that records what the workbook was made from.
/// </summary>
internal static class AnswerLayout
{
    public const string Format = "reportgen-xlsx/1";

    public const string InstructionsSheet = "記入方法";

    public const string AnswerSheet = "回答";

    /// <summary>Hidden: the revision and the cell texts the workbook was made from (the base of a three-way merge).</summary>
    public const string RecordSheet = "_reportgen";

    /// <summary>First row of measures in the record sheet, below the key/value lines.</summary>
    public const int RecordFirstRow = 10;

    /// <summary>Row of the record sheet holding the answer sheet's headers as written, to recognise moved columns.</summary>
    public const int HeaderRecordRow = 8;

    /// <summary>Answer sheet columns, 1-based.</summary>
    public const int IdColumn = 1;
    public const int PlaceColumn = 2;
    public const int TitleColumn = 3;
    public const int PlannedColumn = 4;
    public const int OfficesColumn = 5;
    public const int ResultsColumn = 6;
    public const int PlansColumn = 7;
    public const int NewOfficesColumn = 8;
    public const int ColumnCount = 8;

    public static readonly int[] EditableColumns = [ResultsColumn, PlansColumn, NewOfficesColumn];

    /// <summary>The column's letter: 1 → A.</summary>
    public static string Letter(int column) => ((char)('A' + column - 1)).ToString();

    public static string CellName(int column, int row) => Letter(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The header row of the answer sheet for an edition; the reader compares it to recognise moved columns.</summary>
    public static string[] Headers(Edition edition)
    {
        var resultsYear = edition.Column(ColumnKind.Results)?.Year;
        return
        [
            "施策ID",
            "項目・目標",
            edition.Column(ColumnKind.Text)?.Header ?? "該当箇所",
            resultsYear is { } y ? $"{FiscalYear.ToJapanese(y)}の予定（前回の表）" : "前回の表の予定",
            "担当（現在）",
            edition.Column(ColumnKind.Results)?.Header ?? "実績・状況",
            edition.Column(ColumnKind.Plans)?.Header ?? "取組予定",
            "担当（変更がある場合のみ記入）",
        ];
    }
}
