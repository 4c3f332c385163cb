using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Pdf.Tests.Support;
using ReportGen.Pdf.Writing;

namespace ReportGen.Pdf.Tests;

/// <summary>The fonts embedded in the real edition's PDF: trimmed to the tables that draw, and drawing the same.</summary>
public sealed class EmbeddedFontTests(RealEditionFixture pdf) : IClassFixture<RealEditionFixture>
{
    [Fact]
    public void TheSeedPdf_IsAtMost250KiB()
    {
        Assert.True(pdf.Result.Bytes.Length <= 256_000, $"{pdf.Result.Bytes.Length} bytes");
    }

    [Fact]
    public void TheEmbeddedFontPrograms_HaveNoCmap_NorOtherTablesUnusedForDrawing()
    {
        var programs = FontPrograms(pdf.Result.Bytes);

        Assert.Equal(2, programs.Count);
        Assert.All(programs, font =>
        {
            var tables = FontSubsetTests.Tables(font).Keys;
            Assert.Contains("glyf", tables);
            Assert.Contains("hmtx", tables);
            Assert.DoesNotContain("cmap", tables);
            Assert.DoesNotContain("GSUB", tables);
            Assert.DoesNotContain("name", tables);
            Assert.DoesNotContain("post", tables);
        });
    }

    [Fact]
    public async Task ThePages_LookExactlyAsInTheUntrimmedPdf()
    {
        var untrimmed = PdfRenderer.Draw(pdf.Report, pdf.Edition).Bytes;
        var path = Path.Combine(Path.GetTempPath(), $"reportgen-untrimmed-{Environment.ProcessId}.pdf");
        File.WriteAllBytes(path, untrimmed);
        try
        {
            Assert.All(FontPrograms(untrimmed), font => Assert.Contains("cmap", FontSubsetTests.Tables(font).Keys));

            var pages = await Task.WhenAll(Rasterize(pdf.Path), Rasterize(path));

            Assert.True(pages[0].Length > 0);
            Assert.True(pages[0].AsSpan().SequenceEqual(pages[1]), "pdftoppm draws the trimmed PDF differently");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void SkiasPdf_ReadAndWrittenAgain_IsTheSameBytes()
    {
        var untrimmed = PdfRenderer.Draw(pdf.Report, pdf.Edition).Bytes;

        Assert.Equal(untrimmed, ClassicXrefPdf.Read(untrimmed)!.Write(new Dictionary<int, byte[]>()));
    }

    [Fact]
    public void APdfWithAnIncrementalUpdate_IsLeftAsItIs()
    {
        Assert.Contains("/Prev ", Encoding.Latin1.GetString(pdf.Result.Bytes), StringComparison.Ordinal);
        Assert.Same(pdf.Result.Bytes, EmbeddedFontTrimmer.Trim(pdf.Result.Bytes));
    }

    /// <summary>Every page at 100 dpi as one stream of PPM images.</summary>
    private static async Task<byte[]> Rasterize(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-r", "100", path]) { RedirectStandardOutput = true })!;
        using var pixels = new MemoryStream();
        await process.StandardOutput.BaseStream.CopyToAsync(pixels);
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return pixels.ToArray();
    }

    /// <summary>The decompressed FontFile2 streams of <paramref name="bytes"/>, found by their object numbers.</summary>
    private static List<byte[]> FontPrograms(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        return [.. Regex.Matches(text, @"/FontFile2 (\d+) 0 R")
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .Select(number =>
            {
                var stream = Regex.Match(text, $@"\n{number} 0 obj\s*<<([^<>]*)>>\s*stream\r?\n");
                var length = int.Parse(Regex.Match(stream.Groups[1].Value, @"/Length (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
                using var zlib = new ZLibStream(new MemoryStream(bytes, stream.Index + stream.Length, length), CompressionMode.Decompress);
                using var font = new MemoryStream();
                zlib.CopyTo(font);
                return font.ToArray();
            })];
    }
}
