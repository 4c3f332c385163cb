using ReportGen.Pdf.Layout;
using SkiaSharp;

namespace ReportGen.Pdf.Tables;

/// <summary>A cell before layout: its paragraphs, relative width and background.</summary>
public sealed record CellSpec(IReadOnlyList<Paragraph> Paragraphs, float Width, SKColor? Background = null);

/// <summary>A row before layout; headings keep with the row after them.</summary>
public sealed record RowSpec(IReadOnlyList<CellSpec> Cells, bool KeepWithNext = false);

/// <summary>A table before layout: the header row repeated on each of its pages, its rows, and a caption above it.</summary>
public sealed record TableSpec(RowSpec Header, IReadOnlyList<RowSpec> Rows, IReadOnlyList<Paragraph>? Caption = null)
{
    public IEnumerable<Paragraph> AllParagraphs =>
        (Caption ?? []).Concat(Header.Cells.SelectMany(c => c.Paragraphs)).Concat(Rows.SelectMany(r => r.Cells.SelectMany(c => c.Paragraphs)));
}

/// <summary>What the PDF shows, as paragraphs in cells: built from the model, then laid out.</summary>
/// <param name="Label">Printed at the top right of page 1: boxed, like 資料２－２, or plain, like a 新旧対照表's note.</param>
public sealed record DocumentSpec(
    IReadOnlyList<Paragraph> Title,
    string Label,
    IReadOnlyList<TableSpec> Tables,
    string PageNumberFormat)
{
    /// <summary>Whether <see cref="Label"/> is drawn in a box (a document number) or as plain text (a note).</summary>
    public bool LabelBoxed { get; init; } = true;

    /// <summary>Every paragraph's text, to prepare the fonts for exactly the characters drawn.</summary>
    public IEnumerable<Paragraph> AllParagraphs => Title.Concat(Tables.SelectMany(t => t.AllParagraphs));
}
