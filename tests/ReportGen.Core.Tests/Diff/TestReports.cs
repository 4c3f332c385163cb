using ReportGen.Diff;
using ReportGen.Model;

namespace ReportGen.Tests.Diff;

/// <summary>
/// Small reports built in code with <see cref="TestData"/>, so each diff test shows the one thing it changes: two
/// sections, the 2024 and 2025 editions, and measures with the cells a test gives.
/// </summary>
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

    public static Report Load(string dir) => TestData.Load(dir);

    public static EditionSource Source(Report report, string editionId, string origin = "test") =>
        new(report, report.Editions.Single(e => e.Id == editionId), origin);

    public static Edition MakeEdition(string id, int resultsYear, int plansYear, bool withOffices = true) => TestData.Edition(
        id,
        new DateOnly(int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), 3, 1),
        TestData.Columns(resultsYear, plansYear, withOffices),
        page: new PageSetup("A4", true, 10, 10, 10, 10));

    /// <summary>Two sections; s1 has goals g01 and g02, s2 repeats g01 and has g03.</summary>
    public static Report MakeReport(IReadOnlyList<Measure> measures, params Edition[] editions) => TestData.Report(
        TestData.Settings(ministries: [new Ministry("厚", "厚生労働省"), new Ministry("経", "経済産業省")]),
        [
            TestData.Section("s1", 1, "「研究開発」に向けて", Goal("g01", "s1", "人材の増加"), Goal("g02", "s1", "連携の強化")),
            TestData.Section("s2", 2, "「アクセス」に向けて", TestData.RepeatedGoal("g01r", "s2", "g01"), Goal("g03", "s2", "安定供給の確保")),
        ],
        measures,
        editions.Length == 0 ? [Edition2024] : editions);

    public static Goal Goal(string id, string sectionId, string title) => TestData.Goal(id, sectionId, title);

    /// <summary>A measure with the given cells; <paramref name="years"/> maps a fiscal year to (results, plans, offices) Markdown.</summary>
    public static Measure MakeMeasure(
        string id, string goalId, int order, params (int Year, string? Results, string? Plans, string? Offices)[] years) => TestData.Measure(
        id,
        goalId,
        order,
        sectionId: goalId == "g03" ? "s2" : "s1",
        title: "施策" + id,
        text: "本文" + id + "。",
        ministries: [new MinistryRef("厚", true)],
        years: [.. years.Select(y => TestData.Year(y.Year, y.Results, y.Plans, y.Offices))]);

    /// <summary>A measure shown in both <see cref="Edition2024"/> and <see cref="Edition2025"/> with the same cells.</summary>
    public static Measure Steady(string id, string goalId, int order) => MakeMeasure(
        id, goalId, order,
        (2023, "- 実施した。\n", null, null),
        (2024, "- 実施した。\n", "- 実施する。\n", "厚労省医療機器政策室"),
        (2025, null, "- 実施する。\n", "厚労省医療機器政策室"));
}
