using ReportGen.Model;

namespace ReportGen.Editions;

/// <summary>Something the open edition still lacks before it can be published: a cell or a field, and where to fill it.</summary>
public sealed record MissingItem(string What, SourceRef At, bool IsCell = true);

/// <summary>How many of a draft's rows have a column filled.</summary>
public sealed record ColumnProgress(EditionColumn Column, int Filled, int Total)
{
    /// <summary>令和６年度の実績・状況: 記入済み 12 / 60 施策.</summary>
    public override string ToString() => $"{Column.Header}: 記入済み {Filled} / {Total} 施策";
}

/// <summary>
/// What a draft edition still lacks: the empty cells of its year columns, row by row, and the fields the secretariat
/// fills (the meeting). Publication is refused while anything is missing; <c>check</c> and the diff show the progress.
/// </summary>
public sealed record DraftStatus(EditionView View, IReadOnlyList<ColumnProgress> Progress, IReadOnlyList<MissingItem> Missing)
{
    public bool IsComplete => Missing.Count == 0;

    public static DraftStatus Of(Report report, Edition edition)
    {
        var view = EditionView.Of(report, edition);
        var missing = new List<MissingItem>();
        if (string.IsNullOrWhiteSpace(edition.Meeting))
        {
            missing.Add(new MissingItem($"版「{edition.Id}」の会議名（meeting）", edition.Source, IsCell: false));
        }

        var rows = view.Rows.ToList();
        var progress = new List<ColumnProgress>();
        foreach (var column in edition.Columns.Where(c => c.Kind is ColumnKind.Results or ColumnKind.Plans or ColumnKind.Offices))
        {
            var filled = 0;
            foreach (var row in rows)
            {
                var has = column.Kind switch
                {
                    ColumnKind.Results => row.Results is not null,
                    ColumnKind.Plans => row.Plans is not null,
                    _ => row.Offices is not null,
                };
                if (has)
                {
                    filled++;
                    continue;
                }

                var measure = report.FindMeasure(row.Id);
                var year = view.YearOf(column.Kind);
                var entry = year is { } y ? measure?.Year(y) : null;
                var at = entry?.SourceOf(column.Kind) ?? entry?.KeySource ?? measure?.Source ?? edition.Source;
                missing.Add(new MissingItem($"施策 {row.Id}（{Diagnostics.Printable.Shorten(row.DisplayTitle, 24)}）の「{column.Header}」", at));
            }

            progress.Add(new ColumnProgress(column, filled, rows.Count));
        }

        return new DraftStatus(view, progress, missing);
    }
}
