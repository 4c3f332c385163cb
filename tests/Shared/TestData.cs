using ReportGen.Content;
using ReportGen.Model;

namespace ReportGen.Tests.Common;

/// <summary>
/// Reports built in code for tests, and the only test code that calls the model's constructors: a test names just
/// what it is about, and a field added to the model gets its default here once instead of in every builder.
/// Content on disk is copied and edited with <see cref="TempContent"/>.
/// </summary>
public static class TestData
{
    /// <summary>A measure; cells are Markdown, as a measure file holds them.</summary>
    public static Measure Measure(
        string id,
        string goalId = "g01",
        int order = 10,
        string sectionId = "s1",
        string? title = null,
        string text = "",
        bool textIncomplete = false,
        string? details = null,
        IReadOnlyList<MinistryRef>? ministries = null,
        string? ministriesNote = null,
        IReadOnlyList<FiscalYearEntry>? years = null) => new(
        id,
        sectionId,
        goalId,
        order,
        title,
        text,
        textIncomplete,
        details is null ? null : MarkdownText.Parse(details),
        ministries ?? [],
        ministriesNote,
        years ?? [],
        SourceRef.None);

    /// <summary>One fiscal year of a measure: results and plans in Markdown, offices as written in the 担当 cell.</summary>
    public static FiscalYearEntry Year(int fiscalYear, string? results = null, string? plans = null, string? offices = null) => new(
        fiscalYear,
        results is null ? null : MarkdownText.Parse(results),
        plans is null ? null : MarkdownText.Parse(plans),
        offices is null ? null : OfficesText.Parse(offices));

    /// <summary>An edition; without <paramref name="page"/>, the paper the loader gives an edition that names none.</summary>
    public static Edition Edition(
        string id,
        DateOnly date,
        IReadOnlyList<EditionColumn> columns,
        string label = "資料２－２",
        string title = "表題",
        string? meeting = null,
        PageSetup? page = null,
        string pageNumber = "- {n} -") => new(
        id,
        label,
        title,
        meeting,
        date,
        columns,
        page ?? new PageSetup("A4", true, 12, 10, 12, 10),
        new FontSettings("BIZ UDGothic", "BIZ UDMincho"),
        pageNumber,
        SourceRef.None);

    /// <summary>The usual columns: 該当箇所, the results of one year, the plans of the next and, unless left out, 担当.</summary>
    public static List<EditionColumn> Columns(int resultsYear, int plansYear, bool withOffices = true)
    {
        var columns = new List<EditionColumn>
        {
            new(ColumnKind.Text, "該当箇所", null, 34),
            new(ColumnKind.Results, FiscalYear.ToJapanese(resultsYear) + "の実績・状況", resultsYear, 35),
            new(ColumnKind.Plans, FiscalYear.ToJapanese(plansYear) + "の取組予定", plansYear, 24),
        };
        if (withOffices)
        {
            columns.Add(new EditionColumn(ColumnKind.Offices, "担当", plansYear, 7));
        }

        return columns;
    }

    public static ReportSettings Settings(string title = "表題", string publisher = "厚生労働省", params Ministry[] ministries) =>
        new(title, publisher, ministries);

    public static Section Section(string id, int number, string title, params Goal[] goals) => new(id, number, title, goals);

    /// <summary>A goal; <paramref name="repeatedMeasures"/> are measures of other goals shown again (（再掲）) under it.</summary>
    public static Goal Goal(string id, string sectionId, string title, params string[] repeatedMeasures) =>
        new(id, sectionId, title, null, repeatedMeasures);

    /// <summary>A goal that shows <paramref name="repeatOf"/> again (（再掲）) under another section.</summary>
    public static Goal RepeatedGoal(string id, string sectionId, string repeatOf, params string[] repeatedMeasures) =>
        new(id, sectionId, string.Empty, repeatOf, repeatedMeasures);

    public static Report Report(
        ReportSettings? settings = null,
        IReadOnlyList<Section>? sections = null,
        IReadOnlyList<Measure>? measures = null,
        IReadOnlyList<Edition>? editions = null) =>
        new(settings ?? Settings(), sections ?? [], measures ?? [], editions ?? []);

    /// <summary>The report of a content folder, which must load without errors.</summary>
    public static Report Load(string contentDir)
    {
        var result = ContentLoader.Load(contentDir);
        return result.Report ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }
}
