using System.Globalization;
using System.Text;
using ReportGen.Model;

namespace ReportGen.Content;

/// <summary>
/// Writes a report as content files, in the layout <see cref="ContentLoader"/> reads. Used by the importer;
/// the output is meant to be read and edited by people, so it is laid out by hand rather than serialised.
/// </summary>
public static class ContentWriter
{
    /// <summary>The files of a report, keyed by path relative to the content folder, in a stable order.</summary>
    public static SortedDictionary<string, string> Files(Report report)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [ContentLoader.ReportFile] = WriteSettings(report.Settings),
            [ContentLoader.StructureFile] = WriteStructure(report),
        };
        foreach (var edition in report.Editions)
        {
            files[$"{ContentLoader.EditionsFolder}/{edition.Id}.yaml"] = WriteEdition(edition);
        }

        foreach (var measure in report.Measures)
        {
            files[$"{ContentLoader.MeasuresFolder}/{measure.Id}.yaml"] = WriteMeasure(report, measure);
        }

        return files;
    }

    private const string SchemaComment = "# yaml-language-server: $schema=";

    private static string WriteSettings(ReportSettings settings)
    {
        var y = new YamlText();
        y.Line(SchemaComment + "../schema/report.schema.json");
        y.Comment("報告書全体の設定。ministries は施策の［◎厚、経］に使う略称と正式名称（この順で並べます）。");
        y.Key("title", settings.Title);
        y.Key("publisher", settings.Publisher);
        y.Line("ministries:");
        foreach (var m in settings.Ministries)
        {
            y.Key(m.Code, m.Name, indent: 1);
        }

        return y.ToString();
    }

    private static string WriteStructure(Report report)
    {
        var y = new YamlText();
        y.Line(SchemaComment + "../schema/structure.schema.json");
        y.Comment("項目（（１）…）と目標（【…】）の順序。施策は measures/ の各ファイルで goal を指定します。");
        y.Comment("repeat: は（再掲）として前の目標を参照し、repeated_measures: は施策を（再掲）します。");
        y.Line("sections:");
        foreach (var section in report.Sections)
        {
            y.Key("- id", section.Id, indent: 1);
            y.Key("number", section.Number.ToString(CultureInfo.InvariantCulture), indent: 2);
            y.Key("title", section.Title, indent: 2);
            y.Line("    goals:");
            foreach (var goal in section.Goals)
            {
                if (goal.IsRepeat)
                {
                    y.Key("- repeat", goal.RepeatOf!, indent: 3);
                }
                else
                {
                    y.Key("- id", goal.Id, indent: 3);
                    y.Key("title", goal.Title, indent: 4);
                }

                if (goal.RepeatedMeasures.Count > 0)
                {
                    y.Line($"        repeated_measures: [{string.Join(", ", goal.RepeatedMeasures)}]");
                }
            }
        }

        return y.ToString();
    }

    public static string WriteEdition(Edition edition)
    {
        var y = new YamlText();
        y.Line(SchemaComment + "../../schema/edition.schema.json");
        y.Comment("版の設定: 資料番号、表題、会議、日付、表の列（種類・見出し・年度・幅の比）、用紙、フォント。");
        y.Key("id", edition.Id);
        y.Key("label", edition.Label);
        y.Key("title", edition.Title);
        if (!string.IsNullOrEmpty(edition.Meeting))
        {
            y.Key("meeting", edition.Meeting);
        }
        else
        {
            // The secretariat fills this in before publishing; check reports it while it is empty.
            y.Comment("会議名（事務局が公表前に記入します）");
            y.Line("meeting: \"\"");
        }

        y.Key("date", edition.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        y.Line("columns:");
        foreach (var c in edition.Columns)
        {
            y.Key("- kind", c.Kind.ToString().ToLowerInvariant(), indent: 1);
            y.Key("header", c.Header, indent: 2);
            if (c.Year is not null)
            {
                y.Key("year", c.Year.Value.ToString(CultureInfo.InvariantCulture), indent: 2);
            }

            y.Key("width", c.Width.ToString(CultureInfo.InvariantCulture), indent: 2);
        }

        y.Line("page:");
        y.Key("size", edition.Page.Size, indent: 1);
        y.Key("orientation", edition.Page.Landscape ? "landscape" : "portrait", indent: 1);
        y.Line("  margins_mm:");
        y.Key("top", edition.Page.MarginTopMm.ToString(CultureInfo.InvariantCulture), indent: 2);
        y.Key("right", edition.Page.MarginRightMm.ToString(CultureInfo.InvariantCulture), indent: 2);
        y.Key("bottom", edition.Page.MarginBottomMm.ToString(CultureInfo.InvariantCulture), indent: 2);
        y.Key("left", edition.Page.MarginLeftMm.ToString(CultureInfo.InvariantCulture), indent: 2);
        y.Line("fonts:");
        y.Key("gothic", edition.Fonts.Gothic, indent: 1);
        y.Key("mincho", edition.Fonts.Mincho, indent: 1);
        y.Key("page_number", edition.PageNumberStyle);
        return y.ToString();
    }

    public static string WriteMeasure(Report report, Measure measure)
    {
        var y = new YamlText();
        y.Line(SchemaComment + "../../schema/measure.schema.json");
        y.Comment(report.EffectiveTitle(measure) is { } t ? t : "（見出しなし）");
        y.Key("id", measure.Id);
        y.Key("section", measure.SectionId);
        y.Key("goal", measure.GoalId);
        y.Key("order", measure.Order.ToString(CultureInfo.InvariantCulture));
        if (measure.Title is not null)
        {
            y.Key("title", measure.Title);
        }

        if (measure.Text.Length > 0)
        {
            y.Key("text", measure.Text);
        }

        if (measure.TextIncomplete)
        {
            y.Comment("原資料で本文の冒頭が欠落しています。基本計画の本文で補ったら次の行を削除してください。");
            y.Line("text_incomplete: true");
        }

        if (measure.Details is not null)
        {
            y.Key("details", measure.Details.Markdown);
        }

        if (measure.Ministries.Count > 0)
        {
            y.Line($"ministries: [{string.Join(", ", measure.Ministries.Select(m => YamlText.Scalar(m.ToString())))}]");
        }

        if (measure.MinistriesNote is not null)
        {
            y.Key("ministries_note", measure.MinistriesNote);
        }

        y.Line("years:");
        foreach (var year in measure.Years)
        {
            y.Line($"  {year.FiscalYear.ToString(CultureInfo.InvariantCulture)}:");
            if (year.Results is not null)
            {
                y.Key("results", year.Results.Markdown, indent: 2);
            }

            if (year.Plans is not null)
            {
                y.Key("plans", year.Plans.Markdown, indent: 2);
            }

            if (year.Offices is not null)
            {
                y.Key("offices", year.Offices.Text, indent: 2);
            }
        }

        return y.ToString();
    }

    /// <summary>A YAML text being written line by line, two spaces per level.</summary>
    internal sealed class YamlText
    {
        private readonly StringBuilder _sb = new();

        public void Line(string line) => _sb.Append(line).Append('\n');

        public override string ToString() => _sb.ToString();

        public void Comment(string text) => Line("# " + text);

        public void Key(string key, string value, int indent = 0)
        {
            var pad = new string(' ', indent * 2);
            if (value.Contains('\n', StringComparison.Ordinal))
            {
                var chomp = value.EndsWith('\n') ? "|" : "|-";
                Line($"{pad}{key}: {chomp}");
                var inner = pad + (key.StartsWith("- ", StringComparison.Ordinal) ? "    " : "  ");
                foreach (var line in value.TrimEnd('\n').Split('\n'))
                {
                    Line(line.Length == 0 ? string.Empty : inner + line);
                }
            }
            else
            {
                Line($"{pad}{key}: {Scalar(value)}");
            }
        }

        /// <summary>Plain when YAML reads it back as the same string, double-quoted otherwise.</summary>
        public static string Scalar(string value)
        {
            var plain = value.Length > 0
                && "-?:,[]{}#&*!|>'\"%@` ".IndexOf(value[0], StringComparison.Ordinal) < 0
                && !value.EndsWith(' ')
                && !value.Contains(": ", StringComparison.Ordinal)
                && !value.Contains(" #", StringComparison.Ordinal)
                && !value.EndsWith(':')
                && !value.Contains('\t', StringComparison.Ordinal)
                && value is not ("true" or "false" or "null" or "~" or "yes" or "no");
            if (plain)
            {
                return value;
            }

            var sb = new StringBuilder("\"");
            foreach (var c in value)
            {
                sb.Append(c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\t' => "\\t",
                    '\n' => "\\n",
                    _ => c.ToString(),
                });
            }

            return sb.Append('"').ToString();
        }
    }
}
