using ReportGen.Output;

namespace ReportGen.Diff.Output;

/// <summary>The Markdown summary as <c>diff.md</c>.</summary>
public sealed class MarkdownSummaryWriter : IOutputWriter<ComparisonDocument>
{
    public const string FileName = "diff.md";

    public string Description => "Markdown summary";

    public IReadOnlyList<string> Names(ComparisonDocument source) => [FileName];

    public IReadOnlyList<WrittenOutput> Write(ComparisonDocument source, OutputFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        File.WriteAllText(folder.Combine(FileName), MarkdownSummary.Render(source));
        return [new WrittenOutput(FileName)];
    }
}
