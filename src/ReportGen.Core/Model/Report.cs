namespace ReportGen.Model;

/// <summary>The whole report as loaded from <c>content/</c>: settings, structure, measures and editions.</summary>
public sealed record Report(
    ReportSettings Settings,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Measure> Measures,
    IReadOnlyList<Edition> Editions)
{
    public IEnumerable<Goal> Goals => Sections.SelectMany(s => s.Goals).Where(g => !g.IsRepeat);

    public Goal? FindGoal(string id) => Goals.FirstOrDefault(g => g.Id == id);

    /// <summary>The first measure with <paramref name="id"/>, found in an index of <see cref="Measures"/>.</summary>
    public Measure? FindMeasure(string id) => MeasureIndex.Of(Measures).GetValueOrDefault(id);

    /// <summary>Measures of one goal in reading order.</summary>
    public IEnumerable<Measure> MeasuresOf(Goal goal) =>
        Measures.Where(m => m.GoalId == goal.Id).OrderBy(m => m.Order).ThenBy(m => m.Id, StringComparer.Ordinal);

    /// <summary>
    /// The title a measure is shown under. In the source several measures share one title: a measure without
    /// its own title continues the titled measure before it in the same goal.
    /// </summary>
    public string? EffectiveTitle(Measure measure)
    {
        if (measure.Title is not null)
        {
            return measure.Title;
        }

        var goal = FindGoal(measure.GoalId);
        if (goal is null)
        {
            return null;
        }

        string? last = null;
        foreach (var m in MeasuresOf(goal))
        {
            if (m.Id == measure.Id)
            {
                return last;
            }

            last = m.Title ?? last;
        }

        return last;
    }

    public Edition? LatestEdition => Editions.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).LastOrDefault();

    /// <summary>
    /// The open edition: the newest draft, which the live tree describes and editors fill. Null between publishing an
    /// edition and opening the next year.
    /// </summary>
    public Edition? OpenEdition => Editions.Where(e => e.IsDraft).OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).LastOrDefault();

    public Edition? FindEdition(string id) => Editions.FirstOrDefault(e => e.Id == id);

    /// <summary>
    /// What each published edition printed, read from its record: published editions are rendered from these, never
    /// from the measures, sections and goals above.
    /// </summary>
    public IReadOnlyDictionary<string, Editions.EditionView> PublishedViews { get; init; } =
        new Dictionary<string, Editions.EditionView>(StringComparer.Ordinal);
}

/// <summary>Settings shared by every edition: who publishes the report and which ministries take part.</summary>
public sealed record ReportSettings(
    string Title,
    string Publisher,
    IReadOnlyList<Ministry> Ministries)
{
    /// <summary>The offices that answer for measures (担当), in the order the secretariat lists them; may be empty.</summary>
    public IReadOnlyList<OfficeInfo> Offices { get; init; } = [];
}

/// <summary>
/// An office of the registry: its name as published (厚労省医療機器政策室), its ministry, and the short forms 担当
/// uses for it (医療機器政策室 in 「厚労省医療国際展開推進室・医療機器政策室」).
/// </summary>
public sealed record OfficeInfo(string Name, string? MinistryCode, IReadOnlyList<string> ShortForms);

/// <summary>A ministry as written in the lead/supporting markers, e.g. 厚 for 厚生労働省.</summary>
public sealed record Ministry(string Code, string Name);

/// <summary>（１）… a part of the Basic Plan; holds goals in order.</summary>
public sealed record Section(string Id, int Number, string Title, IReadOnlyList<Goal> Goals);

/// <summary>
/// 【…】 a goal. A goal marked （再掲） in a later section is a reference to the original (<see cref="RepeatOf"/>),
/// shown with （上記参照） instead of rows; a single measure can be repeated the same way (<see cref="RepeatedMeasures"/>).
/// </summary>
public sealed record Goal(
    string Id,
    string SectionId,
    string Title,
    string? RepeatOf,
    IReadOnlyList<string> RepeatedMeasures)
{
    public bool IsRepeat => RepeatOf is not null;
}

/// <summary>A ministry named in a measure's marker ［◎厚、経］; ◎ marks the lead (主担当).</summary>
public sealed record MinistryRef(string Code, bool IsLead)
{
    public override string ToString() => IsLead ? "◎" + Code : Code;
}

/// <summary>One measure (施策) of the Basic Plan, long-lived across editions.</summary>
public sealed record Measure(
    string Id,
    string SectionId,
    string GoalId,
    int Order,
    string? Title,
    string Text,
    bool TextIncomplete,
    RichText? Details,
    IReadOnlyList<MinistryRef> Ministries,
    string? MinistriesNote,
    IReadOnlyList<FiscalYearEntry> Years,
    SourceRef Source)
{
    public FiscalYearEntry? Year(int fiscalYear) => Years.FirstOrDefault(y => y.FiscalYear == fiscalYear);

    /// <summary>The marker as printed after the plan text: ［◎厚、経］ or ［note］.</summary>
    public string Marker => MinistriesNote is not null
        ? "［" + MinistriesNote + "］"
        : Ministries.Count == 0 ? string.Empty : "［" + string.Join("、", Ministries) + "］";
}

/// <summary>What a measure reports for one fiscal year: results (実績), plans (取組予定) and offices in charge (担当).</summary>
public sealed record FiscalYearEntry(int FiscalYear, RichText? Results, RichText? Plans, Offices? Offices)
{
    /// <summary>Where each cell (results, plans, offices) was written, for messages about one cell.</summary>
    public IReadOnlyDictionary<ColumnKind, SourceRef> Sources { get; init; } = new Dictionary<ColumnKind, SourceRef>();

    public SourceRef? SourceOf(ColumnKind kind) => Sources.TryGetValue(kind, out var at) ? at : null;

    /// <summary>Where the year key (<c>2025:</c>) was written.</summary>
    public SourceRef? KeySource { get; init; }
}

/// <summary>担当: the offices in charge, as published, and parsed into main and supporting (in parentheses) offices.</summary>
public sealed record Offices(string Text, IReadOnlyList<string> Main, IReadOnlyList<string> Supporting);

/// <summary>Where a thing was read from, for messages.</summary>
public sealed record SourceRef(string File, int Line, int Column)
{
    public static readonly SourceRef None = new(string.Empty, 0, 0);
}

/// <summary>
/// Measures by id, made once for each list of measures. Checks look a measure up for every row of every edition, and
/// a search through the list made that quadratic: 3,000 measures cost tens of milliseconds. The index is kept beside
/// the list rather than in <see cref="Report"/>, whose equality compares its fields and whose <c>with</c> copies them.
/// </summary>
internal static class MeasureIndex
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Measure>, Dictionary<string, Measure>> Indexes = [];

    public static Dictionary<string, Measure> Of(IReadOnlyList<Measure> measures) => Indexes.GetValue(measures, static list =>
    {
        var index = new Dictionary<string, Measure>(list.Count, StringComparer.Ordinal);
        foreach (var measure in list)
        {
            index.TryAdd(measure.Id, measure);
        }

        return index;
    });
}
