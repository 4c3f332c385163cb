namespace ReportGen.Pdf.Writing;

/// <summary>
/// Cuts an embedded TrueType font program down to the tables a PDF viewer draws a CIDFontType2 font with. PDF 32000-1
/// (9.9, "Embedded font programs") names them: head, hhea, loca, maxp, cvt, prep, glyf, hmtx and fpgm; a cmap is
/// needed only by a simple TrueType font, since a CIDFontType2 font whose CIDToGIDMap is Identity addresses glyphs by
/// their index. OS/2 stays as well, as some viewers read it. Everything else (cmap, the layout tables GSUB, GPOS and
/// GDEF, name, post, gasp…) is used for shaping and by font tools, never to draw a glyph the PDF already names.
/// </summary>
internal static class FontProgramTrimmer
{
    private static readonly string[] Drawn = ["head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "OS/2"];

    /// <summary>The tables without which there is no TrueType font to draw with.</summary>
    private static readonly string[] Required = ["head", "hhea", "loca", "maxp", "glyf", "hmtx"];

    /// <summary>
    /// <paramref name="font"/> with only the tables that draw glyphs, or null if it is not a TrueType font with all of
    /// the required ones.
    /// </summary>
    public static byte[]? Trim(ReadOnlySpan<byte> font)
    {
        var tables = SfntFile.Read(font);
        if (tables is null || Required.Any(tag => !tables.Any(t => t.Tag == tag)))
        {
            return null;
        }

        return SfntFile.Write([.. tables.Where(t => Drawn.Contains(t.Tag))]);
    }
}
