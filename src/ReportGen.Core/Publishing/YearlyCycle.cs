using System.Globalization;
using ReportGen.Content;
using ReportGen.Diff;
using ReportGen.Model;

namespace ReportGen.Publishing;

/// <summary>Files to write into the content folder, keyed by path relative to it.</summary>
public sealed record ContentChange(IReadOnlyDictionary<string, string> Files, string Summary);

/// <summary>The steps of the yearly cycle that change content: publishing (freezing) an edition and opening a new year.</summary>
public static class YearlyCycle
{
    /// <summary>
    /// Records what <paramref name="edition"/> shows now as published. For an edition already published this is a
    /// correction (正誤) and needs a note; the record is replaced and the correction listed in the edition file.
    /// </summary>
    public static ContentChange Freeze(Report report, Edition edition, Correction? correction)
    {
        if (edition.Published is not null && correction is null)
        {
            throw new InvalidOperationException($"版「{edition.Id}」は公表済みです。変更を記録するには --correction と --date で正誤の内容と日付を指定してください。");
        }

        var snapshot = EditionSnapshot.Serialize(edition.Id, EditionSnapshot.Take(report, edition));
        var corrections = (edition.Published?.Corrections ?? []).Concat(correction is null ? [] : [correction]).ToList();
        var published = edition with { Published = new Publication(EditionSnapshot.Hash(snapshot), corrections) };
        var files = new Dictionary<string, string>
        {
            [$"{ContentLoader.EditionsFolder}/{EditionSnapshot.FileName(edition.Id)}"] = snapshot,
            [$"{ContentLoader.EditionsFolder}/{edition.Id}.yaml"] = ContentWriter.WriteEdition(published),
        };
        var summary = correction is null
            ? $"版「{edition.Id}」を公表済みとして記録しました。"
            : string.Create(CultureInfo.InvariantCulture, $"版「{edition.Id}」の正誤を記録しました（{correction.Date:yyyy-MM-dd} {correction.Note}）。");
        return new ContentChange(files, summary);
    }

    /// <summary>
    /// Opens the next fiscal year: publishes the latest edition if it is not yet, adds the next edition (its columns a
    /// year later, headers with the new era years) and, in every measure the latest edition shows, an empty results
    /// cell for the year just planned and an empty plans cell for the new year, with the offices in charge carried
    /// forward. <paramref name="contentDir"/> is the content folder as the measures' file names start with it.
    /// </summary>
    public static ContentChange OpenNewYear(Report report, DateOnly date, string contentDir)
    {
        var latest = report.LatestEdition ?? throw new InvalidOperationException("版がありません。");
        var plansYear = latest.Column(ColumnKind.Plans)?.Year ?? throw new InvalidOperationException($"版「{latest.Id}」に予定の列がありません。");
        var newId = (plansYear + 1).ToString(CultureInfo.InvariantCulture);
        if (report.Editions.Any(e => e.Id == newId))
        {
            throw new InvalidOperationException($"版「{newId}」は既にあります。");
        }

        // Running it twice by mistake would publish the empty edition just opened and skip a year.
        var view = EditionView.Of(report, latest);
        if (latest.Published is null && view.Rows.All(r => r.Plans is null || r.Plans.Blocks.Count == 0))
        {
            throw new InvalidOperationException($"最新の版「{latest.Id}」の取組予定はまだ記入されていません。new-year は、公表した版の次の年度を始めるときに1回だけ実行します。");
        }

        var files = new Dictionary<string, string>();
        var summary = new List<string>();
        if (latest.Published is null)
        {
            var freeze = Freeze(report, latest, null);
            foreach (var (path, text) in freeze.Files)
            {
                files[path] = text;
            }

            summary.Add(freeze.Summary);
        }

        var next = latest with
        {
            Id = newId,
            Date = date,
            Meeting = null,
            Published = null,
            Columns = [.. latest.Columns.Select(c => c.Year is { } y ? c with { Year = y + 1, Header = ShiftEra(c.Header, y) } : c)],
        };
        files[$"{ContentLoader.EditionsFolder}/{newId}.yaml"] = ContentWriter.WriteEdition(next);

        var empty = MarkdownText.Parse(string.Empty);
        var opened = 0;
        foreach (var row in view.Rows.Where(r => r.HasYearContent))
        {
            var m = row.Measure;
            var years = m.Years.ToDictionary(y => y.FiscalYear);
            var current = years.GetValueOrDefault(plansYear) ?? new FiscalYearEntry(plansYear, null, null, null);
            years[plansYear] = current with { Results = current.Results ?? empty };
            if (!years.ContainsKey(plansYear + 1))
            {
                years[plansYear + 1] = new FiscalYearEntry(plansYear + 1, null, empty, row.Offices);
            }

            var updated = m with { Years = [.. years.Values.OrderBy(y => y.FiscalYear)] };
            files[Path.GetRelativePath(contentDir, m.Source.File).Replace('\\', '/')] = ContentWriter.WriteMeasure(report, updated);
            opened++;
        }

        summary.Add($"版「{newId}」（{FiscalYear.ToJapanese(plansYear)}の実績・{FiscalYear.ToJapanese(plansYear + 1)}の取組予定）を作り、施策 {opened} 件に記入欄を追加しました。");
        return new ContentChange(files, string.Join("\n", summary));
    }

    /// <summary>令和５年度の実績・状況 → 令和６年度の実績・状況, in full- or half-width digits as written.</summary>
    private static string ShiftEra(string header, int year)
    {
        foreach (var full in new[] { true, false })
        {
            var old = FiscalYear.ToJapanese(year, full);
            if (header.Contains(old, StringComparison.Ordinal))
            {
                return header.Replace(old, FiscalYear.ToJapanese(year + 1, full), StringComparison.Ordinal);
            }
        }

        return header;
    }
}
