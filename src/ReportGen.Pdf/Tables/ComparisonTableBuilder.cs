using ReportGen.Diff.Output;
using ReportGen.Diff.Text;
using ReportGen.Model;
using ReportGen.Pdf.Layout;
using ReportGen.Pdf.Text;
using SkiaSharp;

namespace ReportGen.Pdf.Tables;

/// <summary>
/// Lays a <see cref="ComparisonDocument"/> out as a 新旧対照表: the title and which editions are compared, then a
/// two-column table (改正後 / 改正前, in the document's order) with a heading row per changed section, goal or measure
/// and a row per changed column; then the budget changes and plan against actual as tables of their own. The changed
/// parts are underlined (傍線) on both sides; the note 「（傍線部分は改正部分）」 is the document's label.
/// </summary>
public static class ComparisonTableBuilder
{
    /// <summary>The name of what follows inside a cell (a column header): small, so the text stays the eye's target.</summary>
    public static readonly TextStyle LabelStyle = new(7f, Bold: true);

    public static readonly TextStyle SubtitleStyle = new(10f);
    public static readonly TextStyle InfoStyle = new(8.5f);

    /// <summary>Shading of a plan that has no result: the line a reviewer is looking for.</summary>
    public static readonly SKColor FlagFill = new(0xFF, 0xEB, 0xC2);

    public static DocumentSpec Build(ComparisonDocument document, string pageNumberFormat)
    {
        var (leftCaption, rightCaption) = document.Sides(
            $"{ComparisonWording.OldSide}：{document.OldCaption}",
            $"{ComparisonWording.NewSide}：{document.NewCaption}");
        var title = new List<Paragraph>
        {
            new(ComparisonWording.Title, ReportTableBuilder.TitleStyle),
            new(document.ReportTitle, SubtitleStyle, SpaceBefore: 2),
            new(leftCaption, InfoStyle, SpaceBefore: 2),
            new(rightCaption, InfoStyle),
            new(document.Summary, InfoStyle, SpaceBefore: 2),
        };

        var tables = new List<TableSpec> { ComparisonTable(document) };
        tables.Add(BudgetTable(document.Budgets));
        if (document.BudgetNotes.Count > 0)
        {
            tables.Add(BudgetNoteTable(document.BudgetNotes));
        }

        if (document.PlanActual is { } planActual)
        {
            tables.Add(PlanActualTable(planActual));
        }

        return new DocumentSpec(title, ComparisonWording.Note, tables, pageNumberFormat) { LabelBoxed = false };
    }

    private static TableSpec ComparisonTable(ComparisonDocument document)
    {
        var (left, right) = document.SideHeaders;
        var header = new RowSpec([HeaderCell(left, 1), HeaderCell(right, 1)]);
        var rows = new List<RowSpec>();
        if (document.Groups.Count == 0)
        {
            rows.Add(Spanning([new Paragraph("表に変更はありません。", ReportTableBuilder.Body)], 2));
        }

        foreach (var group in document.Groups)
        {
            var heading = new List<Paragraph> { new($"{group.Heading}　〔{group.Status}〕", ReportTableBuilder.Bold) };
            if (group.Context is { } context)
            {
                heading.Add(new Paragraph(context, ReportTableBuilder.Body));
            }

            rows.Add(Spanning(heading, 2, ReportTableBuilder.SectionFill, keepWithNext: true));
            foreach (var row in group.Rows)
            {
                var (l, r) = document.Sides(row.Old, row.New);
                rows.Add(new RowSpec([new CellSpec(CellParagraphs(l), 1), new CellSpec(CellParagraphs(r), 1)]));
            }
        }

        return new TableSpec(header, rows);
    }

    /// <summary>The parts of one side of a row; text parts underlined where they changed.</summary>
    public static List<Paragraph> CellParagraphs(IReadOnlyList<ComparisonPart> parts)
    {
        var paragraphs = new List<Paragraph>();
        foreach (var part in parts)
        {
            var spacing = paragraphs.Count == 0 ? 0 : ReportTableBuilder.ItemSpacing;
            switch (part.Kind)
            {
                case PartKind.Label:
                    paragraphs.Add(new Paragraph(part.Text, LabelStyle, SpaceBefore: paragraphs.Count == 0 ? 0 : ReportTableBuilder.ItemSpacing * 3));
                    break;
                case PartKind.Text:
                    paragraphs.AddRange(ReportTableBuilder.BlockParagraphs(part.Text.Split('\n'), part.IsBullet, ReportTableBuilder.Body, spacing, ChangedRanges(part.Spans)));
                    break;
                default:
                    paragraphs.Add(new Paragraph(part.Text, ReportTableBuilder.Body, SpaceBefore: spacing));
                    break;
            }
        }

        return paragraphs;
    }

