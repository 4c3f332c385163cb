using ReportGen.Model;

namespace ReportGen.Content;

/// <summary>
/// Checks that need more than one file: that measures name sections, goals and ministries that exist, that repeated
/// measures exist, and that each year a draft edition shows is filled in by some measure.
/// </summary>
internal sealed class CrossChecks
{
    private readonly ContentFolder _folder;
    private readonly IReadOnlyDictionary<string, Dictionary<string, (int Line, int Column)>> _positions;

    /// <param name="positions">Where each value of each measure is, from <see cref="MeasureReader.ValuePositions"/>.</param>
    public CrossChecks(ContentFolder folder, IReadOnlyDictionary<string, Dictionary<string, (int Line, int Column)>> positions)
    {
        _folder = folder;
        _positions = positions;
    }

    /// <summary>Set when a draft edition shows a year no measure has: the checks against the open edition would only
    /// echo it, once per measure.</summary>
    public bool EditionsBroken { get; private set; }

    /// <summary>Checks that need more than one file: references between measures, goals, sections and editions.</summary>
    public void Run(Report report)
    {
        var ministryCodes = report.Settings.Ministries.Select(m => m.Code).ToHashSet();
        var sectionIds = report.Sections.Select(s => s.Id).ToHashSet();
        foreach (var measure in report.Measures)
        {
            var file = measure.Source.File;
            var goal = report.FindGoal(measure.GoalId);
            if (!sectionIds.Contains(measure.SectionId))
            {
                var (line, column) = PositionIn(measure, "section");
                _folder.Bag.Error(file, line, column, $"施策「{measure.Id}」の項目「{measure.SectionId}」がありません。", "structure.yaml にある項目 ID（" + string.Join(", ", sectionIds) + "）を書いてください。");
            }

            if (goal is null)
            {
                var (line, column) = PositionIn(measure, "goal");
                var suggestion = Suggest.Closest(measure.GoalId, report.Goals.Select(g => g.Id));
                _folder.Bag.Error(file, line, column, $"施策「{measure.Id}」の目標「{measure.GoalId}」が structure.yaml にありません。", suggestion is null ? "structure.yaml にある目標 ID を書いてください。" : $"「{suggestion}」のことですか？");
            }
            else if (goal.SectionId != measure.SectionId)
            {
                var (line, column) = PositionIn(measure, "section");
                _folder.Bag.Error(file, line, column, $"目標「{goal.Id}」は項目「{goal.SectionId}」に属しますが、施策には項目「{measure.SectionId}」と書かれています。", $"section: {goal.SectionId} にしてください。");
            }

            foreach (var (m, index) in measure.Ministries.Select((m, i) => (m, i)).Where(x => !ministryCodes.Contains(x.m.Code)))
            {
                var (line, column) = PositionIn(measure, $"ministries/{index}");
                _folder.Bag.Error(file, line, column, $"施策「{measure.Id}」の担当省庁「{m.Code}」は report.yaml の ministries にありません。", "使える略称: " + string.Join("、", ministryCodes));
            }
        }

        foreach (var goal in report.Sections.SelectMany(s => s.Goals))
        {
            foreach (var id in goal.RepeatedMeasures.Where(id => report.FindMeasure(id) is null))
            {
                _folder.Bag.Error(_folder.Display(Path.Combine(_folder.Root, ContentLoader.StructureFile)), 1, 1, $"目標「{goal.Id}」で再掲する施策「{id}」がありません。", "repeated_measures には既にある施策の ID を書いてください。");
            }
        }

        // A published edition prints its record, whatever the measures hold now.
        foreach (var edition in report.Editions.Where(e => e.IsDraft))
        {
            foreach (var column in edition.Columns.Where(c => c.Year is not null))
            {
                var year = column.Year!.Value;
                bool Has(FiscalYearEntry y) => column.Kind switch
                {
                    ColumnKind.Results => y.Results is not null,
                    ColumnKind.Plans => y.Plans is not null,
                    ColumnKind.Offices => y.Offices is not null,
                    _ => true,
                };
                if (!report.Measures.Any(m => m.Year(year) is { } y && Has(y)))
                {
                    EditionsBroken = true;
                    var (file, line, column2) = (edition.Source.File, edition.Source.Line, edition.Source.Column);
                    _folder.Bag.Error(file, line, column2, $"版「{edition.Id}」の列「{column.Header}」は {year} 年度（{FiscalYear.ToJapanese(year)}）を表示しますが、その年度の内容を持つ施策がありません。", "列の year を直すか、施策に年度の内容を追加してください。");
                }
            }
        }
    }

    /// <summary>The position of a measure's value, or of its id when the value is not written.</summary>
    private (int Line, int Column) PositionIn(Measure measure, string path) =>
        _positions.TryGetValue(measure.Id, out var positions) && positions.TryGetValue(path, out var at)
            ? at
            : (measure.Source.Line, measure.Source.Column);
}
