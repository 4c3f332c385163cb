using ReportGen.Pdf.Drawing;
using ReportGen.Pdf.Tests.Support;
using ReportGen.Pdf.Text;
using SkiaSharp;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// A paragraph is shaped once, for line breaking, and its lines are drawn from those glyphs. The PDF must be the one
/// that shaping each line again when it is drawn (what SkiaSharp's DrawShapedText does) would give, byte for byte.
/// </summary>
public class ShapedDrawingTests
{
    private const string Paragraph =
        "「医療機器等の研究開発を推進するため、AMED（日本医療研究開発機構）を通じて、令和6年度予算：13億円の事業で" +
        "有望なシーズを発掘し、Society 5.0 の実現に向けた SaMD（プログラム医療機器）の開発を支援した。」ABC-123 abc（１）";

    [Fact]
    public void LinesDrawnFromTheParagraphsGlyphs_GiveTheSamePdf_AsShapingEachLineWhenDrawn()
    {
        using var kit = new LayoutKit(Paragraph);
        var shaped = kit.Shaper.Shape(Paragraph, LayoutKit.Body);
        var lines = LineBreaker.Break(Paragraph, shaped.Advances, 120, 120)
            .Select(span => kit.Shaper.Position(Paragraph, span, shaped, LayoutKit.Body))
            .ToList();

        Assert.True(lines.Count > 5, $"the paragraph should break into several lines, got {lines.Count}");
        Assert.All(lines.SelectMany(l => l), run => Assert.True(run.Glyphs is { Count: > 0 }, $"run「{run.Text}」has no glyphs"));

        var fromGlyphs = Draw(kit.Shaper, lines);
        var reshaped = Draw(kit.Shaper, [.. lines.Select(l => l.Select(r => r with { Glyphs = null }).ToList())]);

        Assert.Equal(reshaped.Length, fromGlyphs.Length);
        Assert.True(reshaped.AsSpan().SequenceEqual(fromGlyphs), "the PDFs differ");
    }

    private static byte[] Draw(TextShaper shaper, IReadOnlyList<List<GlyphRun>> lines)
    {
        using var stream = new MemoryStream();
        var date = new DateTime(2025, 3, 14, 0, 0, 0, DateTimeKind.Utc);
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Creation = date, Modified = date }))
        using (var sink = new SkiaPdfSink(document, shaper))
        {
            var canvas = sink.BeginPage(300, 400);
            var y = 20f;
            foreach (var line in lines)
            {
                canvas.DrawText(line, 10.25f, y, LayoutKit.Body);
                y += 14.5f;
            }

            sink.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }
}
