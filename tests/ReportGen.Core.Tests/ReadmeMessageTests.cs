using System.Text.RegularExpressions;
using ReportGen.Content;

namespace ReportGen.Tests;

/// <summary>
/// Every message the README quotes (<c>file:line:col: warning|error: …</c>) is one the tool prints: editors compare
/// what they see with the guide, so a reworded message must be reworded in the guide too.
/// </summary>
public partial class ReadmeMessageTests
{
    /// <summary>Messages the tool prints in the situations the tests set up: the real content, the fixture, each mistake.</summary>
    private static HashSet<string> Printed()
    {
        var messages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dir in new[] { Repo.Content, Repo.Fixture("edition-2025") })
        {
            messages.UnionWith(ContentLoader.Load(dir).Diagnostics.Select(d => d.Message));
        }

        messages.UnionWith(EditorMistakeTests.Mistakes().Select(row => (string)row[3]));
        messages.UnionWith(YamlMistakeTests.Mistakes().Select(row => (string)row[3]));

        // Checked by CycleCommandTests.EditingACellAPublishedEditionPrinted_IsAnError_AtThatCell with the real wording.
        messages.Add("この欄（2024: の plans:、令和６年度の取組予定）は公表済みの版「2024」に印刷された内容と違います。公表済みの版は変わりません。");
        return messages;
    }

    [Fact]
    public void EveryDiagnosticTheReadmeQuotes_IsOneTheToolPrints()
    {
        var readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));
        var quoted = QuotedDiagnostic().Matches(readme).Select(m => m.Groups["message"].Value.Trim()).ToList();
        var printed = Printed();

        Assert.True(quoted.Count >= 2, $"the README quotes {quoted.Count} messages");
        Assert.All(quoted, message => Assert.Contains(message, printed));
    }

    [GeneratedRegex(@"`[^`\n]+?:\d+:\d+: (?:warning|error): (?<message>[^`\n]+?)(?: 対処: [^`\n]*)?`")]
    private static partial Regex QuotedDiagnostic();
}