    /// <summary>Where the changed spans lie in the part's text: the 傍線部分.</summary>
    private static List<(int Start, int Length)> ChangedRanges(IReadOnlyList<DiffSpan> spans)
    {
        var ranges = new List<(int, int)>();
        var at = 0;
        foreach (var span in spans)
        {
            if (span.Op != DiffOp.Equal && span.Text.Length > 0)
            {
                ranges.Add((at, span.Text.Length));
            }

            at += span.Text.Length;
        }

        return ranges;
    }

    private static readonly (string Header, float Width)[] BudgetColumns = [("事業", 38), ("年度", 14), ("旧版", 18), ("新版", 18), ("前年度比", 12)];

    private static readonly (string Header, float Width)[] BudgetNoteColumns = [("施策", 8), ("欄", 6), ("記載", 62), ("確認すること", 24)];

    private static TableSpec BudgetTable(IReadOnlyList<BudgetChangeLine> lines)
    {
        var rows = lines.Count == 0
            ? [Spanning([new Paragraph("金額の変化はありません。", ReportTableBuilder.Body)], BudgetColumns.Sum(c => c.Width))]
            : lines.Select(l => PlainRow(BudgetColumns, l.Program, l.Year, l.Old, l.New, l.Change)).ToList();
        return new TableSpec(HeaderRow(BudgetColumns), rows, [new Paragraph("予算の変化", ReportTableBuilder.SectionStyle)]);
    }

    private static TableSpec BudgetNoteTable(IReadOnlyList<BudgetNoteLine> notes) =>
        new(
            HeaderRow(BudgetNoteColumns),
            [.. notes.Select(n => PlainRow(BudgetNoteColumns, n.MeasureId, n.Column, n.Text, n.Reason))],
            [new Paragraph("確認が必要な予算の記載（新版）", ReportTableBuilder.SectionStyle)]);

    private static RowSpec HeaderRow((string Header, float Width)[] columns) => new([.. columns.Select(c => HeaderCell(c.Header, c.Width))]);

    /// <summary>A row of plain texts, one per column; a line break in a text starts a new line.</summary>
    private static RowSpec PlainRow((string Header, float Width)[] columns, params string[] texts) =>
        new([.. texts.Select((text, i) => new CellSpec([.. text.Split('\n').Select(l => new Paragraph(l, ReportTableBuilder.Body))], columns[i].Width))]);

    private static TableSpec PlanActualTable(PlanActualSection section)
    {
        float[] widths = [43, 43, 14];
        var header = new RowSpec([HeaderCell(section.PlanHeader, widths[0]), HeaderCell(section.ResultHeader, widths[1]), HeaderCell("照合", widths[2])]);
        var rows = new List<RowSpec>();
        foreach (var group in section.Measures)
        {
            rows.Add(Spanning([new Paragraph(group.Heading, ReportTableBuilder.Bold)], widths.Sum(), ReportTableBuilder.SectionFill, keepWithNext: true));
            foreach (var line in group.Lines)
            {
                rows.Add(new RowSpec(
                [
                    new CellSpec(Item(line.Plan, "（予定なし）"), widths[0]),
                    new CellSpec(Item(line.Result, "（対応する実績なし）"), widths[1]),
                    new CellSpec(Assessment(line), widths[2], line.IsFlagged ? FlagFill : null),
                ]));
            }
        }

        var caption = new List<Paragraph>
        {
            new(section.Title, ReportTableBuilder.SectionStyle),
            new(section.Summary, ReportTableBuilder.Body, SpaceBefore: 1),
        };
        return new TableSpec(header, rows, caption);
    }

    /// <summary>The verdict on its first line, in bold when the plan has no result; the figure under it.</summary>
    private static List<Paragraph> Assessment(PlanActualLine line) =>
        [.. line.Assessment.Split('\n').Select((text, i) => new Paragraph(text, i == 0 && line.IsFlagged ? ReportTableBuilder.Bold : ReportTableBuilder.Body))];

    private static List<Paragraph> Item(TextBlock? block, string missing) =>
        block is null
            ? [new Paragraph(missing, ReportTableBuilder.Body)]
            : [.. ReportTableBuilder.BlockParagraphs(block.Lines, block.IsBullet, ReportTableBuilder.Body, 0, [])];

    private static CellSpec HeaderCell(string text, float width) => new([new Paragraph(text, ReportTableBuilder.HeaderStyle)], width, ReportTableBuilder.HeaderFill);

    private static RowSpec Spanning(IReadOnlyList<Paragraph> paragraphs, float width, SKColor? fill = null, bool keepWithNext = false) =>
        new([new CellSpec(paragraphs, width, fill)], keepWithNext);
}
