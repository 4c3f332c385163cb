using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Content;
using ReportGen.Model;

namespace ReportGen.Publishing;

/// <summary>
/// Edits a measure file as text, so that what editors wrote around the cells (their comments, their spacing) stays as
/// it was. Only the shape the project writes is edited this way (<c>years:</c> at the top level, two spaces per level);
/// any other file is rewritten whole by <see cref="ContentWriter"/>.
/// </summary>
public static partial class MeasureFileEdit
{
    /// <summary>
    /// Adds the cells of a new year: <c>results: ""</c> under the year just planned and a new year entry with
    /// <c>plans: ""</c> and the offices carried forward. Cells that exist already are left alone.
    /// </summary>
    public static string OpenYear(Report report, Measure measure, string text, int plansYear, Offices? offices)
    {
        var current = measure.Year(plansYear);
        var addResults = current?.Results is null;
        var addNext = measure.Year(plansYear + 1) is null;
        if (!addResults && !addNext)
        {
            return text;
        }

        var edited = TryInsert(text, plansYear, addResults, addNext, offices);
        if (edited is not null)
        {
            return edited;
        }

        var empty = MarkdownText.Parse(string.Empty);
        var years = measure.Years.ToDictionary(y => y.FiscalYear);
        var entry = current ?? new FiscalYearEntry(plansYear, null, null, null);
        years[plansYear] = entry with { Results = entry.Results ?? empty };
        if (addNext)
        {
            years[plansYear + 1] = new FiscalYearEntry(plansYear + 1, null, empty, offices);
        }

        return ContentWriter.WriteMeasure(report, measure with { Years = [.. years.Values.OrderBy(y => y.FiscalYear)] });
    }

    private static string? TryInsert(string text, int plansYear, bool addResults, bool addNext, Offices? offices)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var yearsAt = lines.FindIndex(l => l.TrimEnd() == "years:");
        if (yearsAt < 0)
        {
            return null;
        }

        // The years block runs until the next line that is neither indented, blank nor a comment.
        var end = yearsAt + 1;
        while (end < lines.Count && (lines[end].Length == 0 || lines[end].StartsWith(' ') || lines[end].StartsWith('#')))
        {
            end++;
        }

        while (end > yearsAt + 1 && lines[end - 1].Trim().Length == 0)
        {
            end--;
        }

        var yearKey = new Regex("^  " + plansYear.ToString(CultureInfo.InvariantCulture) + @":\s*$");
        var keys = Enumerable.Range(yearsAt + 1, end - yearsAt - 1).Where(i => YearKey().IsMatch(lines[i])).ToList();
        if (lines.Skip(yearsAt + 1).Take(end - yearsAt - 1).Any(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("  ", StringComparison.Ordinal)))
        {
            return null;
        }

        var inserts = new List<(int At, string[] Lines)>();
        if (addResults)
        {
            var at = keys.FirstOrDefault(i => yearKey.IsMatch(lines[i]), -1);
            if (at >= 0)
            {
                inserts.Add((at + 1, ["    results: \"\""]));
            }
            else
            {
                // The year just planned has no entry at all: add one in year order.
                var before = keys.FirstOrDefault(i => int.Parse(lines[i].Trim().TrimEnd(':'), CultureInfo.InvariantCulture) > plansYear, end);
                inserts.Add((before, [$"  {plansYear.ToString(CultureInfo.InvariantCulture)}:", "    results: \"\""]));
            }
        }

        if (addNext)
        {
            var next = new List<string> { $"  {(plansYear + 1).ToString(CultureInfo.InvariantCulture)}:", "    plans: \"\"" };
            if (offices is not null)
            {
                next.Add("    offices: " + ContentWriter.YamlText.Scalar(offices.Text));
            }

            var before = keys.FirstOrDefault(i => int.Parse(lines[i].Trim().TrimEnd(':'), CultureInfo.InvariantCulture) > plansYear + 1, end);
            inserts.Add((before, [.. next]));
        }

        // From the bottom up, so earlier positions stay valid; of two blocks at one place the later year goes in first.
        foreach (var (at, block) in inserts.Select((x, i) => (x.At, x.Lines, i)).OrderByDescending(x => x.At).ThenByDescending(x => x.i).Select(x => (x.At, x.Lines)))
        {
            lines.InsertRange(at, block);
        }

