using ReportGen.Model;
using ReportGen.Status;

namespace ReportGen.Html.Site;

/// <summary>
/// The report in reading order — sections （１）…, their goals 【…】, each goal's measures — and the look-ups the
/// pages share (where a measure sits, which offices report on it). Built once per site build so every page agrees
/// on order and headings.
/// </summary>
internal sealed class ReportOutline
{
    private readonly Dictionary<string, Placement> _placements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _titles = new(StringComparer.Ordinal);
    private readonly OfficeRegistry _registry;

    public ReportOutline(Report report)
    {
        Report = report;
        var order = new List<Measure>();
        foreach (var section in report.Sections)
        {
            foreach (var goal in section.Goals.Where(g => !g.IsRepeat))
            {
                // Same rule as Report.EffectiveTitle, worked out in one pass: asking the report per measure scans
                // every measure each time, which a report of thousands of measures notices.
                string? title = null;
                foreach (var measure in report.MeasuresOf(goal))
                {
                    title = measure.Title ?? title;
                    _titles.TryAdd(measure.Id, title);
                    if (_placements.TryAdd(measure.Id, new Placement(section, goal, order.Count)))
                    {
                        order.Add(measure);
                    }
                }
            }
        }

        ReadingOrder = order;
        _registry = new OfficeRegistry(report.Settings.Offices);
        Offices = CollectOffices(order);
    }

    public Report Report { get; }

    /// <summary>Every measure placed under a goal, in the order the table prints them.</summary>
    public IReadOnlyList<Measure> ReadingOrder { get; }

    /// <summary>Every office named in 担当 in any fiscal year, by name (ordinal), with what it reports on.</summary>
    public IReadOnlyList<OfficeDuties> Offices { get; }

    public Section SectionOf(Measure measure) => _placements[measure.Id].Section;

    public Goal GoalOf(Measure measure) => _placements[measure.Id].Goal;

    public Measure? Previous(Measure measure) =>
        _placements[measure.Id].Index is var i and > 0 ? ReadingOrder[i - 1] : null;

    public Measure? Next(Measure measure) =>
        _placements[measure.Id].Index is var i && i + 1 < ReadingOrder.Count ? ReadingOrder[i + 1] : null;

    /// <summary>The title shown for a measure's page and in lists; untitled measures continue the one above.</summary>
    public string TitleOf(Measure measure) =>
        (_titles.TryGetValue(measure.Id, out var title) ? title : Report.EffectiveTitle(measure)) ?? measure.Id;

    public static string SectionHeading(Section section) =>
        "（" + JapaneseDigits.ToFullWidth(section.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)) + "）" + section.Title;

    /// <summary>【title】, or 【title】（再掲） for a goal repeated from an earlier section.</summary>
    public string GoalHeading(Goal goal)
    {
        if (!goal.IsRepeat)
        {
            return Labels.GoalHeading(goal.Title);
        }

        var original = Report.FindGoal(goal.RepeatOf!);
        return Labels.GoalHeading(original?.Title ?? goal.RepeatOf!) + Labels.Repeat;
    }

    /// <summary>
    /// The offices one 担当 entry names: the registry's offices it mentions (「経済産業省ヘル産課・医福室」 is two), and
    /// what the registry does not know as written; the entry itself when there is no registry.
    /// </summary>
    public IReadOnlyList<string> OfficeNames(string entry)
    {
        if (_registry.IsEmpty)
        {
            return [entry];
        }

        var match = _registry.Match(entry);
        return [.. match.Offices.Select(o => o.Name).Concat(match.Unknown).Distinct(StringComparer.Ordinal)];
    }

    private List<OfficeDuties> CollectOffices(IReadOnlyList<Measure> order)
    {
        var duties = new SortedDictionary<string, List<OfficeDuty>>(StringComparer.Ordinal);
        foreach (var measure in order)
        {
            foreach (var entry in measure.Years.OrderBy(y => y.FiscalYear))
            {
                if (entry.Offices is null)
                {
                    continue;
                }

                foreach (var (name, supporting) in entry.Offices.Main.SelectMany(n => OfficeNames(n).Select(o => (o, false)))
                             .Concat(entry.Offices.Supporting.SelectMany(n => OfficeNames(n).Select(o => (o, true)))))
                {
                    if (!duties.TryGetValue(name, out var list))
                    {
                        duties[name] = list = [];
                    }

                    list.Add(new OfficeDuty(measure, entry.FiscalYear, supporting));
                }
            }
        }

        return [.. duties.Select(kv => new OfficeDuties(kv.Key, kv.Value))];
    }

    private sealed record Placement(Section Section, Goal Goal, int Index);
}

/// <summary>One office (担当) and every measure and fiscal year it is named for.</summary>
internal sealed record OfficeDuties(string Name, IReadOnlyList<OfficeDuty> Duties);

/// <summary>An office named for a measure in one fiscal year, as the main office or in （　） as supporting.</summary>
internal sealed record OfficeDuty(Measure Measure, int FiscalYear, bool Supporting);
