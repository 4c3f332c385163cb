using System.Globalization;
using ReportGen.Editions;
using ReportGen.Html.Pages;
using ReportGen.Html.Text;
using ReportGen.Model;
using ReportGen.Status;

namespace ReportGen.Html.Site;

/// <summary>
/// Decides which pages the site has and builds their models from the report, in a fixed order: top page, editions,
/// measures in reading order, ministries in <c>report.yaml</c> order, offices by name, search.
/// </summary>
internal static class SitePlan
{
    /// <summary>Whether <see cref="Pages"/> has a status page (記入状況), which every page's navigation links to.</summary>
    public static bool HasStatusPage(Report report) => report.OpenEdition is not null;

    /// <summary>
    /// The pages in order, each built when it is reached: a page's model (its measure's text rendered as HTML, its
    /// links) is needed only while the page is rendered. Built all at once, the models of a large report's thousands of
    /// measure pages outlived many collections and were copied from generation to generation.
    /// </summary>
    public static IEnumerable<SitePage> Pages(ReportOutline outline, IReadOnlySet<string> editionsWithPdf)
    {
        var report = outline.Report;
        var latest = report.LatestEdition;

        // Newest first, as readers look for this year's table.
        var editions = report.Editions
            .OrderByDescending(e => e.Date)
            .ThenByDescending(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var views = editions.ToDictionary(e => e.Id, e => EditionView.Of(report, e), StringComparer.Ordinal);
        var editionLinks = editions.ToDictionary(e => e.Id, e => EditionLinkOf(views[e.Id], e == latest, editionsWithPdf), StringComparer.Ordinal);
        foreach (var page in EditionPages(outline, editions, views, editionLinks))
        {
            yield return page;
        }

        var shownIn = editions.Select(e => views[e.Id]).ToList();
        foreach (var measure in outline.ReadingOrder)
        {
            yield return MeasurePageOf(outline, measure, shownIn, editionLinks);
        }

        yield return MinistryListOf(outline);
        foreach (var ministry in report.Settings.Ministries)
        {
            yield return MinistryPageOf(outline, ministry);
        }

        yield return new OfficeListPage(
            "担当の一覧",
            [.. outline.Offices.Select(o => new OfficeSummary(o.Name, SitePaths.Office(o.Name), o.Duties.Select(d => d.Measure.Id).Distinct(StringComparer.Ordinal).Count()))]);
        foreach (var office in outline.Offices)
        {
            yield return OfficePageOf(outline, office);
        }

        if (HasStatusPage(report))
        {
            yield return StatusPageOf(outline, report.OpenEdition!, editionLinks[report.OpenEdition!.Id]);
        }

        yield return new SearchPage("検索");
    }

    /// <summary>
    /// The top page and the editions' pages, which hold the editions' whole tables: an iterator of its own, so the tables
    /// are let go once these pages are written rather than kept to the end of the site.
    /// </summary>
    private static IEnumerable<SitePage> EditionPages(ReportOutline outline, List<Edition> editions, Dictionary<string, EditionView> views, Dictionary<string, EditionLink> editionLinks)
    {
        var latest = outline.Report.LatestEdition;
        var measurePages = outline.ReadingOrder.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var tables = editions.ToDictionary(e => e.Id, e => EditionTable.Build(views[e.Id], measurePages), StringComparer.Ordinal);
        yield return new IndexPage(
            outline.Report.Settings.Title,
            latest is null ? null : editionLinks[latest.Id],
            latest is null ? null : tables[latest.Id],
            [.. editions.Select(e => editionLinks[e.Id])]);
        yield return new EditionListPage("版の一覧", [.. editions.Select(e => editionLinks[e.Id])]);
        foreach (var e in editions)
        {
            yield return new EditionPage(SitePaths.Edition(e.Id), $"{e.Label}（{DateText(e.Date)}）", editionLinks[e.Id], tables[e.Id]);
        }
    }

    private static StatusPage StatusPageOf(ReportOutline outline, Edition open, EditionLink link)
    {
        var status = FillingStatus.Of(outline.Report, open);
        var offices = status.Offices.Select(o => new OfficeProgress(
            o.Name,
            o.Measures.Count,
            [.. status.Columns.Select(c => o.Filled(c.Kind))],
            o.Complete == o.Measures.Count,
            [.. o.Measures.Where(m => !m.IsComplete && outline.Report.FindMeasure(m.Row.Id) is not null).Select(m => new MeasureToFill(
                LinkOf(outline, outline.Report.FindMeasure(m.Row.Id)!),
                string.Join("、", m.Cells.Where(c => !c.Filled).Select(c => c.Column.Header)) + " が未記入"))]))
            .ToList();
        return new StatusPage("記入状況", link, [.. status.Columns.Select(c => c.Header)], offices);
    }

    public static MeasureLink LinkOf(ReportOutline outline, Measure measure) =>
        new(measure.Id, SitePaths.Measure(measure.Id), outline.TitleOf(measure), outline.GoalHeading(outline.GoalOf(measure)));

    /// <summary>Dates as 2024年3月12日: era conversion of dates is not needed, and a second era converter would disagree with <see cref="FiscalYear"/> one day.</summary>
    public static string DateText(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    private static EditionLink EditionLinkOf(EditionView view, bool latest, IReadOnlySet<string> editionsWithPdf)
    {
        var edition = view.Edition;
        var corrections = (edition.Published?.Corrections ?? [])
            .SelectMany(c => c.Changes.Select(x => new CorrectionItem(DateText(c.Date), x.Place, x.Wrong, x.Right, c.Note)))
            .ToList();
        return new(
            edition.Id,
            view.PrintedLabel,
            edition.Title,
            string.IsNullOrEmpty(edition.Meeting) ? null : edition.Meeting,
            DateText(edition.Date),
            SitePaths.Edition(edition.Id),
            editionsWithPdf.Contains(edition.Id) ? SitePaths.Pdf(edition.Id) : null,
            latest,
            view.IsDraft,
            corrections);
    }

    private static MeasurePage MeasurePageOf(ReportOutline outline, Measure measure, List<EditionView> editions, Dictionary<string, EditionLink> editionLinks)
    {
        var report = outline.Report;
        var section = outline.SectionOf(measure);
        var goal = outline.GoalOf(measure);
        var names = report.Settings.Ministries.ToDictionary(m => m.Code, m => m.Name, StringComparer.Ordinal);
        var ministries = measure.Ministries
            .Select(m => new MinistryLink(m.Code, names.GetValueOrDefault(m.Code, m.Code), SitePaths.Ministry(m.Code), m.IsLead))
            .ToList();
        var years = measure.Years
            .OrderBy(y => y.FiscalYear)
            .Select(y => new MeasureYear(
                y.FiscalYear,
                FiscalYear.ToJapanese(y.FiscalYear),
                RichTextHtml.Render(y.Results),
                RichTextHtml.Render(y.Plans),
                y.Offices?.Text,
                [.. (y.Offices?.Main ?? []).SelectMany(outline.OfficeNames).Distinct().Select(OfficeLinkOf)],
                [.. (y.Offices?.Supporting ?? []).SelectMany(outline.OfficeNames).Distinct().Select(OfficeLinkOf)]))
            .ToList();
        var shownIn = editions
            .Where(v => v.FindRow(measure.Id) is not null)
            .Select(v => editionLinks[v.Edition.Id] with { Url = SitePaths.Edition(v.Edition.Id) + "#measure-" + SitePaths.Slug(measure.Id) })
            .ToList();
        var previous = outline.Previous(measure);
        var next = outline.Next(measure);
        return new MeasurePage(
            SitePaths.Measure(measure.Id),
            outline.TitleOf(measure),
            measure.Id,
            measure.Title is not null,
            ReportOutline.SectionHeading(section),
            SitePaths.Index + "#section-" + SitePaths.Slug(section.Id),
            outline.GoalHeading(goal),
            SitePaths.Index + "#goal-" + SitePaths.Slug(goal.Id),
            RichTextHtml.Lines(measure.Text),
            measure.TextIncomplete,
            measure.Marker,
            measure.MinistriesNote is not null,
            RichTextHtml.Render(measure.Details),
            ministries,
            measure.MinistriesNote,
            years,
            shownIn,
            previous is null ? null : LinkOf(outline, previous),
            next is null ? null : LinkOf(outline, next));
    }

    private static OfficeLink OfficeLinkOf(string name) => new(name, SitePaths.Office(name));

    private static MinistryListPage MinistryListOf(ReportOutline outline) =>
        new(
            "府省の一覧",
            [.. outline.Report.Settings.Ministries.Select(m => new MinistrySummary(
                m.Code,
                m.Name,
                SitePaths.Ministry(m.Code),
                outline.ReadingOrder.Count(x => x.Ministries.Any(r => r.Code == m.Code && r.IsLead)),
                outline.ReadingOrder.Count(x => x.Ministries.Any(r => r.Code == m.Code && !r.IsLead))))]);

    private static MinistryPage MinistryPageOf(ReportOutline outline, Ministry ministry)
    {
        List<MeasureLink> Where(bool lead) =>
            [.. outline.ReadingOrder
                .Where(m => m.Ministries.Any(r => r.Code == ministry.Code && r.IsLead == lead))
                .Select(m => LinkOf(outline, m))];

        return new MinistryPage(SitePaths.Ministry(ministry.Code), ministry.Name, ministry.Code, ministry.Name, Where(lead: true), Where(lead: false));
    }

    private static OfficePage OfficePageOf(ReportOutline outline, OfficeDuties office)
    {
        // One line per measure and role; the years an office held that role are listed together (令和５年度、令和６年度).
        var measures = office.Duties
            .GroupBy(d => (d.Measure.Id, d.Supporting))
            .Select(g => new OfficeMeasure(
                LinkOf(outline, g.First().Measure),
                string.Join("、", g.Select(d => d.FiscalYear).Distinct().Order().Select(y => FiscalYear.ToJapanese(y))),
                g.Key.Supporting ? "支援" : "主担当"))
            .ToList();
        return new OfficePage(SitePaths.Office(office.Name), office.Name, office.Name, measures);
    }
}
