using System.Globalization;
using ReportGen.Editions;
using ReportGen.Model;
using ReportGen.Pdf.Drawing;
using ReportGen.Pdf.Layout;
using ReportGen.Pdf.Tables;
using ReportGen.Pdf.Text;
using ReportGen.Pdf.Writing;

namespace ReportGen.Pdf;

/// <summary>Settings of one PDF build that do not come from the content.</summary>
public sealed record PdfOptions
{
    /// <summary>Metadata date; defaults to the edition's date (SOURCE_DATE_EPOCH wins when set).</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Families tried for characters the main font lacks.</summary>
    public IReadOnlyList<string> FallbackFonts { get; init; } = ["Noto Sans CJK JP"];

    /// <summary>
    /// The metadata date of a document about <paramref name="edition"/>: <see cref="Timestamp"/>, else
    /// SOURCE_DATE_EPOCH, else the edition's day in Japan. Never the clock, so a rebuild gives the same bytes.
    /// </summary>
    public DateTimeOffset DateOf(Edition edition) =>
        Timestamp ?? SourceDateEpoch() ?? new DateTimeOffset(edition.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(9));

    /// <summary>The date SOURCE_DATE_EPOCH asks for, if set: reproducible builds pin dates with it.</summary>
    public static DateTimeOffset? SourceDateEpoch() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}

/// <summary>A rendered PDF and what went into it.</summary>
public sealed record PdfResult(byte[] Bytes, int Pages, IReadOnlyList<OutlineEntry> Outline, string Fonts);

/// <summary>
/// Renders one edition of the report as a paginated PDF in the 資料２－２ layout: lays the table out with the
/// element engine in <see cref="Layout"/>, counts the pages, then draws them with Skia.
/// </summary>
public static class PdfRenderer
{
    private const float PointsPerMm = 72f / 25.4f;

    /// <summary>Renders what <paramref name="edition"/> prints: its record when published, the live tree when a draft.</summary>
    public static PdfResult Render(Report report, Edition edition, PdfOptions? options = null) =>
        Render(EditionView.Of(report, edition), options);

    public static PdfResult Render(EditionView view, PdfOptions? options = null) => Render(view, options, PdfDocumentRenderer.Render);

    /// <summary>The PDF of <paramref name="edition"/> as Skia writes it, before the finishing steps.</summary>
    internal static PdfResult Draw(Report report, Edition edition) =>
        Render(EditionView.Of(report, edition), null, PdfDocumentRenderer.Draw);

    private static PdfResult Render(EditionView view, PdfOptions? options, Func<DocumentSpec, PdfDocumentSettings, PdfOptions, PdfResult> render)
    {
        options ??= new PdfOptions();
        var edition = view.Edition;
        var spec = ReportTableBuilder.Build(view);
        var settings = new PdfDocumentSettings(
            edition.Fonts.Gothic,
            PageOf(edition),
            edition.Title,
            view.Publisher,
            string.Join(" ", new[] { view.PrintedLabel, edition.Meeting }.Where(s => !string.IsNullOrEmpty(s))),
            options.DateOf(edition));
        return render(spec, settings, options);
    }

    public static PageSettings PageOf(Edition edition)
    {
        var (w, h) = edition.Page.Size switch
        {
            "A3" => (297f, 420f),
            "B4" => (257f, 364f),
            "B5" => (182f, 257f),
            _ => (210f, 297f),
        };
        if (edition.Page.Landscape)
        {
            (w, h) = (h, w);
        }

        var p = edition.Page;
        return new PageSettings(
            w * PointsPerMm,
            h * PointsPerMm,
            (float)p.MarginTopMm * PointsPerMm,
            (float)p.MarginRightMm * PointsPerMm,
            (float)p.MarginBottomMm * PointsPerMm,
            (float)p.MarginLeftMm * PointsPerMm,
            PdfDocumentRenderer.PageNumberStyle.LineHeight + 4);
    }

    /// <summary>The laid-out body of a document: its title, then its tables.</summary>
    public static Element BuildBody(DocumentSpec spec, TextShaper shaper) => PdfDocumentRenderer.BuildBody(spec, shaper);
}
