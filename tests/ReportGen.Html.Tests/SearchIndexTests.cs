using System.Text.Json;
using ReportGen.Html.Search;
using ReportGen.Html.Tests.Support;

namespace ReportGen.Html.Tests;

/// <summary>
/// The measures a query must find. The ids were read from <c>content/measures/*.yaml</c> with grep; the test checks
/// them against a plain substring scan of the model and against what the site's index holds.
/// </summary>
public class SearchIndexTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    public static readonly string[] SaMDMeasures = ["m034", "m047", "m048", "m049", "m051"];

    public static readonly TheoryData<string, string[]> Queries = new()
    {
        { "伴走支援", ["m001", "m003", "m005", "m006", "m008", "m009", "m017", "m020", "m021", "m029", "m041", "m043", "m044"] },
        { "SaMD", SaMDMeasures },
        { "地域連携拠点", ["m004", "m006", "m008", "m009", "m015", "m016", "m017", "m021", "m023", "m025"] },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Content_SubstringScanFindsTheExpectedMeasures(string query, string[] expected)
    {
        var report = Sites.Real;
        var found = report.Measures
            .Where(m => (report.EffectiveTitle(m) + "\n" + SearchIndex.Text(m)).Contains(query, StringComparison.Ordinal))
            .Select(m => m.Id)
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, found);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Build_SearchIndexHoldsTheTextTheQueryMatches(string query, string[] expected)
    {
        var script = site.Read("search-index.js");
        const string Prefix = "window." + SearchIndex.GlobalName + " = ";
        Assert.StartsWith(Prefix, script, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(script[Prefix.Length..].TrimEnd('\n', ';'));

        var found = json.RootElement.GetProperty("measures").EnumerateArray()
            .Where(e => (e.GetProperty("title").GetString() + "\n" + e.GetProperty("text").GetString()).Contains(query, StringComparison.Ordinal))
            .Select(e => e.GetProperty("id").GetString())
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, found);
    }

    [Fact]
    public void Build_SearchIndexKeepsJapaneseAsWritten()
    {
        var script = site.Read("search-index.js");

        // 伴走支援 as written, not as \u escapes, which would make the index three times the size.
        Assert.Contains("伴走支援", script, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u4F34", script, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("};\n", script, StringComparison.Ordinal);
    }
}
