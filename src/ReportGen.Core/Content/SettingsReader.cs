using ReportGen.Model;

namespace ReportGen.Content;

/// <summary>Reads <c>report.yaml</c>: the report's title and publisher, the ministries and the offices.</summary>
internal sealed class SettingsReader
{
    private readonly ContentFolder _folder;

    public SettingsReader(ContentFolder folder) => _folder = folder;

    public ReportSettings? Read()
    {
        var bag = _folder.Bag;
        var path = Path.Combine(_folder.Root, ContentLoader.ReportFile);
        if (!File.Exists(path))
        {
            bag.Error(_folder.Display(path), 0, 0, "報告書の設定ファイルがありません。", "report.yaml（title, publisher, ministries）を作成してください。");
            return null;
        }

        if (_folder.ReadYaml(path) is not var (node, file, _))
        {
            return null;
        }

        var f = Fields.Of(node, file, bag, FieldPlace.Report);
        if (f is null)
        {
            return null;
        }

        var ministries = new List<Ministry>();
        switch (f.Get(ContentFields.Report.Ministries))
        {
            case YamlMapping map:
                foreach (var (key, value) in map.Entries)
                {
                    if (value is YamlScalar { IsNull: false } name)
                    {
                        ministries.Add(new Ministry(key.Value, name.Value));
                    }
                    else
                    {
                        bag.Error(file, value.Line, value.Column, $"省庁「{key.Value}」の正式名称を書いてください。", "例: 厚: 厚生労働省");
                    }
                }

                break;
            case null:
                bag.Error(file, f.Node.Line, f.Node.Column, "必須の項目「ministries」（省庁の略称と名称）がありません。", "例: ministries: { 厚: 厚生労働省 }");
                break;
            case var other:
                bag.Error(file, other.Line, other.Column, "「ministries」は「略称: 名称」の形で書いてください。", "例: 厚: 厚生労働省");
                break;
        }

        var title = f.Text(ContentFields.Report.Title);
        var publisher = f.Text(ContentFields.Report.Publisher);
        var offices = ReadOffices(f, file, ministries);
        return title is null || publisher is null ? null : new ReportSettings(title, publisher, ministries) { Offices = offices };
    }

    private List<OfficeInfo> ReadOffices(Fields f, string file, List<Ministry> ministries)
    {
        var bag = _folder.Bag;
        var offices = new List<OfficeInfo>();
        if (!f.Has(ContentFields.Report.Offices))
        {
            return offices;
        }

        if (f.Get(ContentFields.Report.Offices) is not YamlSequence items)
        {
            var (line, column) = f.PositionOf(ContentFields.Report.Offices);
            bag.Error(file, line, column, "「offices」は部署のリストにしてください。", "例: offices: の下に「- name: 厚労省医療機器政策室」を並べます。");
            return offices;
        }

        foreach (var item in items.Items)
        {
            var o = Fields.Of(item, file, bag, FieldPlace.Office);
            var name = o?.Text(ContentFields.Office.Name);
            if (o is null || name is null)
            {
                continue;
            }

            var ministry = o.Text(ContentFields.Office.Ministry);
            if (ministry is not null && ministries.All(m => m.Code != ministry))
            {
                var (line, column) = o.PositionOf(ContentFields.Office.Ministry);
                bag.Error(file, line, column, $"部署「{name}」の省庁「{ministry}」は ministries にありません。", "使える略称: " + string.Join("、", ministries.Select(m => m.Code)));
            }

            if (offices.Any(x => x.Name == name))
            {
                var (line, column) = o.PositionOf(ContentFields.Office.Name);
                bag.Error(file, line, column, $"部署「{name}」が2回書かれています。", "1つにまとめてください。");
                continue;
            }

            offices.Add(new OfficeInfo(name, ministry, [.. o.StringList(ContentFields.Office.Short).Select(s => s.Value)]));
        }

        return offices;
    }
}
