using System.Globalization;
using ReportGen.Editions;
using ReportGen.Html.Site;
using ReportGen.Html.Text;
using ReportGen.Model;

namespace ReportGen.Html.Pages;

/// <summary>
/// One edition's table in the 資料２－２ layout: the edition's columns (該当箇所 / 実績・状況 / 取組予定 / 担当 and
/// whatever later editions choose), a row spanning all columns for each section （１）… and goal 【…】, and a row
/// per measure. Built once per edition and shared by the top page and the edition's page.
/// </summary>
internal sealed record EditionTable(string Caption, IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableSection> Sections)
{
    public int ColumnCount => Columns.Count;

    /// <param name="measurePages">Measures that have a page of their own; a row of a retired measure links nowhere.</param>
    public static EditionTable Build(EditionView view, IReadOnlySet<string> measurePages)
    {
        var edition = view.Edition;
        var total = edition.Columns.Sum(c => c.Width);
        var columns = edition.Columns
            .Select(c => new TableColumn(
                KindName(c.Kind),
                c.Header,
                (total > 0 ? c.Width * 100 / total : 100.0 / edition.Columns.Count).ToString("0.##", CultureInfo.InvariantCulture)))
            .ToList();

        var sections = view.Sections
            .Select(section => new TableSection(
                "section-" + SitePaths.Slug(section.Id),
                section.Heading,
                [.. section.Goals.Select(goal => new TableGoal(
                    "goal-" + SitePaths.Slug(goal.Id),
                    goal.Heading,
                    goal.IsRepeat,
                    goal.IsRepeat ? "goal-" + SitePaths.Slug(goal.RepeatOf!) : null,
                    [.. goal.Rows.Select(row => Row(edition, row, measurePages))]))]))
            .ToList();

        return new EditionTable(view.PrintedLabel + "　" + edition.Title, columns, sections);
    }

    private static TableRow Row(Edition edition, RowView row, IReadOnlySet<string> measurePages) =>
        new(
            row.IsRepeat ? null : "measure-" + SitePaths.Slug(row.Id),
            row.Id,
            measurePages.Contains(row.Id) ? SitePaths.Measure(row.Id) : null,
            row.IsRepeat ? Labels.RepeatedMeasure(row.DisplayTitle) : row.Title,
            row.IsRepeat,
            RichTextHtml.Lines(row.Text),
            row.Marker,
            row.MarkerIsNote,
            RichTextHtml.Render(row.Details),
            [.. edition.Columns.Select(column => Cell(column, row))]);

    private static TableCell Cell(EditionColumn column, RowView row)
    {
        var html = column.Kind switch
        {
            ColumnKind.Results => RichTextHtml.Render(row.Results),
            ColumnKind.Plans => RichTextHtml.Render(row.Plans),
            ColumnKind.Offices when row.Offices is { } offices && offices.Text.Length > 0 => RichTextHtml.Lines(offices.Text),
            _ => null,
        };
        return new TableCell(KindName(column.Kind), column.Header, html);
    }

    private static string KindName(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => "text",
        ColumnKind.Results => "results",
        ColumnKind.Plans => "plans",
        ColumnKind.Offices => "offices",
        _ => "other",
    };
}

/// <summary>A column: its kind (text, results, plans, offices), header and share of the table's width in percent.</summary>
internal sealed record TableColumn(string Kind, string Header, string WidthPercent);

/// <summary>（１）「…」に向けて and its goals.</summary>
internal sealed record TableSection(string Anchor, string Heading, IReadOnlyList<TableGoal> Goals);

/// <summary>
/// 【…】 and its measures. A repeated goal has no rows of its own; the table prints （上記参照） linking to
/// <see cref="SeeAboveAnchor"/>, the original goal.
/// </summary>
internal sealed record TableGoal(string Anchor, string Heading, bool IsRepeat, string? SeeAboveAnchor, IReadOnlyList<TableRow> Rows);

/// <summary>
/// A measure's row. <see cref="Title"/> is null for a measure that continues the titled one above (the table shows
/// no title for it), and ＜title＞（再掲） for a repeated measure, whose row has no anchor so ids stay unique.
/// A marker of ministries ［◎厚、経］ is kept on one line; a marker that is a note (<see cref="MarkerIsNote"/>) is
/// prose and wraps.
/// </summary>
internal sealed record TableRow(
    string? Anchor,
    string Id,
    string? Url,
    string? Title,
    bool IsRepeat,
    HtmlFragment Text,
    string Marker,
    bool MarkerIsNote,
    HtmlFragment? Details,
    IReadOnlyList<TableCell> Cells);

/// <summary>One cell: its column's kind and header (the label when the table is stacked on a phone), and its content; null prints 「－」.</summary>
internal sealed record TableCell(string Kind, string Label, HtmlFragment? Html);
