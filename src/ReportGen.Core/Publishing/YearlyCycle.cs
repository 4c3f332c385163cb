using System.Globalization;
using ReportGen.Content;
using ReportGen.Editions;
using ReportGen.Model;

namespace ReportGen.Publishing;

/// <summary>
/// Files to write into the content folder (keyed by path relative to it) and files to remove from it, all together
/// or not at all.
/// </summary>
public sealed record ContentChange(IReadOnlyDictionary<string, string> Files, IReadOnlyList<string> Deletions, string Summary);

/// <summary>A step of the yearly cycle that cannot be taken now, with what to do instead.</summary>
public sealed class CycleException(string message) : Exception(message);

/// <summary>What a correction (正誤) replaces: the text as printed, the corrected text, and where to look for it.</summary>
public sealed record CorrectionRequest(DateOnly Date, string Note, string Wrong, string Right, string? MeasureId = null);

/// <summary>
/// The yearly cycle: publish the open edition (it becomes a frozen record), record a correction (正誤) to a published
/// one, open the next year (a new draft edition and empty cells to fill).
/// </summary>
public static class YearlyCycle
{
    /// <summary>
    /// Publishes a draft: writes everything it prints to its record and removes its draft file, so from now on it is
    /// rendered from the record alone. Refused, with the list, while a cell or field is still empty, unless
    /// <paramref name="allowEmptyCells"/> says that the empty cells are meant (they print 「－」, as real editions do).
    /// </summary>
    public static ContentChange Publish(Report report, Edition edition, bool allowEmptyCells = false)
    {
        if (!edition.IsDraft)
        {
            throw new CycleException($"版「{edition.Id}」は公表済みです。公表した内容の訂正は reportgen correct --edition {edition.Id} で正誤として記録します。");
        }

        var status = DraftStatus.Of(report, edition);
        var cells = status.Progress.Sum(p => p.Total);
        var empty = status.Missing.Count(m => m.IsCell);
        if (allowEmptyCells && empty * 10 > cells)
        {
            throw new CycleException($"版「{edition.Id}」は {cells} 欄のうち {empty} 欄が未記入です。--allow-empty は、内容がなく「－」と印刷する欄が少し残るときに使います（未記入が1割を超えると使えません）。reportgen status で記入状況を確かめてください。");
        }

        var blocking = allowEmptyCells ? status.Missing.Where(m => !m.IsCell).ToList() : status.Missing;
        if (blocking.Count > 0)
        {
            var list = string.Join("\n", blocking.Select(m => $"  {m.At.File}:{m.At.Line}:{m.At.Column}: {m.What}"));
            throw new CycleException($"版「{edition.Id}」には未記入の欄が {blocking.Count} 件あるため公表できません:\n{list}\n記入してから、もう一度実行してください。"
                + (allowEmptyCells ? string.Empty : "内容がなく「－」と印刷する欄だけが残っているときは --allow-empty を付けます。"));
        }

        var published = status.View with { Edition = edition with { Published = new Publication([]) } };
        var files = new Dictionary<string, string>
        {
            [$"{ContentLoader.EditionsFolder}/{EditionRecord.FileName(edition.Id)}"] = EditionRecord.Write(published),
        };
        var rows = published.Rows.Count();
        return new ContentChange(
            files,
            [$"{ContentLoader.EditionsFolder}/{(edition.Source.File.Length > 0 ? Path.GetFileName(edition.Source.File) : edition.Id + ".yaml")}"],
            (allowEmptyCells && status.Missing.Count > 0 ? $"空欄 {status.Missing.Count} 件は「－」と印刷されます。\n" : string.Empty)
            + $"版「{edition.Id}」を公表しました（施策 {rows} 件）。表示は {ContentLoader.EditionsFolder}/{EditionRecord.FileName(edition.Id)} に記録され、以後は正誤（reportgen correct）でしか変わりません。");
    }

    /// <summary>
    /// Records a correction (正誤) to a published edition: the wrong text must occur exactly once in the edition (or in
    /// the measure given). The record gets the corrected text and the correction (date, note, 誤 → 正); a measure
    /// file's cell that still holds the printed text is corrected the same way, so the two keep agreeing.
    /// </summary>
    public static ContentChange Correct(Report report, Edition edition, CorrectionRequest request, string contentDir)
    {
        if (edition.IsDraft || !report.PublishedViews.TryGetValue(edition.Id, out var view))
        {
            throw new CycleException($"版「{edition.Id}」はまだ公表されていません。公表前の版は measures/ の各ファイルを直接直します。");
        }

        if (request.Wrong.Length == 0 || request.Wrong.Contains('\n', StringComparison.Ordinal))
        {
            throw new CycleException("--wrong には訂正する文字列を1行で指定してください。");
        }

        if (request.MeasureId is { } id && view.FindRow(id) is null)
        {
            throw new CycleException($"版「{edition.Id}」に施策「{id}」はありません。");
        }

        var places = RecordText.Places(view)
            .Where(p => request.MeasureId is null || p.MeasureId == request.MeasureId)
            .Select(p => (Place: p, Count: Occurrences(p.Text, request.Wrong)))
            .Where(x => x.Count > 0)
            .ToList();
        if (places.Count == 0)
        {
            var scope = request.MeasureId is null ? $"版「{edition.Id}」" : $"版「{edition.Id}」の施策 {request.MeasureId}";
            throw new CycleException($"{scope}に「{request.Wrong}」は印刷されていません。公表された文字のとおりに指定してください。");
        }

        if (places.Count > 1 || places[0].Count > 1)
        {
            const int Shown = 5;
            var where = string.Join("\n", places.Take(Shown).Select(x => "  " + (x.Count > 1 ? $"{x.Place.Label}（{x.Count} か所）" : x.Place.Label)));
            var more = places.Count > Shown ? $"\n  ほか {places.Count - Shown} 欄" : string.Empty;
            throw new CycleException($"「{request.Wrong}」は {places.Sum(x => x.Count)} か所にあります:\n{where}{more}\n--measure で施策を絞るか、前後の文字を含めて1か所に決まるようにしてください。");
        }

        var place = places[0].Place;
        var correction = new Correction(request.Date, request.Note, [new CorrectedText(place.Label, request.Wrong, request.Right)]);
        var corrected = RecordText.Replace(view, place, request.Wrong, request.Right);
        corrected = corrected with
        {
            Edition = corrected.Edition with { Published = new Publication([.. edition.Published!.Corrections, correction]) },
        };

        var files = new Dictionary<string, string>
        {
            [$"{ContentLoader.EditionsFolder}/{EditionRecord.FileName(edition.Id)}"] = EditionRecord.Write(corrected),
        };
        var synced = place.MeasureId is { } measureId ? SyncMeasureFile(report, view, measureId, place.Column!.Value, request, contentDir) : null;
        if (synced is var (path, text))
        {
            files[path] = text;
        }

        var summary = string.Create(CultureInfo.InvariantCulture, $"版「{edition.Id}」の正誤を記録しました（{request.Date:yyyy-MM-dd}、{place.Label}: 「{request.Wrong}」→「{request.Right}」、{request.Note}）。");
        summary += synced is var (p, _)
            ? $"\n{p} の同じ文字列も直しました。"
            : place.MeasureId is null ? string.Empty : $"\n施策のファイルは直していません（その欄に「{request.Wrong}」が1か所だけ、という形で見つからないため）。次の版にも直す必要があれば、施策のファイルを直してください。";
        return new ContentChange(files, [], summary);
    }

