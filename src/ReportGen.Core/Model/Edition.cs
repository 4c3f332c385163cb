namespace ReportGen.Model;

/// <summary>
/// One published table, e.g. the 2024 edition (令和５年度の実績・状況 / 令和６年度の取組予定 / 担当).
/// Labels, columns and page set-up differ between editions, so they are data, not constants.
/// </summary>
public sealed record Edition(
    string Id,
    string Label,
    string Title,
    string? Meeting,
    DateOnly Date,
    IReadOnlyList<EditionColumn> Columns,
    PageSetup Page,
    FontSettings Fonts,
    string PageNumberStyle,
    SourceRef Source)
{
    /// <summary>Set once the edition is published: what it showed then is recorded and must not change.</summary>
    public Publication? Published { get; init; }

    public IEnumerable<int> FiscalYears => Columns.Where(c => c.Year is not null).Select(c => c.Year!.Value).Distinct();

    public EditionColumn? Column(ColumnKind kind) => Columns.FirstOrDefault(c => c.Kind == kind);
}

/// <summary>
/// A published (frozen) edition: the hash of the recorded snapshot of what it showed, and the corrections (正誤)
/// issued on purpose since.
/// </summary>
public sealed record Publication(string Sha256, IReadOnlyList<Correction> Corrections);

/// <summary>A correction (正誤) to a published edition: when, and why.</summary>
public sealed record Correction(DateOnly Date, string Note);

public enum ColumnKind
{
    Text,
    Results,
    Plans,
    Offices,
}

/// <summary>A column of the table: what it shows, for which fiscal year, its header and relative width.</summary>
public sealed record EditionColumn(ColumnKind Kind, string Header, int? Year, double Width);

public sealed record PageSetup(string Size, bool Landscape, double MarginTopMm, double MarginRightMm, double MarginBottomMm, double MarginLeftMm);

public sealed record FontSettings(string Gothic, string Mincho);
