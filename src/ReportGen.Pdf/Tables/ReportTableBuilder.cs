using System.Globalization;
using ReportGen.Editions;
using ReportGen.Model;
using ReportGen.Pdf.Layout;
using ReportGen.Pdf.Text;
using SkiaSharp;

namespace ReportGen.Pdf.Tables;

/// <summary>
/// Lays the model out as the 資料２－２ table: a header row with the edition's column headers, a full-width row
/// for each section （１）… and goal 【…】, and a row per measure: title in bold above the plan text and its
/// marker, results and plans as bullet lists with a hanging indent, 担当, and 「－」 for an empty cell.
/// </summary>
public static class ReportTableBuilder
{
    public static readonly TextStyle Body = new(8f);
    public static readonly TextStyle Bold = new(8f, Bold: true);
    public static readonly TextStyle HeaderStyle = new(8.5f, Bold: true);
    public static readonly TextStyle SectionStyle = new(9f, Bold: true);
    public static readonly TextStyle GoalStyle = new(8.5f, Bold: true);
    public static readonly TextStyle TitleStyle = new(13f, Bold: true);

    /// <summary>Printed in a cell with nothing to show, as the source does.</summary>
    public const string EmptyCell = "－";

    internal const float ItemSpacing = 1.5f;

    public static readonly SKColor HeaderFill = new(0xE4, 0xE4, 0xE4);
    public static readonly SKColor SectionFill = new(0xF0, 0xF0, 0xF0);

    public static DocumentSpec Build(EditionView view)
    {
        var columns = view.Edition.Columns;
        var header = new RowSpec([.. columns.Select(c => new CellSpec([new Paragraph(c.Header, HeaderStyle)], (float)c.Width, HeaderFill))]);
        var rows = new List<RowSpec>();
        var full = (float)columns.Sum(c => c.Width);
        foreach (var section in view.Sections)
        {
            var sectionTitle = section.Heading;
            rows.Add(Spanning([new Paragraph(sectionTitle, SectionStyle) { Destination = (section.Id, sectionTitle, 0) }], full, SectionFill));
            foreach (var goal in section.Goals)
            {
                var heading = goal.Heading;
                rows.Add(goal.IsRepeat
                    ? Spanning([new Paragraph(heading, GoalStyle) { Destination = (goal.Id, heading, 1) }, new Paragraph(Labels.SeeAbove, Body)], full, keepWithNext: false)
                    : Spanning([new Paragraph(heading, GoalStyle) { Destination = (goal.Id, heading, 1) }], full));
                foreach (var row in goal.Rows)
                {
                    if (row.IsRepeat)
                    {
                        rows.Add(Spanning([new Paragraph(Labels.RepeatedMeasure(row.DisplayTitle), Bold)], full));
                    }

                    rows.Add(MeasureRow(row, columns));
                }
            }
        }

        var e = view.Edition;
        return new DocumentSpec([new Paragraph(e.Title, TitleStyle)], view.PrintedLabel, [new TableSpec(header, rows)], e.PageNumberStyle);
    }

    private static RowSpec Spanning(IReadOnlyList<Paragraph> paragraphs, float width, SKColor? fill = null, bool keepWithNext = true) =>
        new([new CellSpec(paragraphs, width, fill)], keepWithNext);

    private static RowSpec MeasureRow(RowView row, IReadOnlyList<EditionColumn> columns) =>
        new([.. columns.Select(c => new CellSpec(CellParagraphs(row, c), (float)c.Width))]);

    private static List<Paragraph> CellParagraphs(RowView row, EditionColumn column)
    {
        var paragraphs = column.Kind switch
        {
            ColumnKind.Text => TextCell(row),
            ColumnKind.Results => RichCell(row.Results),
            ColumnKind.Plans => RichCell(row.Plans),
            ColumnKind.Offices => row.Offices is { } o ? [new Paragraph(o.Text, Body)] : [],
            _ => [],
        };

        var continuation = column.Kind == ColumnKind.Text && row.ContinuesAbove;
        return paragraphs.Count > 0 || continuation ? paragraphs : [new Paragraph(EmptyCell, Body)];
    }

    private static List<Paragraph> TextCell(RowView row)
    {
        var paragraphs = new List<Paragraph>();
        if (row.Title is not null)
        {
            paragraphs.Add(new Paragraph(row.Title, Bold));
        }

        var text = row.Text + row.Marker;
        if (text.Length > 0)
        {
            paragraphs.Add(new Paragraph(text, Body, SpaceBefore: paragraphs.Count > 0 ? ItemSpacing : 0));
        }

        if (row.Details is not null)
        {
            paragraphs.AddRange(RichCell(row.Details).Select((p, i) => i == 0 ? p with { SpaceBefore = ItemSpacing * 2 } : p));
        }

        return paragraphs;
    }

    private static List<Paragraph> RichCell(RichText? text)
    {
        var paragraphs = new List<Paragraph>();
        if (text is null)
        {
            return paragraphs;
        }

        foreach (var block in text.Blocks)
        {
            paragraphs.AddRange(BlockParagraphs(block.Lines, block.IsBullet, Body, paragraphs.Count > 0 ? ItemSpacing : 0, []));
        }

        return paragraphs;
    }

    /// <summary>
    /// One paragraph per line the editor wrote; a bullet item prints its bullet on the first line and hangs the others
    /// under its text. <paramref name="underlines"/> are ranges of the lines joined with line breaks, as the diff sees the
    /// item; each line gets the part that falls on it.
    /// </summary>
    internal static IEnumerable<Paragraph> BlockParagraphs(
        IReadOnlyList<string> lines, bool isBullet, TextStyle style, float spaceBefore, IReadOnlyList<(int Start, int Length)> underlines)
    {
        var lineStart = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var spacing = i == 0 ? spaceBefore : 0;
            var paragraph = isBullet
                ? new Paragraph(line, style, i == 0 ? TextElement.Bullet : null, IndentLikeBullet: i > 0, SpaceBefore: spacing)
                : new Paragraph(line, style, SpaceBefore: spacing);
            var start = lineStart;
            var ranges = underlines
                .Select(u => (Start: Math.Max(u.Start, start), End: Math.Min(u.Start + u.Length, start + line.Length)))
                .Where(r => r.Start < r.End)
                .Select(r => (r.Start - start, r.End - r.Start))
                .ToList();
            yield return ranges.Count == 0 ? paragraph : paragraph with { Underlines = ranges };
            lineStart += line.Length + 1;
        }
    }
}
