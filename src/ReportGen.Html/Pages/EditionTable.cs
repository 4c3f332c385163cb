using System.Globalization;
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

    public static EditionTable Build(ReportOutline outline, Edition edition)
    {
        var report = outline.Report;
        var total = edition.Columns.Sum(c => c.Width);
        var columns = edition.Columns
            .Select(c => new TableColumn(
                KindName(c.Kind),
                c.Header,
                (total > 0 ? c.Width * 100 / total : 100.0 / edition.Columns.Count).ToString("0.##", CultureInfo.InvariantCulture)))
            .ToList();

        var sections = new List<TableSection>();
        foreach (var section in report.Sections)
        {
            var goals = new List<TableGoal>();
            foreach (var goal in section.Goals)
            {
                var rows = new List<TableRow>();
                if (!goal.IsRepeat)
                {
                    rows.AddRange(report.MeasuresOf(goal).Select(m => Row(outline, edition, m, repeated: false)));
                }

                // A single measure repeated by reference is printed in full again, under ＜title＞（再掲）.
                rows.AddRange(goal.RepeatedMeasures
                    .Select(report.FindMeasure)
                    .OfType<Measure>()
                    .Select(m => Row(outline, edition, m, repeated: true)));

                goals.Add(new TableGoal(
                    "goal-" + SitePaths.Slug(goal.Id),
                    outline.GoalHeading(goal),
                    goal.IsRepeat,
                    goal.IsRepeat ? "goal-" + SitePaths.Slug(goal.RepeatOf!) : null,
                    rows));
            }

            sections.Add(new TableSection("section-" + SitePaths.Slug(section.Id), ReportOutline.SectionHeading(section), goals));
        }

        return new EditionTable(edition.Label + "　" + edition.Title, columns, sections);
    }

    private static TableRow Row(ReportOutline outline, Edition edition, Measure measure, bool repeated)
    {
        var cells = edition.Columns.Select(column => Cell(column, measure)).ToList();
        var title = repeated
            ? Labels.RepeatedMeasure(outline.TitleOf(measure))
            : measure.Title;
        return new TableRow(
            repeated ? null : "measure-" + SitePaths.Slug(measure.Id),
            measure.Id,
            SitePaths.Measure(measure.Id),
            title,
            repeated,
            RichTextHtml.Lines(measure.Text),
            measure.Marker,
            measure.MinistriesNote is not null,
            RichTextHtml.Render(measure.Details),
            cells);
    }

    private static TableCell Cell(EditionColumn column, Measure measure)
    {
        var entry = column.Year is { } year ? measure.Year(year) : null;
        var html = column.Kind switch
        {
            ColumnKind.Results => RichTextHtml.Render(entry?.Results),
            ColumnKind.Plans => RichTextHtml.Render(entry?.Plans),
            ColumnKind.Offices when entry?.Offices is { } offices && offices.Text.Length > 0 => RichTextHtml.Lines(offices.Text),
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
    string Url,
    string? Title,
    bool IsRepeat,
    HtmlFragment Text,
    string Marker,
    bool MarkerIsNote,
    HtmlFragment? Details,
    IReadOnlyList<TableCell> Cells);

/// <summary>One cell: its column's kind and header (the label when the table is stacked on a phone), and its content; null prints 「－」.</summary>
internal sealed record TableCell(string Kind, string Label, HtmlFragment? Html);
