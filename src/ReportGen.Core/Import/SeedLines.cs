using ReportGen.Text;

namespace ReportGen.Import;

/// <summary>A line of the seed with its 1-based line number in the seed file.</summary>
internal sealed record SeedLine(int Number, string Text)
{
    public int Width => TextWidth.Of(Text);
}

/// <summary>Lines between blank lines: in the extracted text, blank lines separate the cells of the table.</summary>
internal sealed record SeedBlock(IReadOnlyList<SeedLine> Lines)
{
    public SeedLine First => Lines[0];

    public int MaxWidth => Lines.Max(l => l.Width);

    public string Joined => string.Concat(Lines.Select(l => l.Text));
}
