using ReportGen.Model;

namespace ReportGen.Content;

/// <summary>
/// One field of the content format: a row of <see cref="ContentFields"/>. The loader checks keys and types against
/// it, the writer orders keys by it, and the tests hold the JSON Schemas and the export to it.
/// </summary>
/// <param name="Place">The mapping the key may be written in.</param>
/// <param name="Key">The key as written in YAML.</param>
/// <param name="Type">What the value holds.</param>
/// <param name="Label">The name the loader's messages give the field (「title」（施策の見出し）が空です。).</param>
/// <param name="Title">The short name editors see beside the key in VS Code: the field's <c>title</c> in the schema.</param>
/// <param name="Required">Whether the loader reports the key when it is missing.</param>
internal sealed record ContentField(FieldPlace Place, string Key, FieldType Type, string Label, string Title, bool Required = false)
{
    /// <summary>For <see cref="FieldType.Id"/> fields, which kind of id; its label names the field in messages.</summary>
    public IdKind? IdKind { get; init; }

    public override string ToString() => $"{Place}.{Key}";
}
