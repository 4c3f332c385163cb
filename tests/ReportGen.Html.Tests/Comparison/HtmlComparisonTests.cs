using System.Text.RegularExpressions;
using ReportGen.Diff;
using ReportGen.Diff.Output;
using ReportGen.Html.Comparison;
using ReportGen.Html.Text;
using ReportGen.Model;
using static ReportGen.Tests.Diff.TestReports;

namespace ReportGen.Html.Tests.Comparison;

/// <summary>diff.html read as text: escaping, the marks of a known edit, the note, both views, self-containment.</summary>
public partial class HtmlComparisonTests
{
    private static readonly Lazy<ChangeSet> FixtureChanges = new(() =>
        EditionDiffer.Compare(Source(Real, "2024", "content"), Source(Fixture, "2025", "edition-2025")));

    private static readonly Lazy<string> FixturePage = new(() => HtmlComparison.Render(ComparisonDocument.Build(FixtureChanges.Value)));

    private static string Page => FixturePage.Value;

    /// <summary>The part of the page between two markers, e.g. one view.</summary>
    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        var to = html.IndexOf(end, from + start.Length, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"{start} … {end} not found");
        return html[from..to];
    }

    private static string TableView => Between(Page, "<div class=\"view view-table\">", "<div class=\"view view-inline\">");

    private static string InlineView => Between(Page, "<div class=\"view view-inline\">", "<section id=\"budgets\"");

    [Fact]
    public void TheTable_MarksTheRenamedOffice_OnBothSides()
    {
        Assert.Contains("厚労省研究開発政策課、感染症<ins>対策</ins>課", TableView, StringComparison.Ordinal);
        Assert.Contains("厚労省研究開発政策課、<del>結核</del>感染症課", TableView, StringComparison.Ordinal);
    }

    [Fact]
    public void TheInlineView_ShowsTheEditAsOneText()
    {
        Assert.Contains("厚労省研究開発政策課、<del>結核</del>感染症<ins>対策</ins>課", InlineView, StringComparison.Ordinal);
    }

    [Fact]
    public void TheNote_IsAboveTheTable()
    {
        Assert.Contains("<p class=\"note\">（傍線部分は改正部分）</p>\n<table class=\"comparison\">", TableView, StringComparison.Ordinal);
    }

    [Fact]
    public void BothViews_AreOnThePage_WithAControlThatNeedsNoScript()
    {
        Assert.Contains("<input type=\"radio\" name=\"view\" id=\"view-table\" checked>", Page, StringComparison.Ordinal);
        Assert.Contains("<input type=\"radio\" name=\"view\" id=\"view-inline\">", Page, StringComparison.Ordinal);
        Assert.Contains("body:has(#view-inline:checked) .view-inline { display: block; }", Page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", Page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TheTable_IsSemantic_WithHeadersScopedToColumnsAndRowGroups()
    {
        Assert.Contains("<thead><tr><th scope=\"col\">改正後</th><th scope=\"col\">改正前</th></tr></thead>", TableView, StringComparison.Ordinal);
        Assert.Equal(14, RowGroupHeading().Count(TableView));
    }

    [Fact]
    public void ThePage_IsSelfContained_AndJapanese()
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"ja\">", Page, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", Page, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", Page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", Page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", Page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"http", Page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ThePage_HasTheBudgetTable_AndPlanAgainstActual()
    {
        var budgets = Between(Page, "<section id=\"budgets\"", "</section>");
        Assert.Contains("<tr><th scope=\"row\">医療機器等研究成果展開事業</th><td>令和７年度</td><td>–</td><td>11.2億円（予算案）</td><td class=\"number\">+0.3億円（予算→予算案）</td></tr>", budgets, StringComparison.Ordinal);

        var planActual = Between(Page, "<section id=\"plan-actual\"", "</section>");
        Assert.Equal(FixtureChanges.Value.PlanVsActual.UnmatchedCount, Regex.Count(planActual, "<tr class=\"flagged\">"));
    }

    [Fact]
    public void TheOldSide_IsOnTheLeft_WithTheSetting()
    {
        var html = HtmlComparison.Render(ComparisonDocument.Build(FixtureChanges.Value, new ComparisonOptions { Order = SideOrder.OldLeft }));

        Assert.Contains("<thead><tr><th scope=\"col\">改正前</th><th scope=\"col\">改正後</th></tr></thead>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td><p class=\"label\">担当</p><p>厚労省研究開発政策課、<del>結核</del>感染症課</p></td><td><p class=\"label\">担当</p><p>厚労省研究開発政策課、感染症<ins>対策</ins>課</p></td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentIsEscaped_EverywhereItIsWritten()
    {
        var old = MakeReport([MakeMeasure("m001", "g01", 10, (2023, "- 指標A<B を達成した。\n", null, null), (2024, null, "- 実施する。\n", "文部科学省"))]);
        var @new = MakeReport([MakeMeasure("m001", "g01", 10, (2023, "- 指標A<B & \"C\" を達成した<script>alert(1)</script>。\n", null, null), (2024, null, "- 実施する。\n", "文部科学省"))]);

        var html = HtmlComparison.Render(ComparisonDocument.Build(EditionDiffer.Compare(Source(old, "2024", "<main>"), Source(@new, "2024", "content"))));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<main>の", html, StringComparison.Ordinal);
        Assert.Contains("&lt;main&gt; の 2024", html, StringComparison.Ordinal);
        Assert.Contains("指標A&lt;B &amp; &quot;C&quot; を達成した&lt;script&gt;alert(1)&lt;/script&gt;。", html, StringComparison.Ordinal);
        Assert.Contains("<del>指標A&lt;B を達成した。</del>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentIsEscaped_AsOnTheSite_OnlyTheFiveMarkupCharacters()
    {
        var old = MakeReport([MakeMeasure("m001", "g01", 10, (2023, "- 実施した。\n", null, null), (2024, null, "- 実施する。\n", "文部科学省"))]);
        var @new = MakeReport([MakeMeasure("m001", "g01", 10, (2023, "- 10×20 mm²、𠮟責のない 'SaMD' を実施した。\n", null, null), (2024, null, "- 実施する。\n", "文部科学省"))]);

        var html = HtmlComparison.Render(ComparisonDocument.Build(EditionDiffer.Compare(Source(old, "2024"), Source(@new, "2024"))));

        Assert.Contains(HtmlText.Escape("10×20 mm²、𠮟責のない 'SaMD' を"), html, StringComparison.Ordinal);
        Assert.Contains("10×20 mm²、𠮟責のない &#39;SaMD&#39; を", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWriter_WritesDiffHtml()
    {
        var folder = Directory.CreateTempSubdirectory("reportgen-html-comparison-");
        try
        {
            var written = new HtmlComparisonWriter().Write(ComparisonDocument.Build(FixtureChanges.Value), folder.FullName);

            Assert.Equal(["diff.html"], written.Select(w => w.Name));
            Assert.Equal(Page, File.ReadAllText(Path.Combine(folder.FullName, "diff.html")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [GeneratedRegex("<tbody id=\"[a-z]+-[^\"]+\">\n<tr><th scope=\"rowgroup\" colspan=\"2\">")]
    private static partial Regex RowGroupHeading();
}
