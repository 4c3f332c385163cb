using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Content;

/// <summary>
/// Reads the fields of one YAML mapping, reporting unknown keys (with a suggestion), missing required keys and
/// values of the wrong kind against the file, line and column they come from. The keys, types and labels are those
/// of <see cref="ContentFields"/>: a field is read by its row, never by a key written out here.
/// </summary>
internal sealed class Fields
{
    private readonly YamlMapping _map;
    private readonly string _file;
    private readonly DiagnosticBag _bag;

    private readonly FieldPlace _place;

    private Fields(YamlMapping map, string file, DiagnosticBag bag, FieldPlace place)
    {
        _map = map;
        _file = file;
        _bag = bag;
        _place = place;
    }

    public YamlMapping Node => _map;

    /// <summary>
    /// The fields of a mapping at <paramref name="place"/>: the keys <see cref="ContentFields"/> lists there are
    /// accepted, and messages name the mapping as the table does unless <paramref name="name"/> is given.
    /// </summary>
    public static Fields? Of(YamlNode? node, string file, DiagnosticBag bag, FieldPlace place, string? name = null) =>
        Of(node, file, bag, name ?? ContentFields.NameOf(place), ContentFields.KeysOf(place), place);

    /// <summary>Null (with an error) when <paramref name="node"/> is not a mapping.</summary>
    private static Fields? Of(YamlNode? node, string file, DiagnosticBag bag, string what, IReadOnlyCollection<string> known, FieldPlace place)
    {
        if (node is not YamlMapping map)
        {
            var (line, column) = node is null ? (1, 1) : (node.Line, node.Column);
            bag.Error(file, line, column, $"{what}は「キー: 値」の形で書いてください。", "見本のファイルと同じ形になっているか確認してください。");
            return null;
        }

        var fields = new Fields(map, file, bag, place);
        foreach (var (key, _) in map.Entries)
        {
            if (!known.Contains(key.Value))
            {
                var suggestion = Suggest.Closest(key.Value, known);
                var hint = suggestion is null
                    ? "使えるキー: " + string.Join(", ", known)
                    : $"「{suggestion}」のことですか？";
                if (key.Value.StartsWith('\u3000'))
                {
                    // 「　　offices」: a full-width space looks like indentation but is part of the key to YAML.
                    bag.Error(file, key.Line, key.Column, "字下げに全角スペースが使われています。", $"行頭の字下げは半角スペースで書いてください（全角スペース「　」は字下げになりません）。「{key.Value.TrimStart('\u3000')}」の前の全角スペースを半角スペースに直します。");
                    continue;
                }

                bag.Error(file, key.Line, key.Column, $"{what}に不明なキー「{key.Value}」があります。", hint);
            }
        }

        return fields;
    }

    public YamlNode? Get(ContentField field) => _map[Key(field)];

    public bool Has(ContentField field) => Has(Key(field));

    public (int Line, int Column) PositionOf(ContentField field) => PositionOf(Key(field));

    /// <summary>A string field; required as the table says unless <paramref name="required"/> says otherwise.</summary>
    public string? Text(ContentField field, bool? required = null)
    {
        Expect(field, FieldType.Text, FieldType.Date);
        return (required ?? field.Required) ? RequiredString(field.Key, field.Label) : OptionalString(field.Key, field.Label);
    }

    /// <summary>An id field; required as the table says unless <paramref name="required"/> says otherwise.</summary>
    public string? Id(ContentField field, bool? required = null)
    {
        Expect(field, FieldType.Id);
        var kind = field.IdKind ?? throw new InvalidOperationException($"{field} has no id kind.");
        return (required ?? field.Required) ? Id(field.Key, kind) : OptionalId(field.Key, kind);
    }

    public int? Int(ContentField field)
    {
        Expect(field, FieldType.Integer);
        return Int(field.Key, field.Label, field.Required);
    }

    public double? Number(ContentField field)
    {
        Expect(field, FieldType.Number);
        return Number(field.Key, field.Label, field.Required);
    }

    public bool Bool(ContentField field)
    {
        Expect(field, FieldType.Boolean);
        return Bool(field.Key, field.Label);
    }

    public IReadOnlyList<YamlScalar> StringList(ContentField field)
    {
        Expect(field, FieldType.TextList);
        return StringList(field.Key, field.Label);
    }

    private string Key(ContentField field)
    {
        if (field.Place != _place)
        {
            throw new InvalidOperationException($"{field} is read from a mapping at {_place}.");
        }

        return field.Key;
    }

    /// <summary>A field read as another type than the table gives it is a mistake in the loader, not in the content.</summary>
    private void Expect(ContentField field, params FieldType[] types)
    {
        Key(field);
        if (!types.Contains(field.Type))
        {
            throw new InvalidOperationException($"{field} is a {field.Type} field, not {string.Join(" or ", types)}.");
        }
    }

