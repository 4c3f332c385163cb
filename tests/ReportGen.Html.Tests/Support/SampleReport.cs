using ReportGen.Model;

namespace ReportGen.Html.Tests.Support;

/// <summary>
/// A tiny report made in code with <see cref="TestData"/>: one section, one goal, a titled measure and an untitled one
/// that continues it, one edition with the four usual columns. Tests change what they need with <c>with</c>.
/// </summary>
public static class SampleReport
{
    public static Report Create(string results = "- 実績の一行目。", string plans = "- 予定。", string text = "本文。", string title = "見出し")
    {
        var first = Measure("m001", 10, title, text, results, plans, "厚労省医療機器政策室（文部科学省）");
        var second = Measure("m002", 20, null, "続きの本文。", "- 続きの実績。", string.Empty, "文部科学省");
        var edition = TestData.Edition("2024", new DateOnly(2024, 3, 12), TestData.Columns(2023, 2024), meeting: "検討会");
        return TestData.Report(
            TestData.Settings("報告書", "厚生労働省", new Ministry("厚", "厚生労働省"), new Ministry("文", "文部科学省")),
            [TestData.Section("s1", 1, "「目的」に向けて", TestData.Goal("g01", "s1", "目標"))],
            [first, second],
            [edition]);
    }

    public static Measure Measure(string id, int order, string? title, string text, string results, string plans, string offices) =>
        TestData.Measure(
            id,
            order: order,
            title: title,
            text: text,
            ministries: [new MinistryRef("厚", true), new MinistryRef("文", false)],
            years:
            [
                TestData.Year(2023, results: results.Length == 0 ? null : results),
                TestData.Year(2024, plans: plans.Length == 0 ? null : plans, offices: offices),
            ]);
}
