using ReportGen.Content;
using ReportGen.Diagnostics;

namespace ReportGen.Tests;

/// <summary>
/// Mistakes an editor makes in the open edition that YAML and Markdown accept but that damage the printed table, one
/// row each: a small edit of a real file of the edition-2025 fixture, and the warning expected at its line and column.
/// </summary>
public class EditorMistakeTests
{
    private const string Plan = "      - 補助期間終了後も、採択大学が発展的かつ継続的な活動を行い、構築された人材養成プログラムを広く普及できるよう、適宜助言等を行う予定。\n    offices: 文部科学省\n";
    private const string Plan2025 = "  2025:\n    plans: |\n" + Plan;

    public static TheoryData<string, string, string, string> Mistakes() => new()
    {
        { "bullet written as ・", Plan2025.Replace("    offices:", "      ・新たに研修を行う。\n    offices:"), "24:7", "行頭の「・」は箇条書きの記号になりません（上の行につながって印刷されます）。" },
        { "bullet written with a full-width dash", Plan2025.Replace("    offices:", "      －新たに研修を行う。\n    offices:"), "24:7", "行頭の「－」は全角の記号で、箇条書きの記号になりません。" },
        { "no space after the dash", Plan2025.Replace("    offices:", "      -「研修」を行う。\n    offices:"), "24:7", "「-」の後にスペースがありません。箇条書きになりません。" },
        { "a full-width space after the dash", Plan2025.Replace("    offices:", "      -　新たに研修を行う。\n    offices:"), "24:7", "「-」の後が全角スペースです。箇条書きになりません。" },
        { "a line without a dash under a bullet", Plan2025.Replace("    offices:", "      新たに研修を行う。\n    offices:"), "24:7", "箇条書きの途中に「- 」で始まらない行があります。上の項目の続きとして印刷されます。" },
        { "a line break inside a sentence", Plan2025.Replace("採択大学が発展的", "採択大学が\n        発展的"), "23:23", "文の途中で改行されています。改行はそのまま印刷されます。" },
        { "a year no edition shows", Plan2025.Replace("  2025:", "  2026:"), "21:3", "年度「2026」の内容はどの版にも表示されません（表示される最新の年度は 2025 です）。" },
        { "results under the plans year", Plan2025.Replace("  2025:\n    plans: |", "  2025:\n    results: |\n      - 研修を実施した。\n    plans: |"), "22:14", "この欄（2025: の results:）はどの版にも印刷されません。" },
        { "an office the registry does not know", Plan2025.Replace("offices: 文部科学省", "offices: 文部科学省・新設室"), "24:14", "担当の「新設室」は report.yaml の部署の一覧（offices）にありません。記入状況で別の部署として数えられます。" },
        { "担当 deleted from the open edition", Plan2025.Replace("    offices: 文部科学省\n", string.Empty), "21:3", "施策 m002 には版「2025」の担当（2025: の offices:）がありません。担当の欄に「－」と印刷されます。" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void EachMistake_IsAWarning_AtItsLineAndColumn(string mistake, string replacement, string at, string message)
    {
        var (result, file) = TestFiles.LoadFixtureWithM002Ending(Plan2025, replacement);

        Assert.True(
            result.Diagnostics.Any(d => d.Severity == Severity.Warning && d.File == file && $"{d.Line}:{d.Column}" == at && d.Message == message),
            $"{mistake}: expected {at} {message}, got:\n" + string.Join("\n", result.Diagnostics.Where(d => d.File == file)));
        Assert.All(result.Diagnostics.Where(d => d.File == file && d.Message == message), d => Assert.False(string.IsNullOrEmpty(d.Hint)));
    }

    [Fact]
    public void TheFixtureItself_HasNoneOfTheseMistakesInItsOpenCells()
    {
        var result = ContentLoader.Load(Repo.Fixture("edition-2025"));
        var messages = Mistakes().Select(row => (string)row[3]).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(result.Diagnostics, d => d.File.EndsWith("m002.yaml", StringComparison.Ordinal) && messages.Contains(d.Message));
    }
}

/// <summary>Edits a copy of the edition-2025 fixture for the tables of mistakes.</summary>
internal static class TestFiles
{
    /// <summary>
    /// Loads a copy of the edition-2025 fixture whose m002.yaml ends in <paramref name="replacement"/> instead of
    /// <paramref name="ending"/>; returns the result and the file's name as messages give it.
    /// </summary>
    public static (LoadResult Result, string File) LoadFixtureWithM002Ending(string ending, string replacement)
    {
        using var temp = TempContent.Of(Repo.Fixture("edition-2025"), "reportgen-mistake-");
        var text = temp.Read("measures/m002.yaml");
        Assert.EndsWith(ending, text, StringComparison.Ordinal);
        temp.Write("measures/m002.yaml", text[..^ending.Length] + replacement);
        return (ContentLoader.Load(temp.Content), temp.Content + "/measures/m002.yaml");
    }
}
