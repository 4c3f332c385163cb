using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ReportGen.Model;

namespace ReportGen.Editions;

/// <summary>
/// What one edition prints, and the one answer to that question: the PDF, the site, the publication record and the
/// diff all read an edition through this view. A draft's view is computed from the live tree
/// (<see cref="Compute"/>); a published edition's view is its record (<see cref="EditionRecord"/>), so nothing in the
/// live tree can change it.
/// </summary>
/// <remarks>
/// A view holds printed text, not references into the model: a published view must outlive the measures, goals and
/// sections it was made from (they may be renamed, moved or retired for the next edition).
/// </remarks>
public sealed record EditionView(Edition Edition, string Publisher, IReadOnlyList<SectionView> Sections)
{
    /// <summary>The view of <paramref name="edition"/>: its record when published, else computed from the live tree.</summary>
    public static EditionView Of(Report report, Edition edition) =>
        edition.Published is not null && report.PublishedViews.TryGetValue(edition.Id, out var recorded)
            ? recorded
            : Computed.GetValue(report, static _ => new(ReferenceEqualityComparer.Instance))
                .GetOrAdd(edition, static (e, r) => new Lazy<EditionView>(() => Compute(r, e)), report).Value;

    /// <summary>
    /// The views computed for each report, once each: a build asked for the open edition's view five times (the
    /// content checks, the PDF, the site, its status page, the published-text check), 3,000 measures each at 50× the
    /// seed. A report and its editions are immutable records, and a report changed with <c>with</c> is a new instance
    /// with views of its own; the table forgets a report when nothing else holds it.
    /// </summary>
    private static readonly ConditionalWeakTable<Report, ConcurrentDictionary<Edition, Lazy<EditionView>>> Computed = new();

    /// <summary>
    /// What the live tree prints for <paramref name="edition"/>: every section and goal of <c>structure.yaml</c> in
    /// order, and under each goal the measures that have something in one of the edition's year columns.
    /// </summary>
    /// <remarks>
    /// A measure is in an edition when it has a result, plan or 担当 cell for one of the edition's columns (an empty
    /// one included: it is still to be filled). Measures are
    /// long-lived, so this is how the tree says that a measure joined the table (its first year entry) or left it
    /// (no cells for the new years): content for other years (FY2022 only, say) never puts a row into this edition.
    /// </remarks>
    public static EditionView Compute(Report report, Edition edition)
    {
        var sections = new List<SectionView>();
        foreach (var section in report.Sections)
        {
            var goals = new List<GoalView>();
            foreach (var goal in section.Goals)
            {
                var rows = new List<RowView>();
                if (!goal.IsRepeat)
                {
                    rows.AddRange(OwnRows(report, goal, edition));
                }

                // A single measure repeated by reference is printed again in full under ＜title＞（再掲）.
                foreach (var measure in goal.RepeatedMeasures.Select(report.FindMeasure).OfType<Measure>())
                {
                    var row = RowView.Of(measure, report.EffectiveTitle(measure) ?? measure.Id, edition) with { IsRepeat = true, Title = null };
                    if (HasCells(measure, edition))
                    {
                        rows.Add(row);
                    }
                }

                var title = goal.IsRepeat ? report.FindGoal(goal.RepeatOf!)?.Title ?? goal.RepeatOf! : goal.Title;
                goals.Add(new GoalView(goal.Id, section.Id, title, goal.RepeatOf, rows));
            }

            sections.Add(new SectionView(section.Id, section.Number, section.Title, goals));
        }

        return new EditionView(edition, report.Settings.Publisher, sections);
    }

    /// <summary>
    /// A goal's measures in the edition. A measure without a title continues the titled one above it; when that one is
    /// not in this edition, the row prints the title it continues, so no row loses its heading.
    /// </summary>
    private static IEnumerable<RowView> OwnRows(Report report, Goal goal, Edition edition)
    {
        string? effective = null;
        string? lastPrinted = null;
        foreach (var measure in report.MeasuresOf(goal))
        {
            effective = measure.Title ?? effective;
            var row = RowView.Of(measure, effective ?? Untitled(measure), edition);
            if (!HasCells(measure, edition))
            {
                continue;
            }

            if (row.Title is null && effective is not null && effective != lastPrinted)
            {
                row = row with { Title = effective };
            }

            lastPrinted = effective;
            yield return row;
        }
    }

