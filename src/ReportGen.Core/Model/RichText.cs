namespace ReportGen.Model;

/// <summary>
/// A cell's text: the Markdown an editor wrote and the blocks it means. A block is a paragraph or a bullet item
/// (・ in print); its lines are separated by line breaks the editor wrote, since Japanese text has no wrapping spaces.
/// </summary>
public sealed record RichText(string Markdown, IReadOnlyList<TextBlock> Blocks)
{
    /// <summary>All text without markup, blocks on separate lines.</summary>
    public string PlainText => string.Join("\n", Blocks.Select(b => b.Text));

    public IEnumerable<TextBlock> Items => Blocks.Where(b => b.IsBullet);
}

public sealed record TextBlock(bool IsBullet, int Level, IReadOnlyList<string> Lines)
{
    public string Text => string.Join("\n", Lines);
}
