using ReportGen.Diff.Text;
using ReportGen.Model;

namespace ReportGen.Tests.Diff;

public class ListDiffTests
{
    private static TextBlock Bullet(string text) => new(true, 1, [text]);

    private static List<TextBlock> Bullets(params string[] texts) => [.. texts.Select(Bullet)];

    private const string A = "「医療機器等研究成果展開事業」において、実用化支援や企業マッチングを実施する。";
    private const string B = "「地域連携拠点」を通じて、中小企業のシーズと医療機関の臨床ニーズのマッチングを推進する。";
    private const string C = "｢優れた医療機器の創出に係る産業振興拠点強化事業｣において、拠点整備を進めていく予定。";
    private const string D = "引き続き、CRBの質向上や、臨床研究従事者の育成に取り組む。";

    [Fact]
    public void Compare_ReportsNothingChanged_ForTheSameList()
    {
        var items = ListDiff.Compare(Bullets(A, B, C), Bullets(A, B, C));

        Assert.All(items, i => Assert.False(i.IsChange));
    }

    [Fact]
    public void Compare_ReportsOneMove_WhenTheLastBulletMovesToTheTop()
    {
        var items = ListDiff.Compare(Bullets(A, B, C, D), Bullets(D, A, B, C));

        var moved = Assert.Single(items, i => i.IsChange);
        Assert.Equal(D, moved.New!.Text);
        Assert.True(moved.IsMoved);
        Assert.Equal(ItemChangeKind.Unchanged, moved.Kind);
        Assert.Equal((3, 0), (moved.OldIndex, moved.NewIndex));
    }

    [Fact]
    public void Compare_ReportsAMovedBulletAsChangedToo_WhenItWasAlsoEdited()
    {
        var edited = C.Replace("進めていく予定。", "進める。", StringComparison.Ordinal);

        var items = ListDiff.Compare(Bullets(A, B, C), Bullets(edited, A, B));

        var moved = Assert.Single(items, i => i.IsChange);
        Assert.True(moved.IsMoved);
        Assert.Equal(ItemChangeKind.Changed, moved.Kind);
        Assert.Contains(new DiffSpan(DiffOp.Delete, "ていく予定"), moved.Spans);
    }

    [Fact]
    public void Compare_PairsAnEditedBullet_AndDiffsItInline()
    {
        var edited = A.Replace("実施する", "実施した", StringComparison.Ordinal);

        var items = ListDiff.Compare(Bullets(A, B), Bullets(edited, B));

        var changed = Assert.Single(items, i => i.IsChange);
        Assert.Equal(ItemChangeKind.Changed, changed.Kind);
        Assert.False(changed.IsMoved);
        Assert.Contains(new DiffSpan(DiffOp.Insert, "した"), changed.Spans);
    }

    [Fact]
    public void Compare_ReportsRemovedAndAdded_WhenABulletIsReplacedByAnUnrelatedOne()
    {
        var items = ListDiff.Compare(Bullets(A, B), Bullets(A, D));

        Assert.Equal([ItemChangeKind.Unchanged, ItemChangeKind.Removed, ItemChangeKind.Added], items.Select(i => i.Kind));
    }

    [Fact]
    public void Compare_PlacesARemovedBulletWhereItStood()
    {
        var items = ListDiff.Compare(Bullets(A, B, C), Bullets(A, C));

        Assert.Equal([A, B, C], items.Select(i => (i.New ?? i.Old)!.Text));
        Assert.Equal(ItemChangeKind.Removed, items[1].Kind);
    }

    [Fact]
    public void Compare_ReportsNoMoves_WhenLookAlikeBulletsChangeInPlace()
    {
        // m030 lists nearly identical bullets; a changed count must not be paired with a look-alike elsewhere.
        var old = Bullets(
            "医療機器等研究成果展開事業において１件の課題を採択",
            "医療機器開発推進研究事業において２件の課題を採択",
            "医療機器等研究成果展開事業において11件の課題を採択",
            "医療機器開発推進研究事業において２件の課題を採択");
        var @new = Bullets(
            "医療機器等研究成果展開事業において１件の課題を採択",
            "医療機器開発推進研究事業において２件の課題を採択",
            "医療機器等研究成果展開事業において12件の課題を採択",
            "医療機器開発推進研究事業において２件の課題を採択");

        var items = ListDiff.Compare(old, @new);

        var changed = Assert.Single(items, i => i.IsChange);
        Assert.False(changed.IsMoved);
        Assert.Equal((2, 2), (changed.OldIndex, changed.NewIndex));
    }

    [Fact]
    public void Compare_ReportsABulletChange_WhenAParagraphBecomesABullet()
    {
        var items = ListDiff.Compare([new TextBlock(false, 0, [D])], [Bullet(D)]);

        var item = Assert.Single(items);
        Assert.Equal(ItemChangeKind.Changed, item.Kind);
        Assert.True(item.BulletChanged);
    }
}
