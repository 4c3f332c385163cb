using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportGen.Diff;
using ReportGen.Model;

namespace ReportGen.Publishing;

/// <summary>One thing a published edition shows: a stable key, a label for messages, and the text.</summary>
public sealed record SnapshotEntry(string Key, string Label, string Text);

/// <summary>
/// What an edition shows, written down when it is published (<c>editions/&lt;id&gt;.published.json</c>), so that
/// <c>check</c> can tell which measure and which field changed afterwards. The edition file keeps the SHA-256 of
/// the snapshot, so the record itself cannot be edited unnoticed.
/// </summary>
public static class EditionSnapshot
{
    public static string FileName(string editionId) => editionId + ".published.json";

    public static IReadOnlyList<SnapshotEntry> Take(Report report, Edition edition)
    {
        var entries = new List<SnapshotEntry>
        {
            new("edition/label", "資料番号", edition.Label),
            new("edition/title", "表題", edition.Title),
        };
        entries.AddRange(edition.Columns.Select((c, i) => new SnapshotEntry($"edition/column/{i}", $"列見出し {i + 1}", c.Header)));
        var view = EditionView.Of(report, edition);
        foreach (var section in view.Sections)
        {
            entries.Add(new($"section/{section.Id}", $"項目 {section.Id}", section.Title));
            foreach (var goal in section.Goals)
            {
                entries.Add(new($"goal/{goal.Id}", $"目標 {goal.Id}", goal.Title));
                foreach (var row in goal.Rows)
                {
                    var m = row.Measure;
                    entries.Add(new($"measure/{m.Id}/place", $"施策 {m.Id} の位置", $"{m.SectionId}/{m.GoalId}/{m.Order}"));
                    entries.Add(new($"measure/{m.Id}/text", $"施策 {m.Id} の「{Header(edition, ColumnKind.Text, "該当箇所")}」", (m.Title ?? string.Empty) + "\n" + m.Text + m.Marker + "\n" + (m.Details?.PlainText ?? string.Empty)));
                    entries.Add(new($"measure/{m.Id}/results", $"施策 {m.Id} の「{Header(edition, ColumnKind.Results, "実績")}」", row.Results?.PlainText ?? string.Empty));
                    entries.Add(new($"measure/{m.Id}/plans", $"施策 {m.Id} の「{Header(edition, ColumnKind.Plans, "予定")}」", row.Plans?.PlainText ?? string.Empty));
                    entries.Add(new($"measure/{m.Id}/offices", $"施策 {m.Id} の「{Header(edition, ColumnKind.Offices, "担当")}」", row.Offices?.Text ?? string.Empty));
                }
            }
        }

        return entries;
    }

    private static string Header(Edition edition, ColumnKind kind, string fallback) => edition.Column(kind)?.Header ?? fallback;

    public static string Serialize(string editionId, IReadOnlyList<SnapshotEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("edition", editionId);
            w.WriteStartArray("entries");
            foreach (var e in entries)
            {
                w.WriteStartObject();
                w.WriteString("key", e.Key);
                w.WriteString("label", e.Label);
                w.WriteString("text", e.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static IReadOnlyList<SnapshotEntry> Deserialize(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.GetProperty("entries").EnumerateArray().Select(e => new SnapshotEntry(
            e.GetProperty("key").GetString()!, e.GetProperty("label").GetString()!, e.GetProperty("text").GetString()!))];
    }

    public static string Hash(string serialized) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(serialized)));

    /// <summary>Entries whose text differs, or that exist on one side only (label from whichever side has it).</summary>
    public static IReadOnlyList<(string Key, string Label)> Changes(IReadOnlyList<SnapshotEntry> recorded, IReadOnlyList<SnapshotEntry> current)
    {
        var now = current.ToDictionary(e => e.Key, StringComparer.Ordinal);
        var then = recorded.ToDictionary(e => e.Key, StringComparer.Ordinal);
        var changes = recorded.Where(e => !now.TryGetValue(e.Key, out var c) || c.Text != e.Text).Select(e => (e.Key, e.Label)).ToList();
        changes.AddRange(current.Where(e => !then.ContainsKey(e.Key)).Select(e => (e.Key, e.Label)));
        return changes;
    }
}
