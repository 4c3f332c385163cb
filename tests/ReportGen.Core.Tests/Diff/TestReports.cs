using ReportGen.Content;
using ReportGen.Diff;
using ReportGen.Model;

namespace ReportGen.Tests.Diff;

/// <summary>Small reports built in code, so each diff test shows the one thing it changes.</summary>
internal static class TestReports
{
    public static readonly Edition Edition2024 = MakeEdition("2024", resultsYear: 2023, plansYear: 2024);

    public static readonly Edition Edition2025 = MakeEdition("2025", resultsYear: 2024, plansYear: 2025);

    private static readonly Lazy<Report> RealContent = new(() => Load(Repo.Content));

    private static readonly Lazy<Report> Fixture2025 = new(() => Load(Repo.Fixture("edition-2025")));

    /// <summary>The real 2024 edition in content/.</summary>
    public static Report Real => RealContent.Value;

    /// <summary>tests/fixtures/edition-2025: the real content plus a made-up 2025 edition (see its README).</summary>
    public static Report Fixture => Fixture2025.Value;

    public static Report Load(string dir)
    {
        var result = ContentLoader.Load(dir);
        return result.Report ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }

    public static EditionSource Source(Report report, string editionId, string origin = "test") =>
        new(report, report.Editions.Single(e => e.Id == editionId), origin);

    public static Edition MakeEdition(string id, int resultsYear, int plansYear, bool withOffices = true)
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

        return new Edition(
            id, "資料２－２", "表題", null, new DateOnly(int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), 3, 1), columns,
            new PageSetup("A4", true, 10, 10, 10, 10), new FontSettings("BIZ UDGothic", "BIZ UDMincho"), "- {n} -", SourceRef.None);
    }

    /// <summary>Two sections; s1 has goals g01 and g02, s2 repeats g01 and has g03.</summary>
    public static Report MakeReport(IReadOnlyList<Measure> measures, params Edition[] editions) => new(
        new ReportSettings("表題", "厚生労働省", [new Ministry("厚", "厚生労働省"), new Ministry("経", "経済産業省")]),
        [
            new Section("s1", 1, "「研究開発」に向けて", [Goal("g01", "s1", "人材の増加"), Goal("g02", "s1", "連携の強化")]),
            new Section("s2", 2, "「アクセス」に向けて", [new Goal("g01r", "s2", string.Empty, "g01", []), Goal("g03", "s2", "安定供給の確保")]),
        ],
        measures,
        editions.Length == 0 ? [Edition2024] : editions);

    public static Goal Goal(string id, string sectionId, string title) => new(id, sectionId, title, null, []);

    /// <summary>A measure with the given cells; <paramref name="years"/> maps a fiscal year to (results, plans, offices) Markdown.</summary>
    public static Measure MakeMeasure(
        string id, string goalId, int order, params (int Year, string? Results, string? Plans, string? Offices)[] years) => new(
        id,
        goalId == "g03" ? "s2" : "s1",
        goalId,
        order,
        "施策" + id,
        "本文" + id + "。",
        false,
        null,
        [new MinistryRef("厚", true)],
        null,
        [.. years.Select(y => new FiscalYearEntry(
            y.Year,
            y.Results is null ? null : MarkdownText.Parse(y.Results),
            y.Plans is null ? null : MarkdownText.Parse(y.Plans),
            y.Offices is null ? null : OfficesText.Parse(y.Offices)))],
        SourceRef.None);

    /// <summary>A measure shown in both <see cref="Edition2024"/> and <see cref="Edition2025"/> with the same cells.</summary>
    public static Measure Steady(string id, string goalId, int order) => MakeMeasure(
        id, goalId, order,
        (2023, "- 実施した。\n", null, null),
        (2024, "- 実施した。\n", "- 実施する。\n", "厚労省医療機器政策室"),
        (2025, null, "- 実施する。\n", "厚労省医療機器政策室"));
}
