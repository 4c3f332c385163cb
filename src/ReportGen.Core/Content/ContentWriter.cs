using System.Globalization;
using System.Text;
using ReportGen.Model;

namespace ReportGen.Content;

/// <summary>
/// Writes a report as content files, in the layout <see cref="ContentLoader"/> reads. Used by the importer;
/// the output is meant to be read and edited by people, so it is laid out by hand rather than serialised. Keys are
/// written in the order of <see cref="ContentFields"/>, and each field of the table needs a way to be written here.
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
        InTableOrder(FieldPlace.Report, new()
        {
            [ContentFields.Report.Title] = f => y.Key(f.Key, settings.Title),
            [ContentFields.Report.Publisher] = f => y.Key(f.Key, settings.Publisher),
            [ContentFields.Report.Ministries] = f =>
            {
                y.Line(f.Key + ":");
                foreach (var m in settings.Ministries)
                {
                    y.Key(m.Code, m.Name, indent: 1);
                }
            },

            // The offices are listed by the secretariat after an import; the published report has none.
            [ContentFields.Report.Offices] = _ => { },
        });
        return y.ToString();
    }

    private static string WriteStructure(Report report)
    {
        var y = new YamlText();
        y.Line(SchemaComment + "../schema/structure.schema.json");
        y.Comment("項目（（１）…）と目標（【…】）の順序。施策は measures/ の各ファイルで goal を指定します。");
        y.Comment("repeat: は（再掲）として前の目標を参照し、repeated_measures: は施策を（再掲）します。");
        InTableOrder(FieldPlace.Structure, new()
        {
            [ContentFields.Structure.Sections] = f =>
            {
                y.Line(f.Key + ":");
                foreach (var section in report.Sections)
                {
                    WriteSection(y, section);
                }
            },
        });
        return y.ToString();
    }

    private static void WriteSection(YamlText y, Section section)
    {
        var item = new ListItem(y, indent: 1);
        InTableOrder(FieldPlace.Section, new()
        {
            [ContentFields.Section.Id] = f => item.Key(f, section.Id),
            [ContentFields.Section.Number] = f => item.Key(f, section.Number.ToString(CultureInfo.InvariantCulture)),
            [ContentFields.Section.Title] = f => item.Key(f, section.Title),
            [ContentFields.Section.Goals] = f =>
            {
                item.Line(f, string.Empty);
                foreach (var goal in section.Goals)
                {
                    WriteGoal(y, goal);
                }
            },
        });
    }

    /// <summary>A goal is written with its id and title, or, when it repeats another, with <c>repeat</c> only.</summary>
    private static void WriteGoal(YamlText y, Goal goal)
    {
        var item = new ListItem(y, indent: 3);
        InTableOrder(FieldPlace.Goal, new()
        {
            [ContentFields.Goal.Id] = f =>
            {
                if (!goal.IsRepeat)
                {
                    item.Key(f, goal.Id);
                }
            },
            [ContentFields.Goal.Title] = f =>
            {
                if (!goal.IsRepeat)
                {
                    item.Key(f, goal.Title);
                }
            },
            [ContentFields.Goal.Repeat] = f =>
            {
                if (goal.IsRepeat)
                {
                    item.Key(f, goal.RepeatOf!);
                }
            },
            [ContentFields.Goal.RepeatedMeasures] = f =>
            {
                if (goal.RepeatedMeasures.Count > 0)
                {
                    item.Line(f, $" [{string.Join(", ", goal.RepeatedMeasures)}]");
                }
            },
        });
    }

    public static string WriteEdition(Edition edition)
    {
        var y = new YamlText();
        y.Line(SchemaComment + "../../schema/edition.schema.json");
        y.Comment("版の設定: 資料番号、表題、会議、日付、表の列（種類・見出し・年度・幅の比）、用紙、フォント。");
        InTableOrder(FieldPlace.Edition, new()
        {
            [ContentFields.Edition.Id] = f => y.Key(f.Key, edition.Id),
            [ContentFields.Edition.Label] = f => y.Key(f.Key, edition.Label),
            [ContentFields.Edition.Title] = f => y.Key(f.Key, edition.Title),
            [ContentFields.Edition.Meeting] = f =>
            {
                if (!string.IsNullOrEmpty(edition.Meeting))
                {
                    y.Key(f.Key, edition.Meeting);
                }
                else
                {
                    // The secretariat fills this in before publishing; check reports it while it is empty.
                    y.Comment("会議名（事務局が公表前に記入します）");
                    y.Line(f.Key + ": \"\"");
                }
            },
            [ContentFields.Edition.Date] = f => y.Key(f.Key, edition.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            [ContentFields.Edition.Columns] = f =>
            {
                y.Line(f.Key + ":");
                foreach (var c in edition.Columns)
                {
                    WriteColumn(y, c);
                }
            },
            [ContentFields.Edition.Page] = f =>
            {
                y.Line(f.Key + ":");
                InTableOrder(FieldPlace.Page, new()
                {
                    [ContentFields.Page.Size] = f => y.Key(f.Key, edition.Page.Size, indent: 1),
                    [ContentFields.Page.Orientation] = f => y.Key(f.Key, edition.Page.Landscape ? "landscape" : "portrait", indent: 1),
                    [ContentFields.Page.Margins] = f =>
                    {
                        y.Line($"  {f.Key}:");
                        InTableOrder(FieldPlace.Margins, new()
                        {
                            [ContentFields.Margins.Top] = f => y.Key(f.Key, edition.Page.MarginTopMm.ToString(CultureInfo.InvariantCulture), indent: 2),
                            [ContentFields.Margins.Right] = f => y.Key(f.Key, edition.Page.MarginRightMm.ToString(CultureInfo.InvariantCulture), indent: 2),
                            [ContentFields.Margins.Bottom] = f => y.Key(f.Key, edition.Page.MarginBottomMm.ToString(CultureInfo.InvariantCulture), indent: 2),
                            [ContentFields.Margins.Left] = f => y.Key(f.Key, edition.Page.MarginLeftMm.ToString(CultureInfo.InvariantCulture), indent: 2),
                        });
                    },
                });
            },
            [ContentFields.Edition.Fonts] = f =>
            {
                y.Line(f.Key + ":");
                InTableOrder(FieldPlace.Fonts, new()
                {
                    [ContentFields.Fonts.Gothic] = f => y.Key(f.Key, edition.Fonts.Gothic, indent: 1),
                    [ContentFields.Fonts.Mincho] = f => y.Key(f.Key, edition.Fonts.Mincho, indent: 1),
                });
            },
            [ContentFields.Edition.PageNumber] = f => y.Key(f.Key, edition.PageNumberStyle),
        });
        return y.ToString();
    }

    private static void WriteColumn(YamlText y, EditionColumn c)
    {
        var item = new ListItem(y, indent: 1);
        InTableOrder(FieldPlace.Column, new()
        {
            [ContentFields.Column.Kind] = f => item.Key(f, c.Kind.ToString().ToLowerInvariant()),
            [ContentFields.Column.Header] = f => item.Key(f, c.Header),
            [ContentFields.Column.Year] = f =>
            {
                if (c.Year is not null)
                {
                    item.Key(f, c.Year.Value.ToString(CultureInfo.InvariantCulture));
                }
            },
            [ContentFields.Column.Width] = f => item.Key(f, c.Width.ToString(CultureInfo.InvariantCulture)),
        });
    }

    public static string WriteMeasure(Report report, Measure measure)
    {
        var y = new YamlText();
        y.Line(SchemaComment + "../../schema/measure.schema.json");
        y.Comment(report.EffectiveTitle(measure) is { } t ? t : "（見出しなし）");
        InTableOrder(FieldPlace.Measure, new()
        {
            [ContentFields.Measure.Id] = f => y.Key(f.Key, measure.Id),
            [ContentFields.Measure.Section] = f => y.Key(f.Key, measure.SectionId),
            [ContentFields.Measure.Goal] = f => y.Key(f.Key, measure.GoalId),
            [ContentFields.Measure.Order] = f => y.Key(f.Key, measure.Order.ToString(CultureInfo.InvariantCulture)),
            [ContentFields.Measure.Title] = f =>
            {
                if (measure.Title is not null)
                {
                    y.Key(f.Key, measure.Title);
                }
            },
            [ContentFields.Measure.Text] = f =>
            {
                if (measure.Text.Length > 0)
                {
                    y.Key(f.Key, measure.Text);
                }
            },
            [ContentFields.Measure.TextIncomplete] = f =>
            {
                if (measure.TextIncomplete)
                {
                    y.Comment("原資料で本文の冒頭が欠落しています。基本計画の本文で補ったら次の行を削除してください。");
                    y.Line(f.Key + ": true");
                }
            },
            [ContentFields.Measure.Details] = f =>
            {
                if (measure.Details is not null)
                {
                    y.Key(f.Key, measure.Details.Markdown);
                }
            },
            [ContentFields.Measure.Ministries] = f =>
            {
                if (measure.Ministries.Count > 0)
                {
                    y.Line($"{f.Key}: [{string.Join(", ", measure.Ministries.Select(m => YamlText.Scalar(m.ToString())))}]");
                }
            },
            [ContentFields.Measure.MinistriesNote] = f =>
            {
                if (measure.MinistriesNote is not null)
                {
                    y.Key(f.Key, measure.MinistriesNote);
                }
            },
            [ContentFields.Measure.Years] = f =>
            {
                y.Line(f.Key + ":");
                foreach (var year in measure.Years)
                {
                    y.Line($"  {year.FiscalYear.ToString(CultureInfo.InvariantCulture)}:");
                    InTableOrder(FieldPlace.Year, new()
                    {
                        [ContentFields.Year.Results] = f =>
                        {
                            if (year.Results is not null)
                            {
                                y.Key(f.Key, year.Results.Markdown, indent: 2);
                            }
                        },
                        [ContentFields.Year.Plans] = f =>
                        {
                            if (year.Plans is not null)
                            {
                                y.Key(f.Key, year.Plans.Markdown, indent: 2);
                            }
                        },
                        [ContentFields.Year.Offices] = f =>
                        {
                            if (year.Offices is not null)
                            {
                                y.Key(f.Key, year.Offices.Text, indent: 2);
                            }
                        },
                    });
                }
            },
        });
        return y.ToString();
    }

    /// <summary>
    /// Writes the fields of <paramref name="place"/> in the order of <see cref="ContentFields"/>, each by its writer.
    /// A field of the table without a writer here is a mistake in this class, found by the first report written.
    /// </summary>
    private static void InTableOrder(FieldPlace place, Dictionary<ContentField, Action<ContentField>> writers)
    {
        foreach (var field in ContentFields.Of(place))
        {
            if (!writers.TryGetValue(field, out var write))
            {
                throw new InvalidOperationException($"{nameof(ContentWriter)} has no way to write {field}.");
            }

            write(field);
        }

        if (writers.Keys.FirstOrDefault(f => f.Place != place) is { } stray)
        {
            throw new InvalidOperationException($"{stray} is not written at {place}.");
        }
    }

    /// <summary>The keys of one item of a YAML list: the first carries the dash, the others line up under it.</summary>
    private sealed class ListItem
    {
        private readonly YamlText _y;
        private readonly int _indent;
        private bool _first = true;

        public ListItem(YamlText y, int indent)
        {
            _y = y;
            _indent = indent;
        }

        public void Key(ContentField field, string value) => _y.Key(Next(field, out var indent), value, indent);

        /// <summary>A key followed by <paramref name="rest"/> as written: a flow list, or nothing before nested lines.</summary>
        public void Line(ContentField field, string rest)
        {
            var key = Next(field, out var indent);
            _y.Line(new string(' ', indent * 2) + key + ":" + rest);
        }

        private string Next(ContentField field, out int indent)
        {
            var first = _first;
            _first = false;
            indent = first ? _indent : _indent + 1;
            return first ? "- " + field.Key : field.Key;
        }
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
