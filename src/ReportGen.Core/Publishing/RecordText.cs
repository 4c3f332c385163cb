using ReportGen.Editions;
using ReportGen.Model;

namespace ReportGen.Publishing;

/// <summary>A piece of text a published edition printed, which a correction can name: its key, a label for people, the text.</summary>
public sealed record RecordPlace(string Key, string Label, string Text, string? MeasureId = null, ColumnKind? Column = null);

/// <summary>
/// The texts of a published edition's record as places a correction (正誤) can change: the edition's title, meeting and
/// column headers, each section and goal heading, and each row's title, 該当箇所, details and year cells.
/// </summary>
public static class RecordText
{
    public static IEnumerable<RecordPlace> Places(EditionView view)
    {
        var e = view.Edition;
        yield return new("edition/title", "表題", e.Title);
        if (e.Meeting is { Length: > 0 } meeting)
        {
            yield return new("edition/meeting", "会議名", meeting);
        }

        for (var i = 0; i < e.Columns.Count; i++)
        {
            yield return new($"edition/column/{i}", $"列見出し「{e.Columns[i].Header}」", e.Columns[i].Header);
        }

        foreach (var s in view.Sections)
        {
            yield return new($"section/{s.Id}", $"項目 {s.Id} の見出し", s.Title);
        }

        foreach (var g in view.Goals)
        {
            yield return new($"goal/{g.Id}", $"目標 {g.Id} の見出し", g.Title);
        }

        foreach (var r in view.Rows)
        {
            // Readers of the 正誤表 know measures by their title, not by the file they are kept in.
            var measure = $"「{Diagnostics.Printable.Shorten(r.DisplayTitle, 20)}」（{r.Id}）";
            if (r.Title is { } title)
            {
                yield return new($"measure/{r.Id}/title", $"{measure}の見出し", title, r.Id, ColumnKind.Text);
            }

            var text = Header(e, ColumnKind.Text, "該当箇所");
            yield return new($"measure/{r.Id}/text", $"{measure}の{text}", r.Text, r.Id, ColumnKind.Text);
            if (r.Details is { } details)
            {
                yield return new($"measure/{r.Id}/details", $"{measure}の{text}（細目）", details.PlainText, r.Id, ColumnKind.Text);
            }

            if (r.Results is { } results)
            {
                yield return new($"measure/{r.Id}/results", $"{measure}の{Header(e, ColumnKind.Results, "実績")}", results.PlainText, r.Id, ColumnKind.Results);
            }

            if (r.Plans is { } plans)
            {
                yield return new($"measure/{r.Id}/plans", $"{measure}の{Header(e, ColumnKind.Plans, "予定")}", plans.PlainText, r.Id, ColumnKind.Plans);
            }

            if (r.Offices is { } offices)
            {
                yield return new($"measure/{r.Id}/offices", $"{measure}の{Header(e, ColumnKind.Offices, "担当")}", offices.Text, r.Id, ColumnKind.Offices);
            }
        }
    }

    /// <summary>The view with <paramref name="wrong"/> replaced by <paramref name="right"/> at one place (in every row of the measure, repeats included).</summary>
    public static EditionView Replace(EditionView view, RecordPlace place, string wrong, string right)
    {
        string Fix(string text) => text.Replace(wrong, right, StringComparison.Ordinal);
        RichText? FixRich(RichText? text) => text is null
            ? null
            : EditionRecord.RichTextOf([.. text.Blocks.Select(b => b with { Lines = [.. b.Lines.Select(Fix)] })]);

        var parts = place.Key.Split('/');
        var e = view.Edition;
        switch (parts[0])
        {
            case "edition":
                return view with
                {
                    Edition = parts[1] switch
                    {
                        "title" => e with { Title = Fix(e.Title) },
                        "meeting" => e with { Meeting = Fix(e.Meeting ?? string.Empty) },
                        _ => e with { Columns = [.. e.Columns.Select((c, i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture) == parts[2] ? c with { Header = Fix(c.Header) } : c)] },
                    },
                };
            case "section":
                return view with { Sections = [.. view.Sections.Select(s => s.Id == parts[1] ? s with { Title = Fix(s.Title) } : s)] };
            case "goal":
                return MapGoals(view, g => g.Id == parts[1] || g.RepeatOf == parts[1] ? g with { Title = Fix(g.Title) } : g);
        }

        var id = parts[1];
        var oldTitle = view.FindRow(id)?.Title;
        return MapGoals(view, g => g with
        {
            Rows = [.. g.Rows.Select(r =>
            {
                if (parts[2] == "title" && oldTitle is not null && r.DisplayTitle == oldTitle)
                {
                    r = r with { DisplayTitle = Fix(r.DisplayTitle), Title = r.Title == oldTitle ? Fix(oldTitle) : r.Title };
                }

                return r.Id != id ? r : parts[2] switch
                {
                    "text" => r with { Text = Fix(r.Text) },
                    "details" => r with { Details = FixRich(r.Details) },
                    "results" => r with { Results = FixRich(r.Results) },
                    "plans" => r with { Plans = FixRich(r.Plans) },
                    "offices" => r with { Offices = r.Offices is null ? null : Content.OfficesText.Parse(Fix(r.Offices.Text)) },
                    _ => r,
                };
            })],
        });
    }

    private static EditionView MapGoals(EditionView view, Func<GoalView, GoalView> map) =>
        view with { Sections = [.. view.Sections.Select(s => s with { Goals = [.. s.Goals.Select(map)] })] };

    private static string Header(Edition edition, ColumnKind kind, string fallback) => edition.Column(kind)?.Header ?? fallback;
}
