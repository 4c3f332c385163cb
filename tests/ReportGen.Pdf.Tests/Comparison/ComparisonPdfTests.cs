using ReportGen.Diff.Output;
using ReportGen.Pdf.Tests.Support;
using UglyToad.PdfPig;
using static ReportGen.Pdf.Tests.Support.PdfReading;

namespace ReportGen.Pdf.Tests.Comparison;

/// <summary>diff.pdf of the fixture diff, read back with PdfPig: what a reviewer sees on paper.</summary>
public sealed class ComparisonPdfTests(ComparisonFixture pdf) : IClassFixture<ComparisonFixture>
{
    // m022, 担当: the bureau was reorganised, 結核感染症課 → 感染症対策課.
    private const string NewOffices = "厚労省研究開発政策課、感染症対策課";
    private const string OldOffices = "厚労省研究開発政策課、結核感染症課";

    [Fact]
    public void PageOne_CarriesTheNote_AtTheTopRight_AndNoOtherPageDoes()
    {
        using var document = PdfDocument.Open(pdf.NewLeft);
        var page = document.GetPage(1);

        var note = Find(page, ComparisonWording.Note);

        Assert.NotNull(note);
        Assert.True(note[0].StartBaseLine.X > page.Width / 2, "the note starts in the right half");
        Assert.True(note[0].StartBaseLine.Y > page.Height - 60, "the note is at the top");
        Assert.All(document.GetPages().Skip(1), p => Assert.DoesNotContain(ComparisonWording.Note, TextOf(p), StringComparison.Ordinal));
    }

    [Fact]
    public void EveryPageOfTheComparison_RepeatsTheHeaderRow()
    {
        using var document = PdfDocument.Open(pdf.NewLeft);
        var pages = document.GetPages().ToList();
        var budgets = pages.FindIndex(p => TextOf(p).Contains("旧版新版前年度比", StringComparison.Ordinal));

        Assert.True(budgets > 1, "the comparison takes more than one page");
        Assert.All(pages.Take(budgets), p =>
        {
            Assert.Contains(ComparisonWording.NewSide, TextOf(p), StringComparison.Ordinal);
            Assert.Contains(ComparisonWording.OldSide, TextOf(p), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void EveryPageOfThePlanAgainstActual_RepeatsItsHeaderRow()
    {
        using var document = PdfDocument.Open(pdf.NewLeft);
        var pages = document.GetPages().ToList();
        var start = pages.FindIndex(p => TextOf(p).Contains("令和６年度の予定と実績", StringComparison.Ordinal));

        Assert.True(start >= 0 && start < pages.Count - 1, "plan against actual starts and continues on later pages");
        Assert.All(pages.Skip(start), p => Assert.Contains("令和６年度の取組予定（旧版）", TextOf(p), StringComparison.Ordinal));
    }

    [Fact]
    public void TheRenamedOffice_IsUnderlinedUnderExactlyTheChangedCharacters_OnBothSides()
    {
        using var document = PdfDocument.Open(pdf.NewLeft);

        var (newPage, newLetters) = First(document, NewOffices);
        var (oldPage, oldLetters) = First(document, OldOffices);

        Assert.Equal(["対策"], UnderlinedRuns(newPage, newLetters));
        Assert.Equal(["結核"], UnderlinedRuns(oldPage, oldLetters));
    }

    [Fact]
    public void TheUpdatedBudget_IsUnderlinedUnderItsChangedDigitsOnly()
    {
        // m033, 実績: （令和５年度予算：10.2億円） → （令和６年度予算：10.9億円）.
        using var document = PdfDocument.Open(pdf.NewLeft);

        var (newPage, newLetters) = First(document, "（令和６年度予算：10.9億円）において");
        var (oldPage, oldLetters) = First(document, "（令和５年度予算：10.2億円）において");

        Assert.Equal(["６", "9"], UnderlinedRuns(newPage, newLetters));
        Assert.Equal(["５", "2"], UnderlinedRuns(oldPage, oldLetters));
    }

    [Fact]
    public void AnUnchangedBullet_HasNoUnderline()
    {
        // m029 keeps its second bullet; it is shown beside the changed one for context.
        using var document = PdfDocument.Open(pdf.NewLeft);

        var (page, letters) = First(document, "また、「医療機器開発推進研究事業」（令和５年度予算：12億円）");

        Assert.Empty(UnderlinedRuns(page, letters));
    }

    [Fact]
    public void TheNewSide_IsOnTheLeft_ByDefault()
    {
        using var document = PdfDocument.Open(pdf.NewLeft);

        var (page, newLetters) = First(document, NewOffices);
        var oldLetters = Find(page, OldOffices)!;

        Assert.True(newLetters[0].StartBaseLine.X < page.Width / 2);
        Assert.True(oldLetters[0].StartBaseLine.X > page.Width / 2);
        Assert.True(HeaderX(document, ComparisonWording.NewSide) < HeaderX(document, ComparisonWording.OldSide));
    }

    [Fact]
    public void TheOldSide_IsOnTheLeft_WithTheSetting()
    {
        using var document = PdfDocument.Open(pdf.OldLeft);

        var (page, oldLetters) = First(document, OldOffices);
        var newLetters = Find(page, NewOffices)!;

        Assert.True(oldLetters[0].StartBaseLine.X < page.Width / 2);
        Assert.True(newLetters[0].StartBaseLine.X > page.Width / 2);
        Assert.True(HeaderX(document, ComparisonWording.OldSide) < HeaderX(document, ComparisonWording.NewSide));
    }

    [Fact]
    public void AnAddedMeasure_IsUnderlinedWhole_WithNewlyEstablishedOnTheOtherSide()
    {
        // m061 is new in 2025: its plan text is underlined whole on the new side, and the old side says （新設）.
        using var document = PdfDocument.Open(pdf.NewLeft);
        const string plan = "引き続き、PMDAにおける相談体制の充実を図る";

        var (page, letters) = First(document, plan);
        var placeholder = Find(page, ComparisonWording.Added);

        Assert.Equal([plan], UnderlinedRuns(page, letters));
        Assert.NotNull(placeholder);
        Assert.True(placeholder[0].StartBaseLine.X > page.Width / 2);
    }

    [Fact]
    public void Rendering_IsDeterministic_AndDatedByTheNewerEdition()
    {
        var again = ComparisonPdfRenderer.Render(ComparisonDocument.Build(pdf.Changes));
        using var document = PdfDocument.Open(pdf.NewLeft);

        Assert.Equal(pdf.NewLeft, again.Bytes);
        Assert.StartsWith("D:20250314000000+09'00'", document.Information.CreationDate, StringComparison.Ordinal);
    }

    /// <summary>Where the header cell 改正後 or 改正前 is on page 2, which has no title block: found by its last letter.</summary>
    private static double HeaderX(PdfDocument document, string side)
    {
        var page = document.GetPage(2);
        return page.Letters.Where(l => l.Value == side[^1..]).Select(l => l.StartBaseLine)
            .Where(p => p.Y > page.Height - 60)
            .Select(p => p.X)
            .Min();
    }
}
