using ReportGen.Content;
using ReportGen.Diagnostics;

namespace ReportGen.Tests;

/// <summary>
/// YAML mistakes people make editing a measure by hand, one row each: the error must be in Japanese, at the line and
/// column of the mistake itself, and say what to type; the parser's English may only follow as a detail.
/// </summary>
public class YamlMistakeTests
{
    private const string Plan2025 = "  2025:\n    plans: |\n      - 補助期間終了後も、採択大学が発展的かつ継続的な活動を行い、構築された人材養成プログラムを広く普及できるよう、適宜助言等を行う予定。\n    offices: 文部科学省\n";

    public static TheoryData<string, string, string, string> Mistakes() => new()
    {
        { "full-width space as indentation", Plan2025.Replace("    offices:", "　　offices:"), "24:1", "字下げに全角スペースが使われています。" },
        { "a key indented one space too far", Plan2025.Replace("    plans: |", "     plans: |"), "22:1", "字下げがずれています（行頭の空白が 5 文字）。" },
        { "a bullet block without |", Plan2025.Replace("    plans: |", "    plans:"), "22:5", "「plans」（取組予定）の箇条書きが、文章ではなくリストとして書かれています。" },
        { "\"\" left above the block", Plan2025.Replace("    plans: |", "    plans: \"\""), "22:12", "「plans: \"\"」の「\"\"」が残ったまま、その下に内容が書かれています。" },
        { "an unclosed quote", Plan2025.Replace("    offices: 文部科学省", "    offices: \"文部科学省"), "24:14", "引用符（\"）が閉じていません。" },
        { "a key without its colon", Plan2025.Replace("    offices: 文部科学省", "    offices 文部科学省"), "24:5", "「offices 文部科学省」の後に「:」（コロン）がありません。" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void EachMistake_IsExplained_AtItsPlace(string mistake, string replacement, string at, string message)
    {
        var (result, file) = TestFiles.LoadFixtureWithM002Ending(Plan2025, replacement);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error && d.File == file);
        Assert.True($"{error.Line}:{error.Column}" == at && error.Message == message, $"{mistake}: expected {at} {message}, got {error}");

        // Key names are ASCII; the parser's English sentences are not the message.
        Assert.DoesNotMatch("[A-Za-z]+ [a-z]+ [a-z]+", error.Message);
        Assert.False(string.IsNullOrEmpty(error.Hint));
    }
}
