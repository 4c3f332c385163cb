using ReportGen.Editions;
using ReportGen.Model;

namespace ReportGen.Xlsx;

/// <summary>One measure's row in a 照会 workbook: what it shows read-only and the cells the office fills.</summary>
public sealed record AnswerRowSource(
    string Id,
    string Place,
    string Title,
    string Planned,
    string Offices,
    string Results,
    string Plans);

/// <summary>What a 照会 workbook holds: the open edition's rows for an office (or for all) and where they came from.</summary>
public sealed record AnswerWorkbook(
    string ReportTitle,
    Edition Edition,
    string? Office,
    ContentRevision Revision,
    string SendTo,
    string Gothic,
    IReadOnlyList<AnswerRowSource> Rows)
{
    /// <summary>Who the workbook is for, as the instructions name it.</summary>
    public string Addressee => Office ?? "全担当";

    /// <summary>
    /// The rows of <paramref name="edition"/> (the open one) whose 担当 names <paramref name="office"/> (all rows when
    /// null), each with last edition's plans for the year being reported beside the cells to fill.
    /// </summary>
    public static AnswerWorkbook Collect(Report report, Edition edition, string? office, ContentRevision revision, string sendTo)
    {
        var view = EditionView.Of(report, edition);
        var resultsYear = view.YearOf(ColumnKind.Results);
        var planned = PlansFor(report, resultsYear);
        var rows = new List<AnswerRowSource>();
        foreach (var section in view.Sections)
        {
            foreach (var goal in section.Goals.Where(g => !g.IsRepeat))
            {
                foreach (var row in goal.Rows.Where(r => !r.IsRepeat && (office is null || Concerns(r, office))))
                {
                    rows.Add(new AnswerRowSource(
                        row.Id,
                        // The section by its number only: its title is long and the same for many rows.
                        "（" + JapaneseDigits.ToFullWidth(section.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)) + "）" + goal.Heading,
                        row.DisplayTitle,
                        CellText.FromRichText(planned?.FindRow(row.Id)?.Plans),
                        row.Offices?.Text ?? string.Empty,
                        CellText.FromRichText(row.Results),
                        CellText.FromRichText(row.Plans)));
                }
            }
        }

        return new AnswerWorkbook(report.Settings.Title, edition, office, revision, sendTo, edition.Fonts.Gothic, rows);
    }

    /// <summary>Whether a row's 担当 names the office, as the main office or a supporting one (in parentheses).</summary>
    public static bool Concerns(RowView row, string office) =>
        row.Offices is { } o && o.Main.Concat(o.Supporting).Any(name => name.Contains(office, StringComparison.Ordinal));

    /// <summary>Every office named in the open edition's 担当, in order of first appearance.</summary>
    public static IReadOnlyList<string> OfficesOf(Report report, Edition edition) =>
        [.. EditionView.Of(report, edition).Rows.Where(r => r.Offices is not null).SelectMany(r => r.Offices!.Main.Concat(r.Offices.Supporting)).Distinct(StringComparer.Ordinal)];

    /// <summary>The published edition whose plans column shows <paramref name="year"/>: what was planned for it.</summary>
    private static EditionView? PlansFor(Report report, int? year) =>
        year is null
            ? null
            : report.Editions.Where(e => !e.IsDraft && e.Column(ColumnKind.Plans)?.Year == year).OrderByDescending(e => e.Date).Select(e => EditionView.Of(report, e)).FirstOrDefault();
}
