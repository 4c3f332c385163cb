using ReportGen.Content;
using ReportGen.Export;
using ReportGen.Import;
using ReportGen.Publishing;
using ReportGen.Tests.Support;

namespace ReportGen.Tests;

/// <summary>content/ is exactly what the importer writes for the seed, and the loader reads back what was written.</summary>
public class ImportRoundTripTests
{
    private static readonly SeedInfo Info = new(
        new DateOnly(2024, 3, 12),
        "国民が受ける医療の質の向上のための医療機器の研究開発及び普及の促進に関する検討会（第4回）",
        "厚生労働省");

    /// <summary>The import of the seed, published (reportgen publish --edition 2024 --allow-empty), as committed.</summary>
    private static SortedDictionary<string, string> ImportedAndPublished()
    {
        var imported = SeedImporter.Import(File.ReadAllText(Repo.Seed), Info);
        var files = ContentWriter.Files(imported);
        var published = YearlyCycle.Publish(imported, imported.Editions[0], allowEmptyCells: true);
        foreach (var (path, text) in published.Files)
        {
            files[path] = text;
        }

        foreach (var path in published.Deletions)
        {
            files.Remove(path);
        }

        return files;
    }

    [Fact]
    public void ImportingTheSeed_AndPublishingIt_GivesTheCommittedContent()
    {
        var files = ImportedAndPublished();
        var committed = Directory.EnumerateFiles(Repo.Content, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".json", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(Repo.Content, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(files.Keys, committed);
        foreach (var (path, text) in files)
        {
            Assert.True(text == WithoutTheOfficeRegistry(File.ReadAllText(Path.Combine(Repo.Content, path))), $"content/{path} differs from a fresh import");
        }
    }

    /// <summary>The registry of offices at the end of report.yaml is the secretariat's, written by hand, not imported.</summary>
    private static string WithoutTheOfficeRegistry(string text)
    {
        var at = text.IndexOf("# 担当の部署の一覧", StringComparison.Ordinal);
        return at < 0 ? text : text[..at];
    }

    [Fact]
    public void TheLoader_ReadsBackTheImportedModel()
    {
        var imported = SeedImporter.Import(File.ReadAllText(Repo.Seed), Info);
        var loaded = ContentLoader.Load(Repo.Content).Report!;

        Assert.Equal(JsonExporter.Export(imported), JsonExporter.Export(loaded));
    }
}