        var result = string.Join(newline, lines);
        try
        {
            return YamlReader.Read(result) is YamlMapping ? result : null;
        }
        catch (YamlReadException)
        {
            return null;
        }
    }

    /// <summary>
    /// Sets one year cell (<c>results</c> or <c>plans</c> as Markdown, <c>offices</c> as text) of a measure file. The
    /// lines of that cell's value are replaced and nothing else, so comments and the other cells stay as written; a
    /// file of another shape is rewritten whole.
    /// </summary>
    public static string SetCell(Report report, Measure measure, string text, int year, ColumnKind kind, string value)
    {
        var key = kind switch
        {
            ColumnKind.Results => "results",
            ColumnKind.Plans => "plans",
            ColumnKind.Offices => "offices",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "only year cells are edited"),
        };

        if (TryReplace(text, year, key, value) is { } edited)
        {
            return edited;
        }

        var entry = measure.Year(year) ?? new FiscalYearEntry(year, null, null, null);
        entry = kind switch
        {
            ColumnKind.Results => entry with { Results = MarkdownText.Parse(value) },
            ColumnKind.Plans => entry with { Plans = MarkdownText.Parse(value) },
            _ => entry with { Offices = OfficesText.Parse(value) },
        };
        var years = measure.Years.Where(y => y.FiscalYear != year).Append(entry).OrderBy(y => y.FiscalYear);
        return ContentWriter.WriteMeasure(report, measure with { Years = [.. years] });
    }

    private static string? TryReplace(string text, int year, string key, string value)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var yearsAt = lines.FindIndex(l => l.TrimEnd() == "years:");
        var yearAt = yearsAt < 0 ? -1 : lines.FindIndex(yearsAt + 1, l => l.TrimEnd() == "  " + year.ToString(CultureInfo.InvariantCulture) + ":");
        if (yearAt < 0)
        {
            return null;
        }

        // The year's block: lines indented deeper than the year key, blank lines, and comments inside it.
        var end = yearAt + 1;
        while (end < lines.Count && (lines[end].Trim().Length == 0 || lines[end].StartsWith("   ", StringComparison.Ordinal) || lines[end].TrimStart().StartsWith('#') && lines[end].StartsWith("  ", StringComparison.Ordinal)))
        {
            end++;
        }

        while (end > yearAt + 1 && lines[end - 1].Trim().Length == 0)
        {
            end--;
        }

        var written = new ContentWriter.YamlText();
        written.Key(key, value, indent: 2);
        var replacement = written.ToString().TrimEnd('\n').Split('\n');

        var keyAt = lines.FindIndex(yearAt + 1, end - yearAt - 1, l => l.StartsWith("    " + key + ":", StringComparison.Ordinal));
        if (keyAt >= 0)
        {
            // A value runs on over the lines indented deeper than its key (a block scalar) and blank lines within it.
            var valueEnd = keyAt + 1;
            while (valueEnd < end && (lines[valueEnd].Trim().Length == 0 || lines[valueEnd].StartsWith("     ", StringComparison.Ordinal)))
            {
                valueEnd++;
            }

            while (valueEnd > keyAt + 1 && lines[valueEnd - 1].Trim().Length == 0)
            {
                valueEnd--;
            }

            lines.RemoveRange(keyAt, valueEnd - keyAt);
            lines.InsertRange(keyAt, replacement);
        }
        else
        {
            // Keys in the order the project writes them: results, plans, offices.
            var order = new[] { "results", "plans", "offices" };
            var later = order.Skip(Array.IndexOf(order, key) + 1).ToList();
            var before = Enumerable.Range(yearAt + 1, end - yearAt - 1).FirstOrDefault(i => later.Any(k => lines[i].StartsWith("    " + k + ":", StringComparison.Ordinal)), end);
            lines.InsertRange(before, replacement);
        }

        var result = string.Join(newline, lines);
        try
        {
            return YamlReader.Read(result) is YamlMapping ? result : null;
        }
        catch (YamlReadException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^  \d{4}:\s*$")]
    private static partial Regex YearKey();
}
