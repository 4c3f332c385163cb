using System.Text;
using ReportGen.Content;
using ReportGen.Diff;
using ReportGen.Diff.Output;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportGen.Pdf.Tests.Support;

/// <summary>
/// The fixture diff (the real 2024 edition against tests/fixtures/edition-2025, whose README lists every edit) written
/// as diff.pdf by <see cref="PdfComparisonWriter"/>, once with the default column order and once with the old side left.
/// </summary>
public sealed class ComparisonFixture : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("reportgen-comparison-test-");

    public ComparisonFixture()
    {
        var real = Load(Repo.Content);
        var fixture = Load(Path.Combine(Repo.Root, "tests", "fixtures", "edition-2025"));
        Changes = EditionDiffer.Compare(
            new EditionSource(real, real.Editions.Single(e => e.Id == "2024"), "content"),
            new EditionSource(fixture, fixture.Editions.Single(e => e.Id == "2025"), "edition-2025"));
        NewLeft = Write(ComparisonOptions.Default, "new-left");
        OldLeft = Write(new ComparisonOptions { Order = SideOrder.OldLeft }, "old-left");
    }

    public ChangeSet Changes { get; }

    /// <summary>diff.pdf as <c>reportgen diff</c> writes it: 改正後 on the left.</summary>
    public byte[] NewLeft { get; }

    /// <summary>diff.pdf with 改正前 on the left.</summary>
    public byte[] OldLeft { get; }

    private byte[] Write(ComparisonOptions options, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder.FullName, name)).FullName;
        var written = new PdfComparisonWriter().Write(ComparisonDocument.Build(Changes, options), folder);
        Assert.Equal([PdfComparisonWriter.FileName], written.Select(w => w.Name));
        return File.ReadAllBytes(Path.Combine(folder, PdfComparisonWriter.FileName));
    }

    private static ReportGen.Model.Report Load(string dir) =>
        ContentLoader.Load(dir).Report ?? throw new InvalidOperationException(dir + " has errors");

    public void Dispose() => _folder.Delete(recursive: true);
}

/// <summary>Reading text and the 傍線 back from a PDF page.</summary>
public static class PdfReading
{
    /// <summary>All letters of the page in drawing order, which is reading order within a cell.</summary>
    public static string TextOf(Page page) => string.Concat(page.Letters.Select(l => l.Value));

    /// <summary>The page's letters with whitespace dropped and NFKC applied, for containment checks.</summary>
    public static string Compact(Page page) => string.Concat(TextOf(page).Where(c => !char.IsWhiteSpace(c))).Normalize(NormalizationForm.FormKC);

    /// <summary>The letters of the first occurrence of <paramref name="text"/> on the page, or null.</summary>
    public static IReadOnlyList<Letter>? Find(Page page, string text)
    {
        var letters = page.Letters;
        var at = TextOf(page).IndexOf(text, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        // A letter's value is usually one character but need not be; walk the offsets rather than assume it.
        var found = new List<Letter>();
        var offset = 0;
        foreach (var letter in letters)
        {
            if (offset >= at && offset < at + text.Length)
            {
                found.Add(letter);
            }

            offset += letter.Value.Length;
        }

        return found;
    }

    /// <summary>
    /// The stroked horizontal segments of the page that are not cell borders: Skia writes each underline as a move and
    /// a line, while borders are rectangles.
    /// </summary>
    public static IReadOnlyList<(double X0, double X1, double Y)> Underlines(Page page) =>
        [.. page.Paths
            .Where(p => p.IsStroked)
            .SelectMany(p => p)
            .Where(s => s.Commands.Count == 2)
            .Select(s => s.GetBoundingRectangle())
            .OfType<UglyToad.PdfPig.Core.PdfRectangle>()
            .Where(r => r.Height < 0.01)
            .Select(r => (r.Left, r.Right, r.Bottom))];

    /// <summary>
    /// The runs of <paramref name="letters"/> that have an underline right below their baseline across their whole width:
    /// what a reader sees as 傍線部分.
    /// </summary>
    public static IReadOnlyList<string> UnderlinedRuns(Page page, IReadOnlyList<Letter> letters)
    {
        var underlines = Underlines(page);
        bool IsUnderlined(Letter l) => underlines.Any(u =>
            u.Y < l.StartBaseLine.Y && u.Y > l.StartBaseLine.Y - 3
            && u.X0 <= l.StartBaseLine.X + 0.01 && u.X1 >= l.EndBaseLine.X - 0.01);

        var runs = new List<string>();
        var current = new StringBuilder();
        foreach (var letter in letters)
        {
            if (IsUnderlined(letter))
            {
                current.Append(letter.Value);
            }
            else if (current.Length > 0)
            {
                runs.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            runs.Add(current.ToString());
        }

        return runs;
    }

    /// <summary>The first page with <paramref name="text"/> and its letters there.</summary>
    public static (Page Page, IReadOnlyList<Letter> Letters) First(PdfDocument document, string text)
    {
        foreach (var page in document.GetPages())
        {
            if (Find(page, text) is { } letters)
            {
                return (page, letters);
            }
        }

        throw new InvalidOperationException($"「{text}」 is on no page");
    }
}
