using ReportGen.Diff.Text;

namespace ReportGen.Tests.Diff;

public class ScriptRunsTests
{
    private static string[] Runs(string text) => [.. ScriptRuns.Tokenize(text).Select(t => t.Text)];

    [Fact]
    public void Tokenize_CutsWhereTheScriptChanges()
    {
        Assert.Equal(["医療機器", "を", "開発", "する"], Runs("医療機器を開発する"));
    }

    [Fact]
    public void Tokenize_KeepsADecimalNumberInOneRun()
    {
        Assert.Equal(["10.2", "億円"], Runs("10.2億円"));
    }

    [Fact]
    public void Tokenize_KeepsThousandsSeparatorsInsideANumber()
    {
        Assert.Equal(["287,614", "千円"], Runs("287,614千円"));
    }

    [Fact]
    public void Tokenize_EndsANumberAtAFullStopThatNoDigitFollows()
    {
        Assert.Equal(["19", "億円", "。", "10", "件"], Runs("19億円。10件"));
    }

    [Fact]
    public void Tokenize_ReadsFullWidthDigitsAsDigits()
    {
        var tokens = ScriptRuns.Tokenize("令和５年度");

        Assert.Equal(["令和", "５", "年度"], tokens.Select(t => t.Text));
        Assert.Equal(Script.Digits, tokens[1].Script);
    }

    [Fact]
    public void Tokenize_KeepsTheProlongedSoundMarkInsideItsKatakanaWord()
    {
        Assert.Equal(["ヘルスケアベンチャー", "の"], Runs("ヘルスケアベンチャーの"));
    }

    [Fact]
    public void Tokenize_TreatsTheMiddleDotAsPunctuation()
    {
        Assert.Equal(["開発", "・", "事業化"], Runs("開発・事業化"));
    }

    [Fact]
    public void Tokenize_CutsPunctuationOneCharacterAtATime()
    {
        Assert.Equal(["）", "（", "「"], Runs("）（「"));
    }

    [Fact]
    public void Tokenize_KeepsLatinLettersTogether()
    {
        Assert.Equal(["SaMD", "の", "実用化"], Runs("SaMDの実用化"));
    }

    [Fact]
    public void Tokenize_CountsIterationMarkAsKanji()
    {
        Assert.Equal(["各々", "の"], Runs("各々の"));
    }
}
