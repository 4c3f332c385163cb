using ReportGen.Editions;
using ReportGen.Model;

namespace ReportGen.Status;

/// <summary>One cell of a row to fill: its column, whether it is filled, and where it is written.</summary>
public sealed record CellState(EditionColumn Column, bool Filled, SourceRef At);

/// <summary>A measure an office answers for in the open edition, as the main office or in （　） as supporting.</summary>
public sealed record MeasureStatus(RowView Row, bool Supporting, IReadOnlyList<CellState> Cells)
{
    public bool IsComplete => Cells.All(c => c.Filled);
}

/// <summary>An office's part of the open edition: its measures and how many of each column it has filled.</summary>
public sealed record OfficeStatus(string Name, string? MinistryCode, IReadOnlyList<MeasureStatus> Measures)
{
    public int Filled(ColumnKind kind) => Measures.Count(m => m.Cells.Any(c => c.Column.Kind == kind && c.Filled));

    public int Complete => Measures.Count(m => m.IsComplete);
}

/// <summary>
/// 記入状況: for the open edition, per office, the measures it answers for and which of their cells (実績・状況,
/// 取組予定) are filled. Offices are those of the registry in report.yaml, so an entry naming two offices
/// (「経済産業省ヘル産課・医福室」) counts for both; names the registry does not know are listed as written.
/// </summary>
public sealed record FillingStatus(Edition Edition, IReadOnlyList<EditionColumn> Columns, IReadOnlyList<OfficeStatus> Offices)
{
    /// <summary>Shown for rows whose 担当 is empty.</summary>
    public const string NoOffice = "（担当なし）";

    public static FillingStatus Of(Report report, Edition edition)
    {
        var view = EditionView.Of(report, edition);
        var registry = new OfficeRegistry(report.Settings.Offices);
        var columns = edition.Columns.Where(c => c.Kind is ColumnKind.Results or ColumnKind.Plans).ToList();
        var byOffice = new Dictionary<string, (string? Ministry, List<MeasureStatus> Measures)>(StringComparer.Ordinal);

        void Add(string name, string? ministry, MeasureStatus status)
        {
            if (!byOffice.TryGetValue(name, out var entry))
            {
                byOffice[name] = entry = (ministry, []);
            }

            entry.Measures.Add(status);
        }

        foreach (var row in view.Rows)
        {
            var measure = report.FindMeasure(row.Id);
            var cells = columns.Select(c =>
            {
                var filled = c.Kind == ColumnKind.Results ? row.Results is not null : row.Plans is not null;
                var at = (c.Year is { } y ? measure?.Year(y)?.SourceOf(c.Kind) ?? measure?.Year(y)?.KeySource : null) ?? measure?.Source ?? SourceRef.None;
                return new CellState(c, filled, at);
            }).ToList();

            if (row.Offices is null)
            {
                Add(NoOffice, null, new MeasureStatus(row, false, cells));
                continue;
            }

            if (registry.IsEmpty)
            {
                foreach (var name in row.Offices.Main)
                {
                    Add(name, null, new MeasureStatus(row, false, cells));
                }

                foreach (var name in row.Offices.Supporting)
                {
                    Add(name, null, new MeasureStatus(row, true, cells));
                }

                continue;
            }

            var (offices, unknown) = registry.Resolve(row.Offices);
            foreach (var (office, supporting) in offices)
            {
                Add(office.Name, office.MinistryCode, new MeasureStatus(row, supporting, cells));
            }

            foreach (var name in unknown.Distinct())
            {
                Add(name, null, new MeasureStatus(row, false, cells));
            }
        }

        // The registry's order first (the secretariat's list), then names it does not know, then rows without 担当.
        var order = registry.Offices.Select((o, i) => (o.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        var ordered = byOffice
            .OrderBy(kv => kv.Key == NoOffice ? 2 : order.ContainsKey(kv.Key) ? 0 : 1)
            .ThenBy(kv => order.GetValueOrDefault(kv.Key))
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new OfficeStatus(kv.Key, kv.Value.Ministry, kv.Value.Measures))
            .ToList();
        return new FillingStatus(edition, columns, ordered);
    }
}
