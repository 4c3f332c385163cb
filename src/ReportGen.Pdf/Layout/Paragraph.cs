using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Layout;

/// <summary>
/// A paragraph to set: text, style, and indents. A bullet item draws its bullet (「・」) in the hanging indent so
/// that wrapped lines align with the text, not with the bullet; a later line of the same item that the editor broke
/// by hand is indented the same way without a bullet (<see cref="IndentLikeBullet"/>).
/// </summary>
public sealed record Paragraph(string Text, TextStyle Style, string? Bullet = null, bool IndentLikeBullet = false, float SpaceBefore = 0)
{
    /// <summary>
    /// Character ranges [Start, Start+Length) of <see cref="Text"/> to underline: the 傍線 that marks what changed in a
    /// 新旧対照表.
    /// </summary>
    public IReadOnlyList<(int Start, int Length)> Underlines { get; init; } = [];

    /// <summary>Optional outline entry for this paragraph: (destination name, title, level).</summary>
    public (string Name, string Title, int Level)? Destination { get; init; }
}
