using ReportGen.Model;

namespace ReportGen.Content;

/// <summary>
/// The one place that knows the content format. Reads <c>report.yaml</c>, <c>structure.yaml</c>,
/// <c>editions/*.yaml</c> and <c>measures/**/*.yaml</c>, validates them against each other and builds the model.
/// It never writes to the content folder. Each kind of file has its reader, each check across files its class; the
/// fields they accept are those of <see cref="ContentFields"/>.
/// </summary>
public sealed class ContentLoader
{
    public const string ReportFile = "report.yaml";
    public const string StructureFile = "structure.yaml";
    public const string EditionsFolder = "editions";
    public const string MeasuresFolder = "measures";

    private readonly ContentFolder _folder;

    private ContentLoader(string root, string displayRoot) => _folder = new ContentFolder(root, displayRoot);

    /// <param name="contentDir">The content folder; paths in messages start with it as given.</param>
    public static LoadResult Load(string contentDir)
    {
        var loader = new ContentLoader(Path.GetFullPath(contentDir), contentDir.TrimEnd('/', '\\'));
        var report = loader.LoadAll();
        var bag = loader._folder.Bag;
        return new LoadResult(bag.HasErrors ? null : report, bag.Sorted()) { Partial = report };
    }

    private Report? LoadAll()
    {
        if (!Directory.Exists(_folder.Root))
        {
            _folder.Bag.Error(_folder.DisplayRoot, 0, 0, "内容フォルダがありません。", "リポジトリの最上位で実行するか、--content でフォルダを指定してください。");
            return null;
        }

        var settings = new SettingsReader(_folder).Read();
        var sections = new StructureReader(_folder).Read();
        var measureReader = new MeasureReader(_folder);
        var measures = measureReader.Read();
        var editionReader = new EditionReader(_folder);
        var (editions, records) = editionReader.Read();
        if (settings is null || sections is null)
        {
            return null;
        }

        var report = new Report(settings, sections, measures, editions) { PublishedViews = records };
        var crossChecks = new CrossChecks(_folder, measureReader.ValuePositions);
        crossChecks.Run(report);
        new PublishedCellCheck(_folder.Bag).Run(report);

        // An edition whose record cannot be read, or whose columns show years nothing has, is reported by now: the
        // checks against the open edition would only echo it, once per measure.
        if (!editionReader.Broken && !crossChecks.EditionsBroken)
        {
            new OpenEditionCheck(_folder.Bag).Run(report);
        }

        return report;
    }
}