    /// <summary>
    /// Whether a measure has a cell for one of the edition's columns, filled or not: <c>results: ""</c> left by
    /// new-year is a cell still to fill (the row stays, and publication waits for it); a measure is retired by removing
    /// its cells.
    /// </summary>
    private static bool HasCells(Measure measure, Edition edition) =>
        edition.Columns.Any(c => c.Kind switch
        {
            ColumnKind.Results => c.Year is { } y && measure.Year(y)?.Results is not null,
            ColumnKind.Plans => c.Year is { } y && measure.Year(y)?.Plans is not null,
            ColumnKind.Offices => (c.Year ?? edition.Column(ColumnKind.Plans)?.Year) is { } y && measure.Year(y)?.Offices is not null,
            _ => false,
        });

    /// <summary>What lists call a measure that has no title to continue: the start of its text.</summary>
    private static string Untitled(Measure measure) =>
        measure.Text.Length == 0 ? measure.Id : Diagnostics.Printable.Shorten(measure.Text, 30);

    public bool IsDraft => Edition.IsDraft;

    /// <summary>The label as printed: 資料２－２, and 資料２－２（案） while the edition is a draft.</summary>
    public string PrintedLabel => IsDraft ? Edition.Label + DraftMark : Edition.Label;

    /// <summary>Printed beside the label of an edition that is not published yet.</summary>
    public const string DraftMark = "（案）";

    /// <summary>Goals with rows of their own, in order; goals shown again as （再掲） are references and left out.</summary>
    public IEnumerable<GoalView> Goals => Sections.SelectMany(s => s.Goals).Where(g => !g.IsRepeat);

    /// <summary>Each measure's own row, in reading order; rows printed again as （再掲） are left out.</summary>
    public IEnumerable<RowView> Rows => Sections.SelectMany(s => s.Goals).SelectMany(g => g.Rows).Where(r => !r.IsRepeat);

    /// <summary>
    /// A measure's own row. The site asks this once per measure and edition, so the rows are indexed by id on first use,
    /// once per list of sections (a view never changes its sections; <c>with</c> gives a new list and a new index).
    /// </summary>
    public RowView? FindRow(string measureId) => RowIndexes.GetValue(Sections, IndexRows).GetValueOrDefault(measureId);

    private static readonly ConditionalWeakTable<IReadOnlyList<SectionView>, Dictionary<string, RowView>> RowIndexes = new();

    private static Dictionary<string, RowView> IndexRows(IReadOnlyList<SectionView> sections)
    {
        var index = new Dictionary<string, RowView>(StringComparer.Ordinal);
        foreach (var row in sections.SelectMany(s => s.Goals).SelectMany(g => g.Rows).Where(r => !r.IsRepeat))
        {
            index.TryAdd(row.Id, row);
        }

        return index;
    }

    public GoalView? FindGoal(string goalId) => Goals.FirstOrDefault(g => g.Id == goalId);

    public SectionView? FindSection(string sectionId) => Sections.FirstOrDefault(s => s.Id == sectionId);

    /// <summary>The year a column shows in this edition, e.g. 2023 for 実績 of the 2024 edition.</summary>
    public int? YearOf(ColumnKind kind) => Edition.Column(kind)?.Year ?? (kind == ColumnKind.Offices ? YearOf(ColumnKind.Plans) : null);
}

/// <summary>（１）… with its goals in order.</summary>
public sealed record SectionView(string Id, int Number, string Title, IReadOnlyList<GoalView> Goals)
{
    /// <summary>（１）「…」に向けて, as printed.</summary>
    public string Heading => "（" + JapaneseDigits.ToFullWidth(Number.ToString(System.Globalization.CultureInfo.InvariantCulture)) + "）" + Title;
}

