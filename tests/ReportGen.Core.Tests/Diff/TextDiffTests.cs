using ReportGen.Diff.Text;

namespace ReportGen.Tests.Diff;

public class TextDiffTests
{
    private static DiffSpan Eq(string text) => new(DiffOp.Equal, text);

    private static DiffSpan Del(string text) => new(DiffOp.Delete, text);

    private static DiffSpan Ins(string text) => new(DiffOp.Insert, text);

    [Fact]
    public void Diff_MarksOnlyTheAddedDigit_When50Becomes500()
    {
        Assert.Equal([Eq("支援件数は50"), Ins("0"), Eq("件")], TextDiff.Compute("支援件数は50件", "支援件数は500件"));
    }

    [Fact]
    public void Diff_MarksOnlyTheChangedDigits_WhenTheYearAndAmountOfABudgetChange()
    {
        var spans = TextDiff.Compute("令和５年度予算：10.2億円", "令和６年度予算：10.9億円");

        Assert.Equal([Eq("令和"), Del("５"), Ins("６"), Eq("年度予算：10."), Del("2"), Ins("9"), Eq("億円")], spans);
    }

    [Fact]
    public void Diff_IsOneDeletionAndOneInsertion_WhenASentenceIsRewritten()
    {
        const string Old = "伴走コンサル等による企業・大学等に対するワンストップ支援を推進した。";
        const string New = "地域の医療機関と連携し、企業の製品化を後押しした。";

        var spans = TextDiff.Compute(Old, New);

        Assert.Single(spans, s => s.Op == DiffOp.Delete);
        Assert.Single(spans, s => s.Op == DiffOp.Insert);
    }

    [Fact]
    public void Diff_KeepsTheSharedEnding_WhenTheStartOfASentenceIsRewritten()
    {
        var spans = TextDiff.Compute("製品化を目指す企業を支援した。", "事業化を目指すベンチャーを支援した。");

        Assert.Equal([Del("製品"), Ins("事業"), Eq("化を目指す"), Del("企業"), Ins("ベンチャー"), Eq("を支援した。")], spans);
    }

    [Fact]
    public void Diff_MarksTheWholeHiraganaRun_WhenAVerbEndingChanges()
    {
        Assert.Equal([Eq("推進"), Del("した"), Ins("する"), Eq("。")], TextDiff.Compute("推進した。", "推進する。"));
    }

    [Fact]
    public void Diff_MarksOnlyTheInsertedKana_WhenAMissingParticleIsAdded()
    {
        Assert.Equal([Eq("）"), Ins("に"), Eq("おいて、")], TextDiff.Compute("）おいて、", "）において、"));
    }

    [Fact]
    public void Diff_MarksOnlyTheChangedKanji_InsideAnOfficeName()
    {
        var spans = TextDiff.Compute("厚労省研究開発政策課、結核感染症課", "厚労省研究開発政策課、感染症対策課");

        Assert.Equal([Eq("厚労省研究開発政策課、"), Del("結核"), Eq("感染症"), Ins("対策"), Eq("課")], spans);
    }

    [Fact]
    public void Diff_MarksTheBrackets_WhenYosanKakkoAnBecomesYosanAn()
    {
        var spans = TextDiff.Compute("令和６年度予算（案）：", "令和６年度予算案：");

        Assert.Equal([Eq("令和６年度予算"), Del("（"), Eq("案"), Del("）"), Eq("：")], spans);
    }

    [Fact]
    public void Diff_KeepsSeparateEditsApart_InACompactBudgetPhrase()
    {
        var spans = TextDiff.Compute("（令和６年度予算案：10.9憶円）", "（令和７年度予算案：11.2億円）");

        Assert.Equal([Eq("（令和"), Del("６"), Ins("７"), Eq("年度予算案：1"), Del("0.9憶"), Ins("1.2億"), Eq("円）")], spans);
    }

    [Fact]
    public void Diff_RefinesEveryDigitGroup_WhenAFigureWithSeparatorsChanges()
    {
        var spans = TextDiff.Compute("287,614千円", "287,641千円");

        Assert.Equal([Eq("287,6"), Del("14"), Ins("41"), Eq("千円")], spans);
    }

    [Fact]
    public void Diff_IsOneEquality_WhenTheTextsAreTheSame()
    {
        Assert.Equal([Eq("同じ文。")], TextDiff.Compute("同じ文。", "同じ文。"));
    }

    [Fact]
    public void Diff_IsOneInsertion_WhenTheOldTextIsEmpty()
    {
        Assert.Equal([Ins("新しい文。")], TextDiff.Compute(string.Empty, "新しい文。"));
    }

    [Fact]
    public void Diff_RebuildsBothTexts()
    {
        const string Old = "「医療機器等研究成果展開事業」」（令和６年度予算（案）：10.9憶円）において、実用化支援を実施する。";
        const string New = "「医療機器等研究成果展開事業」（令和７年度予算案：11.2億円）において、実用化支援や企業マッチングを実施する。";

        var spans = TextDiff.Compute(Old, New);

        Assert.Equal(Old, TextDiff.OldText(spans));
        Assert.Equal(New, TextDiff.NewText(spans));
    }

    [Fact]
    public void OldAndNewSide_MarkTheDeletedAndTheInsertedParts()
    {
        var spans = TextDiff.Compute("令和５年度", "令和６年度");

        Assert.Equal([new MarkedRun("令和", false), new MarkedRun("５", true), new MarkedRun("年度", false)], TextDiff.OldSide(spans));
        Assert.Equal([new MarkedRun("令和", false), new MarkedRun("６", true), new MarkedRun("年度", false)], TextDiff.NewSide(spans));
    }
}
