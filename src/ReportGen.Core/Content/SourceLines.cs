namespace ReportGen.Content;

/// <summary>
/// A content file's lines, split from its text only when a message needs a position in them. Most files have
/// nothing to report, and splitting every file was 8 MB of what loading 50 times the seed allocated.
/// </summary>
internal sealed class SourceLines(string text)
{
    private string[]? _all;

    public string[] All => _all ??= text.Split('\n');
}
