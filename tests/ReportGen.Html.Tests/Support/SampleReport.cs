using ReportGen.Content;
using ReportGen.Model;

namespace ReportGen.Html.Tests.Support;

/// <summary>
/// A tiny report made in code: one section, one goal, a titled measure and an untitled one that continues it,
/// one edition with the four usual columns. Tests change what they need with <c>with</c>.
/// </summary>
public static class SampleReport
{
    public static Report Create(string results = "- 実績の一行目。", string plans = "- 予定。", string text = "本文。", string title = "見出し")
    {
        var first = Measure("m001", 10, title, text, results, plans, "厚労省医療機器政策室（文部科学省）");
        var second = Measure("m002", 20, null, "続きの本文。", "- 続きの実績。", string.Empty, "文部科学省");
        var goal = new Goal("g01", "s1", "目標", null, []);
        var section = new Section("s1", 1, "「目的」に向けて", [goal]);
        var edition = new Edition(
            "2024",
            "資料２－２",
            "表題",
            "検討会",
            new DateOnly(2024, 3, 12),
            [
                new EditionColumn(ColumnKind.Text, "該当箇所", null, 34),
                new EditionColumn(ColumnKind.Results, "令和５年度の実績・状況", 2023, 35),
                new EditionColumn(ColumnKind.Plans, "令和６年度の取組予定", 2024, 24),
                new EditionColumn(ColumnKind.Offices, "担当", 2024, 7),
            ],
            new PageSetup("A4", true, 12, 10, 12, 10),
            new FontSettings("BIZ UDGothic", "BIZ UDMincho"),
            "- {n} -",
            SourceRef.None);
        var settings = new ReportSettings("報告書", "厚生労働省", [new Ministry("厚", "厚生労働省"), new Ministry("文", "文部科学省")]);
        return new Report(settings, [section], [first, second], [edition]);
    }

    public static Measure Measure(string id, int order, string? title, string text, string results, string plans, string offices) =>
        new(
            id,
            "s1",
            "g01",
            order,
            title,
            text,
            false,
            null,
            [new MinistryRef("厚", true), new MinistryRef("文", false)],
            null,
            [
                new FiscalYearEntry(2023, results.Length == 0 ? null : MarkdownText.Parse(results), null, null),
                new FiscalYearEntry(2024, null, plans.Length == 0 ? null : MarkdownText.Parse(plans), OfficesText.Parse(offices)),
            ],
            SourceRef.None);
}
