using ReportGen.Content;
using ReportGen.Model;
using ReportGen.Publishing;

namespace ReportGen.Core.Tests.Publishing;

/// <summary>Setting one year cell of a measure file as a text edit: the cell's lines change, nothing else does.</summary>
public class MeasureFileSetCellTests
{
    private const string File = """
        # 見出しのコメント
        id: m900
        section: s1
        goal: g01
        order: 10
        title: 題
        text: 本文
        ministries: [◎厚]
        years:
          2024:
            # 事務局のメモ
            results: ""
            plans: |
              - 予定の一つ目
              - 予定の二つ目
            offices: 厚労省医療機器政策室
          2025:
            plans: ""
        """;

    private static string Set(int year, ColumnKind kind, string value)
    {
        var text = File.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
        var measure = TestData.Measure("m900", title: "題", text: "本文");
        var report = TestData.Report(measures: [measure]);
        return MeasureFileEdit.SetCell(report, measure, text, year, kind, value);
    }

    [Fact]
    public void AnEmptyCell_BecomesABlock_AndTheCommentAboveItStays()
    {
        var edited = Set(2024, ColumnKind.Results, "- 実施した\n  二行目\n");

        Assert.Contains("  2024:\n    # 事務局のメモ\n    results: |\n      - 実施した\n        二行目\n    plans: |\n      - 予定の一つ目\n", edited, StringComparison.Ordinal);
        Assert.StartsWith("# 見出しのコメント\n", edited, StringComparison.Ordinal);
    }

    [Fact]
    public void ABlockCell_IsReplacedWhole_AndTheNextKeyStays()
    {
        var edited = Set(2024, ColumnKind.Plans, "- 新しい予定\n");

        Assert.Contains("    plans: |\n      - 新しい予定\n    offices: 厚労省医療機器政策室\n  2025:\n", edited, StringComparison.Ordinal);
        Assert.DoesNotContain("予定の二つ目", edited, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingKey_IsAddedInTheUsualOrder()
    {
        var edited = Set(2025, ColumnKind.Offices, "文部科学省（厚労省医療機器政策室）");

        Assert.EndsWith("  2025:\n    plans: \"\"\n    offices: 文部科学省（厚労省医療機器政策室）\n", edited, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryEditedFile_StillReadsAsYaml_WithTheValueSet()
    {
        foreach (var value in new[] { "", "- a\n", "- 「引用」: コロン\n", "# 見出しではない\n", "- 一\n\n二\n" })
        {
            var edited = Set(2024, ColumnKind.Results, value);
            var years = (YamlMapping)((YamlMapping)YamlReader.Read(edited)!)["years"]!;
            var cell = ((YamlMapping)years["2024"]!)["results"] as YamlScalar;
            Assert.Equal(value, cell?.Value);
        }
    }
}