    /// <summary>
    /// Opens the next fiscal year after the newest edition was published: a draft edition a year later (headers with
    /// the new era years, the meeting left for the secretariat) and, in every measure that edition printed, an empty
    /// results cell for the year just planned and an empty plans cell for the new year, the offices carried forward.
    /// </summary>
    public static ContentChange OpenNewYear(Report report, DateOnly date, string contentDir)
    {
        var latest = report.LatestEdition ?? throw new CycleException("版がありません。");
        if (latest.IsDraft)
        {
            throw new CycleException($"最新の版「{latest.Id}」はまだ公表されていません。new-year は版を公表してから、次の年度を始めるときに1回だけ実行します（公表: reportgen publish --edition {latest.Id}）。");
        }

        var plansYear = latest.Column(ColumnKind.Plans)?.Year ?? throw new CycleException($"版「{latest.Id}」に予定の列がありません。");
        var newId = (plansYear + 1).ToString(CultureInfo.InvariantCulture);
        if (report.FindEdition(newId) is not null)
        {
            throw new CycleException($"版「{newId}」は既にあります。");
        }

        var next = latest with
        {
            Id = newId,
            Date = date,
            Meeting = null,
            Published = null,
            Columns = [.. latest.Columns.Select(c => c.Year is { } y ? c with { Year = y + 1, Header = ShiftEra(c.Header, y) } : c)],
        };
        var files = new Dictionary<string, string>
        {
            [$"{ContentLoader.EditionsFolder}/{newId}.yaml"] = ContentWriter.WriteEdition(next),
        };

        var view = EditionView.Of(report, latest);
        var opened = 0;
        foreach (var row in view.Rows)
        {
            if (report.FindMeasure(row.Id) is not { } measure)
            {
                continue;
            }

            var path = Path.GetRelativePath(contentDir, measure.Source.File).Replace('\\', '/');
            files[path] = MeasureFileEdit.OpenYear(report, measure, File.ReadAllText(measure.Source.File), plansYear, row.Offices);
            opened++;
        }

        return new ContentChange(
            files,
            [],
            $"版「{newId}」（{FiscalYear.ToJapanese(plansYear)}の実績・{FiscalYear.ToJapanese(plansYear + 1)}の取組予定）を案として作り、施策 {opened} 件に記入欄を追加しました。会議名（{ContentLoader.EditionsFolder}/{newId}.yaml の meeting）は公表前に記入してください。");
    }

    /// <summary>
    /// The measure file with the same replacement, so that it keeps agreeing with the record: in the year cell the
    /// correction was made in, or, for 該当箇所 (title, text, details, which the open edition may have revised since),
    /// only when the wrong text occurs exactly once in the file.
    /// </summary>
    private static (string Path, string Text)? SyncMeasureFile(Report report, EditionView view, string measureId, ColumnKind column, CorrectionRequest request, string contentDir)
    {
        if (report.FindMeasure(measureId) is not { } measure || !File.Exists(measure.Source.File))
        {
            return null;
        }

        var text = File.ReadAllText(measure.Source.File);
        var relative = Path.GetRelativePath(contentDir, measure.Source.File).Replace('\\', '/');
        if (column == ColumnKind.Text)
        {
            return Occurrences(text, request.Wrong) == 1
                ? (relative, text.Replace(request.Wrong, request.Right, StringComparison.Ordinal))
                : null;
        }

        if (view.YearOf(column) is not { } year || measure.Year(year)?.SourceOf(column) is not { } at)
        {
            return null;
        }

        var lines = text.Split('\n');
        for (var i = at.Line - 1; i < lines.Length; i++)
        {
            var found = lines[i].IndexOf(request.Wrong, StringComparison.Ordinal);
            if (found >= 0)
            {
                lines[i] = lines[i][..found] + request.Right + lines[i][(found + request.Wrong.Length)..];
                return (relative, string.Join('\n', lines));
            }
        }

        return null;
    }

    private static int Occurrences(string text, string needle)
    {
        var count = 0;
        for (var i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + needle.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
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
