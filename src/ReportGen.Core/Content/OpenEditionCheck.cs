using ReportGen.Diagnostics;
using ReportGen.Editions;
using ReportGen.Model;

namespace ReportGen.Content;

/// <summary>
/// Mistakes that make a cell of the open edition silently disappear or print 「－」: a year no edition shows (2026:
/// written for 2025:), and a measure of the open edition without 担当.
/// </summary>
internal sealed class OpenEditionCheck
{
    private readonly DiagnosticBag _bag;

    public OpenEditionCheck(DiagnosticBag bag) => _bag = bag;

    public void Run(Report report)
    {
        var shownYears = report.Editions.SelectMany(e => e.FiscalYears).ToHashSet();
        if (shownYears.Count == 0)
        {
            return;
        }

        var latestYear = shownYears.Max();
        var open = report.OpenEdition;
        foreach (var measure in report.Measures)
        {
            foreach (var entry in measure.Years.Where(y => y.FiscalYear > latestYear))
            {
                var at = entry.KeySource ?? measure.Source;
                var openYears = open is null ? string.Empty : $"版「{open.Id}」（案）は{string.Join("、", open.Columns.Where(c => c.Year is not null).Select(c => $"{c.Header}に {c.Year}:"))} を表示します。";
                _bag.Warning(at.File, at.Line, at.Column, $"年度「{entry.FiscalYear}」の内容はどの版にも表示されません（表示される最新の年度は {latestYear} です）。", $"{openYears}年度の数字を確かめてください。");
            }
        }

        // A cell under a year its column does not show (results under 2025: when 2025 is the plans year) is printed
        // nowhere. Years before the open edition's are history and left alone.
        if (open is not null && open.FiscalYears.Any())
        {
            var firstOpenYear = open.FiscalYears.Min();
            foreach (var measure in report.Measures)
            {
                foreach (var entry in measure.Years.Where(y => y.FiscalYear >= firstOpenYear && y.FiscalYear <= latestYear))
                {
                    foreach (var kind in new[] { ColumnKind.Results, ColumnKind.Plans })
                    {
                        if (entry.SourceOf(kind) is not { } at || report.Editions.Any(e => e.Column(kind)?.Year == entry.FiscalYear))
                        {
                            continue;
                        }

                        var right = open.Column(kind);
                        var hint = right?.Year is { } y ? $"{right.Header}は {y}: の {ColumnKinds.Name(kind)}: に書きます。" : $"版「{open.Id}」にはこの列がありません。";
                        _bag.Warning(at.File, at.Line, at.Column, $"この欄（{entry.FiscalYear}: の {ColumnKinds.Name(kind)}:）はどの版にも印刷されません。", hint);
                    }
                }
            }
        }

        if (open is null || open.Column(ColumnKind.Offices) is not { } officesColumn)
        {
            return;
        }

        var year = officesColumn.Year ?? open.Column(ColumnKind.Plans)?.Year;
        var registry = new Status.OfficeRegistry(report.Settings.Offices);
        var rows = EditionView.Of(report, open).Rows.ToList();
        foreach (var row in registry.IsEmpty ? [] : rows.Where(r => r.Offices is not null))
        {
            var measure = report.FindMeasure(row.Id)!;
            var at = (year is { } y ? measure.Year(y)?.SourceOf(ColumnKind.Offices) : null) ?? measure.Source;
            foreach (var name in registry.Resolve(row.Offices!).Unknown.Distinct())
            {
                var suggestion = Suggest.Closest(name, registry.Offices.SelectMany(o => o.ShortForms.Prepend(o.Name)));
                _bag.Warning(at.File, at.Line, at.Column, $"担当の「{name}」は report.yaml の部署の一覧（offices）にありません。記入状況で別の部署として数えられます。", (suggestion is null ? string.Empty : $"「{suggestion}」のことですか？") + "新しい部署なら report.yaml の offices に加えてください。");
            }
        }

        foreach (var row in rows.Where(r => r.Offices is null))
        {
            var measure = report.FindMeasure(row.Id)!;
            var entry = year is { } y ? measure.Year(y) : null;
            var at = entry?.KeySource ?? measure.Source;
            var previous = measure.Years.Where(e => e.FiscalYear < (year ?? 0) && e.Offices is not null).Select(e => e.Offices!.Text).LastOrDefault();
            _bag.Warning(at.File, at.Line, at.Column, $"施策 {row.Id} には版「{open.Id}」の担当（{year}: の offices:）がありません。担当の欄に「－」と印刷されます。", previous is null ? $"{year}: の下に offices: を書いてください。" : $"{year}: の下に offices: を書いてください（前年度は「{previous}」）。");
        }
    }
}
