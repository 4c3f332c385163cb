namespace ReportGen.Pdf.Text;

/// <summary>How a piece of text is set: size in points and weight.</summary>
public readonly record struct TextStyle(float Size, bool Bold = false)
{
    /// <summary>Line pitch; 1.45 em keeps dense Japanese cells readable without wasting the page.</summary>
    public float LineHeight => Size * 1.45f;
}
