using ReportGen.Content;
using ReportGen.Status;

namespace ReportGen.Tests;

/// <summary>担当 as written in the real edition, read against the registry in content/report.yaml.</summary>
public class OfficeRegistryTests
{
    private static readonly OfficeRegistry Registry = new(ContentLoader.Load(Repo.Content).Report!.Settings.Offices);

    [Theory]
    [InlineData("経済産業省医福室", "経済産業省医福室")]
    [InlineData("経済産業省ヘル産課・医福室", "経済産業省ヘル産課|経済産業省医福室")]
    [InlineData("厚労省医療国際展開推進室・医療機器政策室・ベンチャー室", "厚労省医療国際展開推進室|厚労省医療機器政策室|厚労省ベンチャー室")]
    [InlineData("厚労省・機器室", "厚労省医療機器政策室")]
    [InlineData("結核感染症課", "厚労省結核感染症課")]
    [InlineData("経済産業省", "経済産業省")]
    public void Match_NamesEachOfficeAnEntryMentions(string entry, string expected)
    {
        var match = Registry.Match(entry);

        Assert.Equal(expected.Split('|'), match.Offices.Select(o => o.Name));
        Assert.Empty(match.Unknown);
    }

    [Fact]
    public void Match_ReportsWhatNoOfficeMatches()
    {
        var match = Registry.Match("厚労省医療機器政策室・新設室");

        Assert.Equal(["厚労省医療機器政策室"], match.Offices.Select(o => o.Name));
        Assert.Equal(["新設室"], match.Unknown);
    }

    [Fact]
    public void EveryOfficeOfTheRealEdition_IsInTheRegistry()
    {
        var report = ContentLoader.Load(Repo.Content).Report!;
        var entries = report.Measures.SelectMany(m => m.Years).Where(y => y.Offices is not null).Select(y => y.Offices!).ToList();

        Assert.NotEmpty(entries);
        Assert.All(entries, offices => Assert.Empty(Registry.Resolve(offices).Unknown));
    }
}
