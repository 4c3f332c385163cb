using ReportGen.Pdf.Drawing;
using ReportGen.Pdf.Tests.Support;
using ReportGen.Pdf.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// A paragraph is shaped once, for line breaking, and its lines are drawn from those glyphs. The PDF must draw what
/// shaping each line again when it is drawn (what SkiaSharp's DrawShapedText does) would give: the same glyphs, in the
/// same fonts, at the same places.
/// </summary>
public class ShapedDrawingTests
{
    private const string Paragraph =
        "「医療機器等の研究開発を推進するため、AMED（日本医療研究開発機構）を通じて、令和6年度予算：13億円の事業で" +
        "有望なシーズを発掘し、Society 5.0 の実現に向けた SaMD（プログラム医療機器）の開発を支援した。」ABC-123 abc（１）";

    [Fact]
    public void LinesDrawnFromTheParagraphsGlyphs_PutTheSameLettersInTheSamePlaces_AsShapingEachLineWhenDrawn()
    {
        using var kit = new LayoutKit(Paragraph);
        var shaped = kit.Shaper.Shape(Paragraph, LayoutKit.Body);
        var lines = LineBreaker.Break(Paragraph, shaped.Advances, 120, 120)
            .Select(span => kit.Shaper.Position(Paragraph, span, shaped, LayoutKit.Body))
            .ToList();

        Assert.True(lines.Count > 5, $"the paragraph should break into several lines, got {lines.Count}");
        Assert.All(lines.SelectMany(l => l), run => Assert.True(run.Glyphs is { Count: > 0 }, $"run「{run.Text}」has no glyphs"));

        var fromGlyphs = Draw(document =>
        {
            using var sink = new SkiaPdfSink(document, kit.Shaper);
            var page = sink.BeginPage(300, 400);
            EachLine(lines, (line, y) => page.DrawText(line, 10.25f, y, LayoutKit.Body));
            sink.EndPage();
        });

        // What SkiaSharp.HarfBuzz draws when it shapes each run as it draws it, with the paint the sink uses.
        var reshaped = Draw(document =>
        {
            using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = SKColors.Black };
            var page = document.BeginPage(300, 400);
            EachLine(lines, (line, y) =>
            {
                foreach (var run in line)
                {
                    page.DrawShapedText(run.Face.Shaper, run.Text, 10.25f + run.X, y, SKTextAlign.Left, kit.Shaper.FontOf(run.Face, LayoutKit.Body.Size), paint);
                }
            });
            document.EndPage();
        });

