using ReportGen.Model;

namespace ReportGen.Diff;

/// <summary>
/// What one edition shows: its sections, their goals, and under each goal one row per measure with the four cells
/// 該当箇所 / 実績 (results of the edition's results year) / 予定 (plans of its plans year) / 担当.
/// Goals shown again as （再掲） are references, not rows, and are left out.
/// </summary>
/// <remarks>
/// A measure is in an edition when it has something to show in one of the edition's year columns. Measures are
/// long-lived, so this is how a content tree says that a measure joined the table (its first year entry) or left it
/// (an office stops reporting on it): the same tree then yields an added measure in one edition and a removed one in
/// another, while each edition still shows exactly what was published.
/// </remarks>
public sealed record EditionView(Report Report, Edition Edition, IReadOnlyList<SectionView> Sections)
{
    public static EditionView Of(Report report, Edition edition)
    {
        var sections = new List<SectionView>();
        foreach (var section in report.Sections)
        {
            var goals = new List<GoalView>();
            foreach (var goal in section.Goals.Where(g => !g.IsRepeat))
            {
                var rows = report.MeasuresOf(goal)
                    .Select(m => RowView.Of(m, edition))
                    .Where(r => r.HasYearContent)
                    .ToList();
                goals.Add(new GoalView(goal.Id, section.Id, goal.Title, rows));
            }

            sections.Add(new SectionView(section.Id, section.Number, section.Title, goals));
        }

        return new EditionView(report, edition, sections);
    }

    public IEnumerable<GoalView> Goals => Sections.SelectMany(s => s.Goals);

    public IEnumerable<RowView> Rows => Goals.SelectMany(g => g.Rows);

    public RowView? FindRow(string measureId) => Rows.FirstOrDefault(r => r.Id == measureId);

    public GoalView? FindGoal(string goalId) => Goals.FirstOrDefault(g => g.Id == goalId);

    public SectionView? FindSection(string sectionId) => Sections.FirstOrDefault(s => s.Id == sectionId);

    /// <summary>The year a column shows in this edition, e.g. 2023 for 実績 of the 2024 edition.</summary>
    public int? YearOf(ColumnKind kind) => Edition.Column(kind)?.Year;
}

/// <summary>（１）… with its goals in order.</summary>
public sealed record SectionView(string Id, int Number, string Title, IReadOnlyList<GoalView> Goals);

/// <summary>【…】 with the rows of its measures in reading order.</summary>
public sealed record GoalView(string Id, string SectionId, string Title, IReadOnlyList<RowView> Rows);

/// <summary>One row of an edition: a measure and the cells the edition's columns show for it.</summary>
public sealed record RowView(Measure Measure, RichText? Results, RichText? Plans, Offices? Offices)
{
    public string Id => Measure.Id;

    public string GoalId => Measure.GoalId;

    public string SectionId => Measure.SectionId;

    public bool HasYearContent => Results is not null || Plans is not null || Offices is not null;

    public static RowView Of(Measure measure, Edition edition)
    {
        static RichText? NonEmpty(RichText? text) => text is { Blocks.Count: > 0 } ? text : null;

        var results = edition.Column(ColumnKind.Results)?.Year is { } ry ? NonEmpty(measure.Year(ry)?.Results) : null;
        var plans = edition.Column(ColumnKind.Plans)?.Year is { } py ? NonEmpty(measure.Year(py)?.Plans) : null;

        // An offices column without a year shows the offices of the plans year, which is whom the plans concern.
        var officesYear = edition.Column(ColumnKind.Offices) is { } oc ? oc.Year ?? edition.Column(ColumnKind.Plans)?.Year : null;
        var offices = officesYear is { } oy && measure.Year(oy)?.Offices is { Text.Length: > 0 } o ? o : null;
        return new RowView(measure, results, plans, offices);
    }

    /// <summary>
    /// A cell as a list of items, the unit the diff pairs up. 該当箇所 is the measure's own title (measures that
    /// continue a title do not repeat it, so a changed title is reported once), the plan text with its marker
    /// ［◎厚、経］, and the details printed under it.
    /// </summary>
    public IReadOnlyList<TextBlock> Cell(ColumnKind column) => column switch
    {
        ColumnKind.Text => TextCell(),
        ColumnKind.Results => Results?.Blocks ?? [],
        ColumnKind.Plans => Plans?.Blocks ?? [],
        ColumnKind.Offices => Offices is null ? [] : [Paragraph(Offices.Text)],
        _ => [],
    };

    private List<TextBlock> TextCell()
    {
        var blocks = new List<TextBlock>();
        if (Measure.Title is { Length: > 0 } title)
        {
            blocks.Add(Paragraph(title));
        }

        blocks.Add(Paragraph(Measure.Text + Measure.Marker));
        if (Measure.Details is not null)
        {
            blocks.AddRange(Measure.Details.Blocks);
        }

        return blocks;
    }

    private static TextBlock Paragraph(string text) => new(false, 0, text.Split('\n'));
}
