using System.Globalization;
using System.Text;
using ReportGen.Pdf.Writing;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// Reading a PDF laid out as Skia writes it (objects, one classic cross-reference table, a trailer) and writing it
/// again with objects replaced; anything laid out otherwise is refused, so that the finisher leaves it alone.
/// </summary>
public sealed class ClassicXrefPdfTests
{
    private static readonly string[] Objects =
    [
        "1 0 obj\n<</Type /Catalog\n/Pages 2 0 R>>\nendobj\n",
        "2 0 obj\n<</Type /Pages\n/Kids []\n/Count 0>>\nendobj\n",
        "3 0 obj\n<</Author (trailer of the plan)\n/Producer (ReportGen)>>\nendobj\n",
    ];

    [Fact]
    public void AFileReadAndWrittenWithoutReplacements_IsTheSameBytes()
    {
        var pdf = Pdf(Objects);

        var file = ClassicXrefPdf.Read(pdf);

        Assert.NotNull(file);
        Assert.Equal([1, 2, 3], file.Objects.Select(o => o.Number));
        Assert.Equal(Objects[1], Encoding.Latin1.GetString(file.Objects[1].Bytes.Span));
        Assert.Equal(pdf, file.Write(new Dictionary<int, byte[]>()));
    }

    [Fact]
    public void AReplacedObject_MovesTheOnesAfterIt_AndTheTableFollows()
    {
        var longer = "2 0 obj\n<</Type /Pages\n/Kids []\n/Count 0\n/Note (a longer object than before)>>\nendobj\n";

        var written = ClassicXrefPdf.Read(Pdf(Objects))!.Write(new Dictionary<int, byte[]> { [2] = Encoding.Latin1.GetBytes(longer) });

        Assert.Equal(Pdf([Objects[0], longer, Objects[2]]), written);
        var again = ClassicXrefPdf.Read(written);
        Assert.NotNull(again);
        Assert.Equal(longer, Encoding.Latin1.GetString(again.Objects[1].Bytes.Span));
    }

    [Theory]
    [InlineData("an update after the table (/Prev)", "/Prev 9\n")]
    [InlineData("a /Size that is not the table's", "/Size 7\n")]
    public void ATrailerItDoesNotExpect_IsRefused(string _, string extraEntry)
    {
        var pdf = Encoding.Latin1.GetString(Pdf(Objects));
        var broken = pdf.Replace("trailer\n<<", "trailer\n<<" + extraEntry, StringComparison.Ordinal);

        Assert.Null(ClassicXrefPdf.Read(Encoding.Latin1.GetBytes(broken)));
    }

    [Fact]
    public void AnEntryThatDoesNotPointAtItsObject_IsRefused()
    {
        var pdf = Pdf(Objects);
        var text = Encoding.Latin1.GetString(pdf);
        var entry = text.IndexOf(" 00000 n", StringComparison.Ordinal) - 10;
        var offset = long.Parse(text.AsSpan(entry, 10), CultureInfo.InvariantCulture);

        Encoding.Latin1.GetBytes((offset + 1).ToString("D10", CultureInfo.InvariantCulture)).CopyTo(pdf, entry);

        Assert.Null(ClassicXrefPdf.Read(pdf));
    }

    [Theory]
    [InlineData("%PDF-1.4\n")]
    [InlineData("not a PDF at all")]
    [InlineData("trailer\n<</Size 2>>\nstartxref\n\n%%EOF\n")]
    [InlineData("xref\n0 1\n0000000000 65535 f \ntrailer\n<</Size 1>>\nstartxref\n0\n%%EOF\n")]
    public void WhatIsNotSuchAFile_IsRefused(string text)
    {
        Assert.Null(ClassicXrefPdf.Read(Encoding.Latin1.GetBytes(text)));
    }

    [Fact]
    public void TextAfterTheTable_IsRefused()
    {
        var pdf = Encoding.Latin1.GetString(Pdf(Objects)).Replace(" n \ntrailer", " n \n% note\ntrailer", StringComparison.Ordinal);

        Assert.Null(ClassicXrefPdf.Read(Encoding.Latin1.GetBytes(pdf)));
    }

    /// <summary>A PDF of <paramref name="objects"/> (numbered from 1) with a classic table and trailer, as Skia lays it out.</summary>
    private static byte[] Pdf(string[] objects)
    {
        var text = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<int>();
        foreach (var o in objects)
        {
            offsets.Add(text.Length);
            text.Append(o);
        }

        var xref = text.Length;
        text.Append("xref\n0 ").Append(objects.Length + 1).Append("\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        text.Append("trailer\n<</Size ").Append(objects.Length + 1).Append("\n/Root 1 0 R\n/Info 3 0 R>>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.Latin1.GetBytes(text.ToString());
    }
}
