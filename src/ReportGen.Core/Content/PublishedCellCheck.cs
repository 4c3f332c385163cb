using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Content;

/// <summary>
/// A published edition renders from its record, so editing a cell it printed changes nothing it shows: such an
/// edit is almost always meant for the open edition (the FY2024 results sit right above the published FY2024
/// plans). Each cell of a measure file that a published edition printed must still read as printed.
/// </summary>
internal sealed class PublishedCellCheck
{
    private readonly DiagnosticBag _bag;

    public PublishedCellCheck(DiagnosticBag bag) => _bag = bag;

    public void Run(Report report)
    {
        foreach (var view in report.PublishedViews.Values)
        {
            var edition = view.Edition;
            foreach (var row in view.Rows)
            {
                if (report.FindMeasure(row.Id) is not { } measure)
                {
                    continue;
                }

                foreach (var kind in new[] { ColumnKind.Results, ColumnKind.Plans, ColumnKind.Offices })
                {
                    if (view.YearOf(kind) is not { } year || edition.Column(kind) is not { } column || measure.Year(year) is not { } entry)
                    {
                        continue;
                    }

                    var (printed, now) = kind == ColumnKind.Offices
                        ? (row.Offices?.Text ?? string.Empty, entry.Offices?.Text ?? string.Empty)
                        : (PlainText(row.YearCell(kind)), PlainText(kind == ColumnKind.Results ? entry.Results : entry.Plans));
                    if (printed == now || (now.Length == 0 && entry.SourceOf(kind) is null))
                    {
                        continue;
                    }

                    var at = entry.SourceOf(kind) ?? measure.Source;
                    var open = report.OpenEdition?.Columns.FirstOrDefault(c => c.Kind == kind && c.Year is not null);
                    var where = open is null ? string.Empty : $"{open.Header}なら {open.Year}: の {ColumnKinds.Name(kind)}: に書いてください。";
                    _bag.Error(
                        at.File,
                        at.Line,
                        at.Column,
                        $"この欄（{year}: の {ColumnKinds.Name(kind)}:、{column.Header}）は公表済みの版「{edition.Id}」に印刷された内容と違います。公表済みの版は変わりません。",
                        $"{where}公表した内容を訂正するときは、元に戻してから reportgen correct --edition {edition.Id} で正誤として記録してください。");
                }
            }
        }
    }

    private static string PlainText(RichText? text) =>
        text is null ? string.Empty : string.Join("\n", text.Blocks.Select(b => (b.IsBullet ? "- " : string.Empty) + b.Text));
}