        // The sink draws a paragraph's lines as one text object, so the bytes differ; what a reader finds may not.
        var expected = Letters(reshaped);
        Assert.True(expected.Count > 100, $"the paragraph should give many letters, got {expected.Count}");
        Assert.Equal(expected, Letters(fromGlyphs));
    }

    [Fact]
    public void TextDrawnBeforeARectangle_StaysUnderIt_AndTextAfterItAbove()
    {
        using var kit = new LayoutKit(Paragraph);
        var shaped = kit.Shaper.Shape(Paragraph, LayoutKit.Body);
        var lines = LineBreaker.Break(Paragraph, shaped.Advances, 120, 120)
            .Select(span => kit.Shaper.Position(Paragraph, span, shaped, LayoutKit.Body))
            .ToList();

        var pdf = Draw(document =>
        {
            using var sink = new SkiaPdfSink(document, kit.Shaper);
            var page = sink.BeginPage(300, 400);
            page.DrawText(lines[0], 10, 20, LayoutKit.Body);
            page.DrawText(lines[1], 10, 35, LayoutKit.Body);
            page.DrawRectangle(new SKRect(5, 5, 200, 40), 0, fill: SKColors.Gray);
            page.DrawText(lines[2], 10, 50, LayoutKit.Body);
            sink.EndPage();
        });

        // The page's drawing operators in order: the first two lines' text, then the fill, then the third line's.
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var operators = document.GetPage(1).Operations
            .Select(o => o.Operator)
            .Where(o => o is "Tj" or "TJ" or "f")
            .ToList();
        Assert.Equal(["Tj", "Tj", "f", "Tj"], operators);
    }

    /// <summary>Each letter a reader finds: its text, font, size and baseline, rounded to a thousandth of a point.</summary>
    private static List<string> Letters(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return [.. document.GetPage(1).Letters.Select(l => string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{l.Value} {l.FontName} {l.PointSize:0.###} {l.StartBaseLine.X:0.###},{l.StartBaseLine.Y:0.###} {l.EndBaseLine.X:0.###}"))];
    }

    [Fact]
    public void ALinesRuns_AreTheOnesItsOwnCharactersGive_FromThePartsOfOneFaceFoundWhenShaping()
    {
        // Korean from the fallback face, a radical drawn as its kanji, a character outside the BMP, and Latin text.
        const string text = "医療機器한국어の⽬標を𠮷野家でSaMD한글개발と（１）推進する。한" + Paragraph;
        using var kit = new LayoutKit(text);
        var shaped = kit.Shaper.Shape(text, LayoutKit.Body);
        var spans = LineBreaker.Break(text, shaped.Advances, 60, 60);

        var mixed = 0;
        foreach (var span in spans)
        {
            var runs = kit.Shaper.Position(text, span, shaped, LayoutKit.Body);

            // What each character's face, looked up again for this line alone, gives.
            var expected = new List<(string Face, string Text, float X, float Width, ushort[] Ids)>();
            var x = 0f;
            foreach (var run in kit.Shaper.Runs(text, span.Start, span.End, LayoutKit.Body))
            {
                var from = (int)run.X;
                var width = shaped.Advances.Skip(from).Take(run.Text.Length).Aggregate(0f, (sum, a) => sum + a);
                expected.Add((run.Face.Family, run.Text, x, width, shaped.GlyphsOf(from, from + run.Text.Length).Ids.ToArray()));
                x += width;
            }

            Assert.Equal(expected, runs.Select(r => (r.Face.Family, r.Text, r.X, r.Width, r.Glyphs!.Ids.ToArray())), new RunComparer());
            mixed += runs.Select(r => r.Face).Distinct().Count() > 1 ? 1 : 0;
        }

        Assert.True(mixed >= 3, $"lines with two faces: {mixed}");
        Assert.Contains(spans.SelectMany(s => kit.Shaper.Position(text, s, shaped, LayoutKit.Body)), r => r.Text.Contains('目', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Paragraph)]
    [InlineData("が\u3099か\u309Ae\u0301ffi ﬁ office 葛\U000E0100城 𠮷野家 한국어 ⽬標 \u200B\u200Dおわり")]
    public void TheAdvancesAndGlyphs_AreThoseSkiaSharpsShaperGives_ForEachRun(string text)
    {
        using var kit = new LayoutKit(text);
        var shaped = kit.Shaper.Shape(text, LayoutKit.Body);

        var expected = new float[text.Length];
        var ids = new List<ushort>();
        foreach (var run in kit.Shaper.Runs(text, 0, text.Length, LayoutKit.Body))
        {
            // SKShaper takes the run as UTF-8: its clusters are byte offsets, mapped here to the character's index.
            var result = run.Face.Shaper.Shape(run.Text, kit.Shaper.FontOf(run.Face, LayoutKit.Body.Size));
            var charAt = new List<int>();
            for (var i = 0; i < run.Text.Length; i++)
            {
                var pair = char.IsHighSurrogate(run.Text[i]) && i + 1 < run.Text.Length;
                charAt.AddRange(Enumerable.Repeat(i, System.Text.Encoding.UTF8.GetByteCount(run.Text.AsSpan(i, pair ? 2 : 1))));
                i += pair ? 1 : 0;
            }

            for (var g = 0; g < result.Codepoints.Length; g++)
            {
                var next = g + 1 < result.Codepoints.Length ? result.Points[g + 1].X : result.Width;
                expected[(int)run.X + charAt[(int)result.Clusters[g]]] += next - result.Points[g].X;
                ids.Add((ushort)result.Codepoints[g]);
            }
        }

        Assert.Equal(expected, shaped.Advances);
        Assert.Equal(ids, shaped.GlyphsOf(0, text.Length).Ids.ToArray());
    }

    private sealed class RunComparer : IEqualityComparer<(string Face, string Text, float X, float Width, ushort[] Ids)>
    {
        public bool Equals((string Face, string Text, float X, float Width, ushort[] Ids) a, (string Face, string Text, float X, float Width, ushort[] Ids) b) =>
            a.Face == b.Face && a.Text == b.Text && a.X.Equals(b.X) && a.Width.Equals(b.Width) && a.Ids.SequenceEqual(b.Ids);

        public int GetHashCode((string Face, string Text, float X, float Width, ushort[] Ids) run) => run.Text.GetHashCode(StringComparison.Ordinal);
    }

    [Fact]
    public void ARunWithoutGlyphs_IsRefused_RatherThanDrawnSomeOtherWay()
    {
        using var kit = new LayoutKit(Paragraph);
        var run = kit.Shaper.Runs(Paragraph, 0, 5, LayoutKit.Body).First();

        var error = Assert.Throws<InvalidOperationException>(() => Draw(document =>
        {
            using var sink = new SkiaPdfSink(document, kit.Shaper);
            sink.BeginPage(300, 400).DrawText([run], 10, 20, LayoutKit.Body);
        }));

        Assert.Contains("TextShaper.Position", error.Message, StringComparison.Ordinal);
    }

    private static void EachLine(IReadOnlyList<List<GlyphRun>> lines, Action<List<GlyphRun>, float> draw)
    {
        var y = 20f;
        foreach (var line in lines)
        {
            draw(line, y);
            y += 14.5f;
        }
    }

    private static byte[] Draw(Action<SKDocument> drawPage)
    {
        using var stream = new MemoryStream();
        var date = new DateTime(2025, 3, 14, 0, 0, 0, DateTimeKind.Utc);
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Creation = date, Modified = date }))
        {
            drawPage(document);
            document.Close();
        }

        return stream.ToArray();
    }
}
