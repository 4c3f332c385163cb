using System.Text;

namespace ReportGen.Diff.Output;

/// <summary>The 新旧対照表 as one self-contained page, <c>diff.html</c>.</summary>
public sealed class HtmlComparisonWriter(ComparisonOptions? options = null) : IChangeSetWriter
{
    public const string FileName = "diff.html";

    public string Description => "新旧対照表（HTML）";

    public IReadOnlyList<string> Write(ChangeSet changes, string folder)
    {
        var html = HtmlComparison.Render(ComparisonDocument.Build(changes, options));
        File.WriteAllText(Path.Combine(folder, FileName), html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return [FileName];
    }
}
