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

    [GeneratedRegex(@"^  \d{4}:\s*$")]
    private static partial Regex YearKey();
}
