using ReportGen.Pdf.Layout;
using SkiaSharp;

namespace ReportGen.Pdf.Report;

/// <summary>A cell before layout: its paragraphs, relative width and background.</summary>
public sealed record CellSpec(IReadOnlyList<Paragraph> Paragraphs, float Width, SKColor? Background = null);

/// <summary>A row before layout; headings keep with the row after them.</summary>
public sealed record RowSpec(IReadOnlyList<CellSpec> Cells, bool KeepWithNext = false);

/// <summary>What the PDF shows, as paragraphs in cells: built from the model, then laid out.</summary>
public sealed record DocumentSpec(
    IReadOnlyList<Paragraph> Title,
    string Label,
    RowSpec Header,
    IReadOnlyList<RowSpec> Rows,
    string PageNumberFormat)
{
    /// <summary>Every paragraph's text, to prepare the fonts for exactly the characters drawn.</summary>
    public IEnumerable<Paragraph> AllParagraphs =>
        Title.Concat(Header.Cells.SelectMany(c => c.Paragraphs)).Concat(Rows.SelectMany(r => r.Cells.SelectMany(c => c.Paragraphs)));
}
