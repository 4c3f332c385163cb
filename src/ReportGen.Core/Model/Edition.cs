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
    /// <summary>
    /// Set once the edition is published. A published edition is read from its record
    /// (<c>editions/&lt;id&gt;.published.json</c>), not from the live tree, so nothing in the tree can change it.
    /// </summary>
    public Publication? Published { get; init; }

    /// <summary>A draft (案): the open edition the live tree describes, not yet published.</summary>
    public bool IsDraft => Published is null;

    public IEnumerable<int> FiscalYears => Columns.Where(c => c.Year is not null).Select(c => c.Year!.Value).Distinct();

    public EditionColumn? Column(ColumnKind kind) => Columns.FirstOrDefault(c => c.Kind == kind);
}

/// <summary>A published (frozen) edition: the corrections (正誤) issued on purpose since, oldest first.</summary>
public sealed record Publication(IReadOnlyList<Correction> Corrections);

/// <summary>A correction (正誤) to a published edition: when, why, and each text replaced (誤 → 正).</summary>
public sealed record Correction(DateOnly Date, string Note, IReadOnlyList<CorrectedText> Changes);

/// <summary>
/// One replacement made by a correction: where (a measure's cell, or a field of the edition such as its title), the
/// wrong text as printed (誤) and the corrected text (正).
/// </summary>
public sealed record CorrectedText(string Place, string Wrong, string Right);

public enum ColumnKind
{
    Text,
    Results,
    Plans,
    Offices,
}

/// <summary>Column kinds as written in edition files and records: text, results, plans, offices.</summary>
public static class ColumnKinds
{
    public static readonly IReadOnlyList<string> Names = ["text", "results", "plans", "offices"];

    public static string Name(ColumnKind kind) => kind.ToString().ToLowerInvariant();

    public static ColumnKind? Parse(string? name) => name switch
    {
        "text" => ColumnKind.Text,
        "results" => ColumnKind.Results,
        "plans" => ColumnKind.Plans,
        "offices" => ColumnKind.Offices,
        _ => null,
    };
}

/// <summary>A column of the table: what it shows, for which fiscal year, its header and relative width.</summary>
public sealed record EditionColumn(ColumnKind Kind, string Header, int? Year, double Width);

public sealed record PageSetup(string Size, bool Landscape, double MarginTopMm, double MarginRightMm, double MarginBottomMm, double MarginLeftMm);

public sealed record FontSettings(string Gothic, string Mincho)
{
    /// <summary>Morisawa's BIZ UD fonts, free and packaged by Debian: what an edition uses unless it names others.</summary>
    public static readonly FontSettings Default = new("BIZ UDGothic", "BIZ UDMincho");
}
