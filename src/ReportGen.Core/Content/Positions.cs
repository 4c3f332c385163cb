namespace ReportGen.Content;

/// <summary>
/// The position of every value in a YAML tree by its path (<c>goal</c>, <c>ministries/1</c>, <c>years/2024/plans</c>),
/// so that a check made after the model is built can still point at the value it is about.
/// </summary>
internal static class Positions
{
    public static Dictionary<string, (int Line, int Column)> Of(YamlNode? root)
    {
        var positions = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        Walk(root, string.Empty, positions);
        return positions;
    }

    private static void Walk(YamlNode? node, string path, Dictionary<string, (int Line, int Column)> positions)
    {
        switch (node)
        {
            case YamlMapping map:
                foreach (var (key, value) in map.Entries)
                {
                    var child = path.Length == 0 ? key.Value : path + "/" + key.Value;
                    positions[child] = (value.Line, value.Column);
                    Walk(value, child, positions);
                }

                break;
            case YamlSequence seq:
                for (var i = 0; i < seq.Items.Count; i++)
                {
                    var child = path + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    positions[child] = (seq.Items[i].Line, seq.Items[i].Column);
                    Walk(seq.Items[i], child, positions);
                }

                break;
        }
    }
}
