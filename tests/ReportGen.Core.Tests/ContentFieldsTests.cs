using System.Text.Json;
using ReportGen.Content;
using ReportGen.Export;
using ReportGen.Model;

namespace ReportGen.Tests;

/// <summary>
/// <see cref="ContentFields"/> is the one description of the content format: what the writer writes, and what the JSON
/// export carries, follow it. (The schemas are held to it by <see cref="SchemaTests"/>.)
/// </summary>
public class ContentFieldsTests
{
    /// <summary>A measure with every field of the table written, and an edition with every optional field.</summary>
    private static readonly Report Full = TestData.Report(
        TestData.Settings(ministries: [new Ministry("厚", "厚生労働省")]),
        [
            TestData.Section("s1", 1, "項目", TestData.Goal("g01", "s1", "目標")),
            TestData.Section("s2", 2, "次の項目", TestData.RepeatedGoal("s2-g01", "s2", "g01", "m001"), TestData.Goal("g02", "s2", "次の目標", "m001")),
        ],
        [
            TestData.Measure(
                "m001",
                title: "見出し",
                text: "本文",
                textIncomplete: true,
                details: "①　細目",
                ministries: [new MinistryRef("厚", true)],
                ministriesNote: "注記",
                years: [TestData.Year(2023, results: "- 前年度の実績。\n"), TestData.Year(2024, "- 実績。\n", "- 予定。\n", "厚労省医療機器政策室")]),
        ],
        [TestData.Edition("2024", new DateOnly(2024, 3, 12), TestData.Columns(2023, 2024), meeting: "検討会")]);

    [Fact]
    public void Writer_WritesEachFieldOfAMeasure_InTheTablesOrder()
    {
        var measure = (YamlMapping)YamlReader.Read(ContentWriter.WriteMeasure(Full, Full.Measures[0]))!;
        var year = (YamlMapping)((YamlMapping)measure["years"]!).Entries[^1].Value;

        Assert.Equal(ContentFields.KeysOf(FieldPlace.Measure), Keys(measure));
        Assert.Equal(ContentFields.KeysOf(FieldPlace.Year), Keys(year));
    }

    [Fact]
    public void Writer_WritesEachFieldOfAnEdition_InTheTablesOrder()
    {
        var edition = (YamlMapping)YamlReader.Read(ContentWriter.WriteEdition(Full.Editions[0]))!;
        var page = (YamlMapping)edition["page"]!;

        Assert.Equal(ContentFields.KeysOf(FieldPlace.Edition), Keys(edition));
        Assert.Equal(ContentFields.KeysOf(FieldPlace.Column), Keys((YamlMapping)((YamlSequence)edition["columns"]!).Items[1]));
        Assert.Equal(ContentFields.KeysOf(FieldPlace.Page), Keys(page));
        Assert.Equal(ContentFields.KeysOf(FieldPlace.Margins), Keys((YamlMapping)page["margins_mm"]!));
        Assert.Equal(ContentFields.KeysOf(FieldPlace.Fonts), Keys((YamlMapping)edition["fonts"]!));
    }

    [Fact]
    public void Writer_WritesEachFieldOfTheStructure_InTheTablesOrder()
    {
        var structure = (YamlMapping)YamlReader.Read(ContentWriter.Files(Full)[ContentLoader.StructureFile])!;
        var section = (YamlMapping)((YamlSequence)structure["sections"]!).Items[1];
        var goals = ((YamlSequence)section["goals"]!).Items.Cast<YamlMapping>().ToList();

        Assert.Equal(ContentFields.KeysOf(FieldPlace.Structure), Keys(structure));
        Assert.Equal(ContentFields.KeysOf(FieldPlace.Section), Keys(section));

        // A goal has either its own id and title or the goal it repeats; the table lists both ways.
        Assert.Equal(ContentFields.KeysOf(FieldPlace.Goal).Where(k => k != "repeat"), Keys(goals[1]));
        Assert.Equal(ContentFields.KeysOf(FieldPlace.Goal).Where(k => k is not ("id" or "title")), Keys(goals[0]));
    }

    [Fact]
    public void WrittenFiles_LoadBackToTheSameReport()
    {
        using var temp = TempContent.Of(Repo.Fixture("minimal-content"));
        Directory.Delete(temp.Content, recursive: true);
        foreach (var (path, text) in ContentWriter.Files(Full))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(temp.PathOf(path))!);
            temp.Write(path, text);
        }

        var report = TestData.Load(temp.Content);
        var loaded = report.Measures.Single();

        var written = Full.Measures[0];
        Assert.Equal(
            (written.Title, written.Text, written.TextIncomplete, written.Details?.Markdown, written.Ministries.Single(), written.MinistriesNote),
            (loaded.Title, loaded.Text, loaded.TextIncomplete, loaded.Details?.Markdown, loaded.Ministries.Single(), loaded.MinistriesNote));
        Assert.Equal(
            Full.Sections.SelectMany(x => x.Goals).Select(g => (g.Id, g.Title, g.RepeatOf, string.Join(",", g.RepeatedMeasures))),
            report.Sections.SelectMany(x => x.Goals).Select(g => (g.Id, g.Title, g.RepeatOf, string.Join(",", g.RepeatedMeasures))));
        Assert.Equal(written.Years.Select(y => (y.FiscalYear, y.Results?.Markdown, y.Plans?.Markdown, y.Offices?.Text)), loaded.Years.Select(y => (y.FiscalYear, y.Results?.Markdown, y.Plans?.Markdown, y.Offices?.Text)));
    }

    /// <summary>The places whose every field the export carries under the same key (a goal's repeat is repeat_of there,
    /// margins are margin_*_mm, and the offices of report.yaml are not exported).</summary>
    [Theory]
    [InlineData("Measure", "/measures/0")]
    [InlineData("Year", "/measures/0/years/1")]
    [InlineData("Edition", "/editions/0")]
    [InlineData("Column", "/editions/0/columns/1")]
    [InlineData("Fonts", "/editions/0/fonts")]
    [InlineData("Section", "/sections/0")]
    public void Export_CarriesEachFieldOfTheTable(string placeName, string at)
    {
        using var json = JsonDocument.Parse(JsonExporter.Export(Full));
        var element = json.RootElement;
        foreach (var step in at.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            element = int.TryParse(step, out var index) ? element[index] : element.GetProperty(step);
        }

        var exported = element.EnumerateObject().Select(p => p.Name).ToList();

        Assert.All(ContentFields.KeysOf(Enum.Parse<FieldPlace>(placeName)), key => Assert.Contains(key, exported));
    }

    private static List<string> Keys(YamlMapping map) => [.. map.Entries.Select(e => e.Key.Value)];
}
