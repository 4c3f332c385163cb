using System.Text;
using ReportGen.Model;

namespace ReportGen.Tests.Support;

/// <summary>
/// The "nothing lost" check: every fragment of the seed (a line split at spaces) must appear in the text of the
/// report. Whitespace is ignored on both sides; a leading bullet 「・」 is ignored because bullets become list items;
/// the repeated header rows are not content.
/// </summary>
public static class SeedText
{
    public sealed record Fragment(int Line, string Text);

    public static IEnumerable<Fragment> Fragments(string seed)
    {
        var lines = seed.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("該当箇所 列1 列2 列3", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var part in line.Split([' ', '\t', '　'], StringSplitOptions.RemoveEmptyEntries))
            {
                var text = part.TrimStart('・');
                if (text.Length > 0)
                {
                    yield return new Fragment(i + 1, text);
                }
            }
        }
    }

    /// <summary>Every piece of text the report shows, each field on its own, whitespace removed.</summary>
    public static IReadOnlyList<string> Fields(Report report)
    {
        var fields = new List<string> { report.Settings.Title, report.Settings.Publisher };
        foreach (var e in report.Editions)
        {
            fields.Add(e.Title + " " + e.Label);
            fields.AddRange(e.Columns.Select(c => c.Header));
        }

        foreach (var s in report.Sections)
        {
            fields.Add($"（{JapaneseDigits.ToFullWidth(s.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))}）{s.Title}");
            foreach (var g in s.Goals)
            {
                fields.Add(g.IsRepeat ? Labels.GoalHeading(report.FindGoal(g.RepeatOf!)!.Title) + Labels.Repeat + Labels.SeeAbove : Labels.GoalHeading(g.Title));
                fields.AddRange(g.RepeatedMeasures.Select(id => Labels.RepeatedMeasure(report.EffectiveTitle(report.FindMeasure(id)!)!)));
            }
        }

        foreach (var m in report.Measures)
        {
            fields.Add(m.Title ?? string.Empty);
            fields.Add(m.Text + m.Marker);
            fields.Add(m.Details?.PlainText ?? string.Empty);
            foreach (var y in m.Years)
            {
                fields.Add(y.Results?.PlainText ?? string.Empty);
                fields.Add(y.Plans?.PlainText ?? string.Empty);
                fields.Add(y.Offices?.Text ?? string.Empty);
            }
        }

        return [.. fields.Select(RemoveWhitespace).Where(f => f.Length > 0)];
    }

    public static IEnumerable<Fragment> Missing(string seed, Report report)
    {
        var fields = Fields(report);
        return Fragments(seed).Where(f => !fields.Any(x => x.Contains(RemoveWhitespace(f.Text), StringComparison.Ordinal)));
    }

    public static string RemoveWhitespace(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