    private bool Has(string key) => _map[key] is not null and not YamlScalar { IsNull: true };

    /// <summary>Where the key itself is written (its value may start on a later line).</summary>
    private (int Line, int Column) PositionOfKey(string key)
    {
        var entry = _map.Entries.FirstOrDefault(e => e.Key.Value == key);
        return entry.Key is null ? (_map.Line, _map.Column) : (entry.Key.Line, entry.Key.Column);
    }

    private (int Line, int Column) PositionOf(string key)
    {
        var entry = _map.Entries.FirstOrDefault(e => e.Key.Value == key);
        return entry.Key is null ? (_map.Line, _map.Column) : (entry.Value.Line, entry.Value.Column);
    }

    private string? RequiredString(string key, string label)
    {
        var value = OptionalString(key, label);
        if (value is null && !_map.Entries.Any(e => e.Key.Value == key))
        {
            _bag.Error(_file, _map.Line, _map.Column, $"必須の項目「{key}」（{label}）がありません。", $"「{key}: …」を追加してください。");
        }
        else if (string.IsNullOrWhiteSpace(value))
        {
            var (line, column) = PositionOf(key);
            _bag.Error(_file, line, column, $"「{key}」（{label}）が空です。", "値を書いてください。");
            return null;
        }

        return value;
    }

    /// <summary>A required id that follows <see cref="ContentIds"/>; null (with an error at the value) otherwise.</summary>
    private string? Id(string key, IdKind kind) => CheckId(key, RequiredString(key, ContentIds.Label(kind)), kind);

    /// <summary>An optional id that follows <see cref="ContentIds"/> when it is given.</summary>
    private string? OptionalId(string key, IdKind kind) => CheckId(key, OptionalString(key, ContentIds.Label(kind)), kind);

    private string? CheckId(string key, string? value, IdKind kind)
    {
        if (value is null || ContentIds.IsValid(value))
        {
            return value;
        }

        var (line, column) = PositionOf(key);
        _bag.Error(_file, line, column, $"「{key}」の{ContentIds.Label(kind)}「{Printable.Shorten(value)}」は使えません。", ContentIds.Rule(kind));
        return null;
    }

    private string? OptionalString(string key, string label)
    {
        var node = _map[key];
        switch (node)
        {
            case null:
            case YamlScalar { IsNull: true }:
                return null;
            case YamlScalar s:
                return s.Value;
            case YamlSequence:
                // The usual way to get here: a bullet list written under the key without the | that makes it text.
                var (keyLine, keyColumn) = PositionOfKey(key);
                _bag.Error(_file, keyLine, keyColumn, $"「{key}」（{label}）の箇条書きが、文章ではなくリストとして書かれています。", $"「{key}:」の後に「 |」を付けて「{key}: |」とし、その下の「- 」で始まる行は今の字下げのままにしてください。");
                return null;
            default:
                _bag.Error(_file, node.Line, node.Column, $"「{key}」（{label}）には文字列を書いてください。", "「キー: 値」の形ではなく、1つの値にしてください。複数行の文章は「" + key + ": |」の下に字下げして書きます。");
                return null;
        }
    }

    private int? Int(string key, string label, bool required)
    {
        var text = required ? RequiredString(key, label) : OptionalString(key, label);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        var (line, column) = PositionOf(key);
        _bag.Error(_file, line, column, $"「{key}」（{label}）には半角の整数を書いてください（「{text}」）。", "例: 10");
        return null;
    }

    private double? Number(string key, string label, bool required)
    {
        var text = required ? RequiredString(key, label) : OptionalString(key, label);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            return value;
        }

        var (line, column) = PositionOf(key);
        _bag.Error(_file, line, column, $"「{key}」（{label}）には半角の数値を書いてください（「{text}」）。", "例: 12.5");
        return null;
    }

    private bool Bool(string key, string label)
    {
        var text = OptionalString(key, label);
        switch (text)
        {
            case null:
            case "false":
                return false;
            case "true":
                return true;
            default:
                var (line, column) = PositionOf(key);
                _bag.Error(_file, line, column, $"「{key}」（{label}）には true か false を書いてください（「{text}」）。");
                return false;
        }
    }

    private List<YamlScalar> StringList(string key, string label)
    {
        var node = _map[key];
        switch (node)
        {
            case null:
            case YamlScalar { IsNull: true }:
                return [];
            case YamlSequence seq:
                var list = new List<YamlScalar>();
                foreach (var item in seq.Items)
                {
                    if (item is YamlScalar s)
                    {
                        list.Add(s);
                    }
                    else
                    {
                        _bag.Error(_file, item.Line, item.Column, $"「{key}」（{label}）の要素には文字列を書いてください。");
                    }
                }

                return list;
            default:
                _bag.Error(_file, node.Line, node.Column, $"「{key}」（{label}）はリストで書いてください。", "例: [◎厚, 経]");
                return [];
        }
    }
}
