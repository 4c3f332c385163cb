using System.Text;
using ReportGen.Diff.Output;
using ReportGen.Output;

namespace ReportGen.Html.Comparison;

/// <summary>The 新旧対照表 as one self-contained page, <c>diff.html</c>.</summary>
public sealed class HtmlComparisonWriter : IOutputWriter<ComparisonDocument>
{
    public const string FileName = "diff.html";

    public string Description => "新旧対照表（HTML）";

    public IReadOnlyList<string> Names(ComparisonDocument source) => [FileName];

    public IReadOnlyList<WrittenOutput> Write(ComparisonDocument source, OutputFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        File.WriteAllText(folder.Combine(FileName), HtmlComparison.Render(source), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return [new WrittenOutput(FileName)];
    }
}