/// <summary>
/// 【…】 with the rows of its measures in reading order. A goal shown again in a later section (<see cref="RepeatOf"/>)
/// carries the original's title and prints （上記参照） instead of rows, except measures repeated by reference.
/// </summary>
public sealed record GoalView(string Id, string SectionId, string Title, string? RepeatOf, IReadOnlyList<RowView> Rows)
{
    public bool IsRepeat => RepeatOf is not null;

    /// <summary>【title】, or 【title】（再掲）.</summary>
    public string Heading => Labels.GoalHeading(Title) + (IsRepeat ? Labels.Repeat : string.Empty);
}

/// <summary>
/// One row of an edition: a measure as printed. <see cref="Title"/> is what the row prints in bold (null when it
/// continues the titled row above); <see cref="DisplayTitle"/> is the title it belongs under, for lists and headings.
/// A row repeated by reference (<see cref="IsRepeat"/>) prints under ＜DisplayTitle＞（再掲） and has no title itself.
/// </summary>
public sealed record RowView(
    string Id,
    string SectionId,
    string GoalId,
    string? Title,
    string DisplayTitle,
    string Text,
    string Marker,
    bool MarkerIsNote,
    RichText? Details,
    RichText? Results,
    RichText? Plans,
    Offices? Offices,
    bool IsRepeat = false)
{
    public bool HasYearContent => Results is not null || Plans is not null || Offices is not null;

    /// <summary>A row that continues the measure above (no title, no text) shares its 該当箇所 cell in the source.</summary>
    public bool ContinuesAbove => Title is null && Text.Length == 0 && Marker.Length == 0;

    public static RowView Of(Measure measure, string displayTitle, Edition edition)
    {
        static RichText? NonEmpty(RichText? text) => text is { Blocks.Count: > 0 } ? text : null;

        var results = edition.Column(ColumnKind.Results)?.Year is { } ry ? NonEmpty(measure.Year(ry)?.Results) : null;
        var plans = edition.Column(ColumnKind.Plans)?.Year is { } py ? NonEmpty(measure.Year(py)?.Plans) : null;

        // An offices column without a year shows the offices of the plans year, which is whom the plans concern.
        var officesYear = edition.Column(ColumnKind.Offices) is { } oc ? oc.Year ?? edition.Column(ColumnKind.Plans)?.Year : null;
        var offices = officesYear is { } oy && measure.Year(oy)?.Offices is { Text.Length: > 0 } o ? o : null;
        return new RowView(
            measure.Id,
            measure.SectionId,
            measure.GoalId,
            measure.Title,
            displayTitle,
            measure.Text,
            measure.Marker,
            measure.MinistriesNote is not null,
            measure.Details is { Blocks.Count: > 0 } ? measure.Details : null,
            results,
            plans,
            offices);
    }

    /// <summary>
    /// A cell as a list of items, the unit the diff pairs up. 該当箇所 is the row's printed title (rows that continue a
    /// title do not repeat it, so a changed title is reported once), the plan text with its marker ［◎厚、経］, and
    /// the details printed under it.
    /// </summary>
    public IReadOnlyList<TextBlock> Cell(ColumnKind column) => column switch
    {
        ColumnKind.Text => TextCell(),
        ColumnKind.Results => Results?.Blocks ?? [],
        ColumnKind.Plans => Plans?.Blocks ?? [],
        ColumnKind.Offices => Offices is null ? [] : [Paragraph(Offices.Text)],
        _ => [],
    };

    /// <summary>The cell of a year column, as rich text (null when empty).</summary>
    public RichText? YearCell(ColumnKind column) => column switch
    {
        ColumnKind.Results => Results,
        ColumnKind.Plans => Plans,
        _ => null,
    };

    private List<TextBlock> TextCell()
    {
        var blocks = new List<TextBlock>();
        if (Title is { Length: > 0 } title)
        {
            blocks.Add(Paragraph(title));
        }

        blocks.Add(Paragraph(Text + Marker));
        if (Details is not null)
        {
            blocks.AddRange(Details.Blocks);
        }

        return blocks;
    }

    private static TextBlock Paragraph(string text) => new(false, 0, text.Split('\n'));
}
