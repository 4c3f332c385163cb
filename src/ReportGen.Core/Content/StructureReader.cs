using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Content;

/// <summary>Reads <c>structure.yaml</c>: the sections in order, and the goals (and repeated goals) of each.</summary>
internal sealed class StructureReader
{
    private readonly ContentFolder _folder;

    public StructureReader(ContentFolder folder) => _folder = folder;

    public List<Section>? Read()
    {
        var bag = _folder.Bag;
        var path = Path.Combine(_folder.Root, ContentLoader.StructureFile);
        if (!File.Exists(path))
        {
            bag.Error(_folder.Display(path), 0, 0, "構成ファイルがありません。", "structure.yaml（sections と goals）を作成してください。");
            return null;
        }

        if (_folder.ReadYaml(path) is not var (node, file, _))
        {
            return null;
        }

        var f = Fields.Of(node, file, bag, FieldPlace.Structure);
        if (f?.Get(ContentFields.Structure.Sections) is not YamlSequence sectionNodes)
        {
            if (f is not null)
            {
                bag.Error(file, f.Node.Line, f.Node.Column, "「sections」（項目のリスト）がありません。", "sections: の下に項目を並べてください。");
            }

            return null;
        }

        var sections = new List<Section>();
        var goalIds = new Dictionary<string, (int Line, int Column)>();
        foreach (var sectionNode in sectionNodes.Items)
        {
            var s = Fields.Of(sectionNode, file, bag, FieldPlace.Section);
            if (s is null)
            {
                continue;
            }

            var id = s.Id(ContentFields.Section.Id);
            var number = s.Int(ContentFields.Section.Number);
            var title = s.Text(ContentFields.Section.Title);
            var goals = new List<Goal>();
            if (s.Get(ContentFields.Section.Goals) is YamlSequence goalNodes)
            {
                foreach (var goalNode in goalNodes.Items)
                {
                    var g = Fields.Of(goalNode, file, bag, FieldPlace.Goal);
                    if (g is null || id is null)
                    {
                        continue;
                    }

                    var repeat = g.Id(ContentFields.Goal.Repeat);
                    var repeated = new List<string>();
                    foreach (var item in g.StringList(ContentFields.Goal.RepeatedMeasures))
                    {
                        if (ContentIds.IsValid(item.Value))
                        {
                            repeated.Add(item.Value);
                        }
                        else
                        {
                            bag.Error(file, item.Line, item.Column, $"再掲する{ContentIds.Label(IdKind.Measure)}「{Printable.Shorten(item.Value)}」は使えません。", ContentIds.Rule(IdKind.Measure));
                        }
                    }

                    if (repeat is not null)
                    {
                        goals.Add(new Goal($"{id}-{repeat}", id, string.Empty, repeat, repeated));
                        continue;
                    }

                    // A goal that does not repeat another needs its own id and title.
                    var goalId = g.Id(ContentFields.Goal.Id, required: true);
                    var goalTitle = g.Text(ContentFields.Goal.Title, required: true);
                    if (goalId is null || goalTitle is null)
                    {
                        continue;
                    }

                    var (line, column) = g.PositionOf(ContentFields.Goal.Id);
                    if (goalIds.TryGetValue(goalId, out var first))
                    {
                        bag.Error(file, line, column, $"目標 ID「{goalId}」が重複しています（{first.Line} 行目と同じ）。", "別の ID にしてください。");
                    }

                    goalIds[goalId] = (line, column);
                    goals.Add(new Goal(goalId, id, goalTitle, null, repeated));
                }
            }
            else
            {
                var (line, column) = s.PositionOf(ContentFields.Section.Goals);
                bag.Error(file, line, column, "「goals」（目標のリスト）がありません。", "goals: の下に目標を並べてください。");
            }

            if (id is not null && number is not null && title is not null)
            {
                sections.Add(new Section(id, number.Value, title, goals));
            }
        }

        foreach (var goal in sections.SelectMany(x => x.Goals).Where(g => g.IsRepeat && !goalIds.ContainsKey(g.RepeatOf!)))
        {
            bag.Error(file, 1, 1, $"再掲の目標「{goal.RepeatOf}」がありません。", "repeat: には既にある目標の ID を書いてください。");
        }

        return sections;
    }
}
