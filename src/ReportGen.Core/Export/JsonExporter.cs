using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportGen.Model;

namespace ReportGen.Export;

/// <summary>
/// The whole model as JSON for other tools: keys in a fixed order, measures in reading order, Japanese unescaped.
/// Counts are included so a reader can check an import at a glance.
/// </summary>
public static class JsonExporter
{
    public static string Export(Report report)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("title", report.Settings.Title);
            w.WriteString("publisher", report.Settings.Publisher);
            WriteCounts(w, report);
            w.WriteStartArray("ministries");
            foreach (var m in report.Settings.Ministries)
            {
                w.WriteStartObject();
                w.WriteString("code", m.Code);
                w.WriteString("name", m.Name);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("editions");
            foreach (var e in report.Editions.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal))
            {
                WriteEdition(w, e);
            }

            w.WriteEndArray();
            w.WriteStartArray("sections");
            foreach (var s in report.Sections)
            {
                w.WriteStartObject();
                w.WriteString("id", s.Id);
                w.WriteNumber("number", s.Number);
                w.WriteString("title", s.Title);
                w.WriteStartArray("goals");
                foreach (var g in s.Goals)
                {
                    w.WriteStringValue(g.Id);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("goals");
            foreach (var g in report.Sections.SelectMany(s => s.Goals))
            {
                w.WriteStartObject();
                w.WriteString("id", g.Id);
                w.WriteString("section", g.SectionId);
                w.WriteString("title", g.IsRepeat ? report.FindGoal(g.RepeatOf!)?.Title : g.Title);
                w.WriteString("repeat_of", g.RepeatOf);
                w.WriteStartArray("measures");
                foreach (var m in g.IsRepeat ? [] : report.MeasuresOf(g))
                {
                    w.WriteStringValue(m.Id);
                }

                w.WriteEndArray();
                w.WriteStartArray("repeated_measures");
                foreach (var id in g.RepeatedMeasures)
                {
                    w.WriteStringValue(id);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("measures");
            foreach (var m in report.Goals.SelectMany(report.MeasuresOf))
            {
                WriteMeasure(w, report, m);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteCounts(Utf8JsonWriter w, Report report)
    {
        var years = report.Measures.SelectMany(m => m.Years).ToList();
        w.WriteStartObject("counts");
        w.WriteNumber("sections", report.Sections.Count);
        w.WriteNumber("goals", report.Goals.Count());
        w.WriteNumber("goal_repeats", report.Sections.SelectMany(s => s.Goals).Count(g => g.IsRepeat));
        w.WriteNumber("measures", report.Measures.Count);
        w.WriteNumber("measure_repeats", report.Sections.SelectMany(s => s.Goals).Sum(g => g.RepeatedMeasures.Count));
        w.WriteNumber("result_items", years.Sum(y => y.Results?.Blocks.Count ?? 0));
        w.WriteNumber("plan_items", years.Sum(y => y.Plans?.Blocks.Count ?? 0));
        w.WriteNumber("offices", years.Where(y => y.Offices is not null).SelectMany(y => y.Offices!.Main.Concat(y.Offices.Supporting)).Distinct().Count());
        w.WriteNumber("editions", report.Editions.Count);
        w.WriteEndObject();
    }

    private static void WriteEdition(Utf8JsonWriter w, Edition e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("label", e.Label);
        w.WriteString("title", e.Title);
        w.WriteString("meeting", e.Meeting);
        w.WriteString("date", e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteStartArray("columns");
        foreach (var c in e.Columns)
        {
            w.WriteStartObject();
            w.WriteString("kind", ColumnKinds.Name(c.Kind));
            w.WriteString("header", c.Header);
            if (c.Year is { } year)
            {
                w.WriteNumber("year", year);
                w.WriteString("era", FiscalYear.ToJapanese(year));
            }

            w.WriteNumber("width", c.Width);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Editions.EditionJson.WriteLayout(w, e);
        w.WriteEndObject();
    }

    private static void WriteMeasure(Utf8JsonWriter w, Report report, Measure m)
    {
        w.WriteStartObject();
        w.WriteString("id", m.Id);
        w.WriteString("section", m.SectionId);
        w.WriteString("goal", m.GoalId);
        w.WriteNumber("order", m.Order);
        w.WriteString("title", report.EffectiveTitle(m));
        w.WriteBoolean("title_shown", m.Title is not null);
        w.WriteString("text", m.Text);
        w.WriteBoolean("text_incomplete", m.TextIncomplete);
        if (m.Details is not null)
        {
            WriteRich(w, "details", m.Details);
        }

        w.WriteString("marker", m.Marker);
        w.WriteStartArray("ministries");
        foreach (var r in m.Ministries)
        {
            w.WriteStartObject();
            w.WriteString("code", r.Code);
            w.WriteBoolean("lead", r.IsLead);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (m.MinistriesNote is not null)
        {
            w.WriteString("ministries_note", m.MinistriesNote);
        }

        w.WriteStartArray("years");
        foreach (var y in m.Years)
        {
            w.WriteStartObject();
            w.WriteNumber("fiscal_year", y.FiscalYear);
            w.WriteString("era", FiscalYear.ToJapanese(y.FiscalYear));
            if (y.Results is not null)
            {
                WriteRich(w, "results", y.Results);
            }

            if (y.Plans is not null)
            {
                WriteRich(w, "plans", y.Plans);
            }

            if (y.Offices is not null)
            {
                w.WriteStartObject("offices");
                w.WriteString("text", y.Offices.Text);
                WriteStrings(w, "main", y.Offices.Main);
                WriteStrings(w, "supporting", y.Offices.Supporting);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteRich(Utf8JsonWriter w, string name, RichText text)
    {
        w.WriteStartObject(name);
        w.WriteString("markdown", text.Markdown);
        w.WriteStartArray("items");
        foreach (var b in text.Blocks)
        {
            w.WriteStartObject();
            w.WriteBoolean("bullet", b.IsBullet);
            w.WriteString("text", b.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
