using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ReportGen.Content;

/// <summary>
/// A YAML node with its position. Content files are small trees of mappings, sequences and scalars; keeping our
/// own tree (rather than deserialising into classes) lets every message name the line and column of the value.
/// </summary>
internal abstract record YamlNode(int Line, int Column);

internal sealed record YamlScalar(string Value, bool IsPlain, int Line, int Column) : YamlNode(Line, Column)
{
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}

internal sealed record YamlSequence(IReadOnlyList<YamlNode> Items, int Line, int Column) : YamlNode(Line, Column);

internal sealed record YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries, int Line, int Column)
    : YamlNode(Line, Column)
{
    /// <summary>The value of the first entry named <paramref name="key"/>, or null. A loop, not LINQ: the readers
    /// look up every field of every file, and a lambda capturing the key was allocated for each lookup.</summary>
    public YamlNode? this[string key]
    {
        get
        {
            for (var i = 0; i < Entries.Count; i++)
            {
                if (Entries[i].Key.Value == key)
                {
                    return Entries[i].Value;
                }
            }

            return null;
        }
    }
}

/// <summary>Why a file could not be read as YAML, with the position.</summary>
internal sealed class YamlReadException(string message, string hint, int line, int column) : Exception(message)
{
    public string Hint { get; } = hint;

    public int Line { get; } = line;

    public int Column { get; } = column;
}

/// <summary>
/// Reads one YAML document into <see cref="YamlNode"/>s from parser events. Anchors and aliases are refused:
/// content never needs them, and refusing them is what makes an alias bomb harmless.
/// </summary>
internal static class YamlReader
{
    private const int MaxDepth = 32;

    public static YamlNode? Read(string text)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser, 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var next = parser.Current!;
                throw new YamlReadException(
                    "1つのファイルに複数の YAML 文書（---）があります。",
                    "1ファイルには1つの文書だけを書いてください。",
                    (int)next.Start.Line,
                    (int)next.Start.Column);
            }

            return root;
        }
        catch (YamlException e)
        {
            throw (e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) ? TabInIndentation(text) : null) ?? YamlErrors.Explain(text, e);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's parser can lose its state on some unclosed flow collections ("key: [x" over several lines)
            // instead of raising a syntax error; the last event it read is the closest position we have.
            var at = SafeCurrent(parser);
            throw new YamlReadException(
                "YAML の書き方に誤りがあります（閉じていない [ や { があるようです）。",
                "[ ] と { } の対応、字下げ、引用符の閉じ忘れを確認してください。",
                at is null ? 1 : Math.Max(1, (int)at.Start.Line),
                at is null ? 1 : Math.Max(1, (int)at.Start.Column));
        }
    }

    private static ParsingEvent? SafeCurrent(Parser parser)
    {
        try
        {
            return parser.Current;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// Text for print has no control characters other than line breaks and tabs, and no half of a surrogate pair;
    /// YAML escapes (<c>"\e"</c>, <c>"\0"</c>, <c>"\uD800"</c>) can write them, and they would reach the terminal, the
    /// PDF's text shaper and the site.
    /// </summary>
    private static void CheckCharacters(string value, int line, int column)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var unpaired = char.IsHighSurrogate(c) ? i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]) : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1]));
            if ((char.IsControl(c) && c is not '\n' and not '\t') || unpaired)
            {
                throw new YamlReadException(
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"値に制御文字または不正な文字（U+{(int)c:X4}）が含まれています（{i + 1} 文字目）。"),
                    "見えない文字を削除してください。エスケープ（\\e、\\u など）で書いた文字も使えません。",
                    line,
                    column);
            }
        }
    }

    /// <summary>
    /// YAML forbids tabs in indentation, and the parser reports that where the enclosing value started, often lines
    /// before. The first line indented with a tab is where the editor has to look.
    /// </summary>
    private static YamlReadException? TabInIndentation(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return new YamlReadException(
                    "字下げにタブ文字が使われています。",
                    "YAML の字下げには半角スペースだけを使ってください（エディタの「タブをスペースに変換」を使うと確実です）。",
                    i + 1,
                    tab + 1);
            }
        }

        return null;
    }

    private static YamlNode ReadNode(IParser parser, int depth)
    {
        var current = parser.Current ?? throw new InvalidOperationException("Parser has no current event.");
        var line = (int)current.Start.Line;
        var column = (int)current.Start.Column;
        if (depth > MaxDepth)
        {
            throw new YamlReadException("入れ子が深すぎます。", "内容の構造を確認してください。", line, column);
        }

        switch (current)
        {
            case AnchorAlias:
                throw new YamlReadException(
                    "YAML のエイリアス（*）は使えません。",
                    "同じ内容を繰り返す場合はそのまま書いてください。",
                    line,
                    column);
            case NodeEvent { Anchor.IsEmpty: false }:
                throw new YamlReadException(
                    "YAML のアンカー（&）は使えません。",
                    "アンカーを削除し、内容をそのまま書いてください。",
                    line,
                    column);
        }

        if (parser.TryConsume<Scalar>(out var scalar))
        {
            CheckCharacters(scalar.Value, line, column);
            return new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, line, column);
        }

        if (parser.TryConsume<SequenceStart>(out _))
        {
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, depth + 1));
            }

            return new YamlSequence(items, line, column);
        }

        if (parser.TryConsume<MappingStart>(out _))
        {
            var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode(parser, depth + 1);
                if (keyNode is not YamlScalar key)
                {
                    throw new YamlReadException("キーには文字列を書いてください。", "キーの書き方を確認してください。", keyNode.Line, keyNode.Column);
                }

                // A set, not a scan of the entries so far: a file of 80,000 keys must not take quadratic time.
                if (!keys.Add(key.Value))
                {
                    throw new YamlReadException($"キー「{Diagnostics.Printable.Shorten(key.Value)}」が2回書かれています。", "どちらか一方を削除してください。", key.Line, key.Column);
                }

                entries.Add(new(key, ReadNode(parser, depth + 1)));
            }

            return new YamlMapping(entries, line, column);
        }

        throw new YamlReadException("読めない YAML の要素があります。", "書き方を確認してください。", line, column);
    }
}
