namespace ReportGen.Diff.Output;

/// <summary>
/// Writes a change set in one format into a folder. The diff command runs every writer into one staging folder and
/// moves it into place only when all succeeded; the HTML and PDF 新旧対照表 are further writers beside the Markdown one.
/// </summary>
public interface IChangeSetWriter
{
    /// <summary>What the writer produces, for messages (e.g. "Markdown summary").</summary>
    string Description { get; }

    /// <summary>Writes into <paramref name="folder"/>, which exists; returns the files written, relative to it.</summary>
    IReadOnlyList<string> Write(ChangeSet changes, string folder);
}

/// <summary>The Markdown summary as <c>diff.md</c>.</summary>
public sealed class MarkdownSummaryWriter : IChangeSetWriter
{
    public const string FileName = "diff.md";

    public string Description => "Markdown summary";

    public IReadOnlyList<string> Write(ChangeSet changes, string folder)
    {
        File.WriteAllText(Path.Combine(folder, FileName), MarkdownSummary.Render(changes));
        return [FileName];
    }
}
