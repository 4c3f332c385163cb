using System.Globalization;
using System.Net;
using System.Text;
using ReportGen.Diff.Text;

namespace ReportGen.Diff.Output;

/// <summary>
/// A <see cref="ComparisonDocument"/> as one self-contained HTML page: the 新旧対照表 (two columns, changed parts
/// underlined on both sides), the same changes inline (deletions struck through, insertions underlined), the budget
/// changes and plan against actual.
/// </summary>
/// <remarks>
/// The page has to work when opened from a CI artifact or an e-mail attachment: styles are inline, there is no script
/// and nothing is fetched. The two views are switched with radio buttons and CSS <c>:has()</c>; a browser without
/// <c>:has()</c> shows both views one after the other instead. Changed parts are <c>&lt;del&gt;</c> on the old side and
/// <c>&lt;ins&gt;</c> on the new one, so their meaning survives without the styles; in the table both are drawn as
/// underlines, the 傍線 of a 新旧対照表. Built with a StringBuilder rather than Scriban because the page is fixed: every
/// piece of content goes through <see cref="Escape"/>, and nothing else is written from content.
/// </remarks>
public static class HtmlComparison
{
    public static string Render(ComparisonDocument document)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"ReportGen\">\n")
            .Append("<title>").Append(Escape($"{ComparisonWording.Title}　{document.ReportTitle}")).Append("</title>\n")
            .Append("<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        WriteHeader(html, document);
        html.Append("<main>\n");
        WriteChanges(html, document);
        WriteBudgets(html, document);
        WritePlanActual(html, document.PlanActual);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Escapes text for an element's content or a quoted attribute.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static void WriteHeader(StringBuilder html, ComparisonDocument document)
    {
        var (left, right) = document.Sides((ComparisonWording.OldSide, document.OldCaption), (ComparisonWording.NewSide, document.NewCaption));
        html.Append("<header>\n<h1>").Append(ComparisonWording.Title).Append("</h1>\n")
            .Append("<p class=\"report\">").Append(Escape(document.ReportTitle)).Append("</p>\n<dl class=\"editions\">\n");
        foreach (var (side, caption) in new[] { left, right })
        {
            html.Append("<div><dt>").Append(side).Append("</dt><dd>").Append(Escape(caption)).Append("</dd></div>\n");
        }

        html.Append("</dl>\n<p class=\"summary\">").Append(Escape(document.Summary)).Append("</p>\n")
            .Append("<nav aria-label=\"目次\">\n<ul>\n<li><a href=\"#changes\">変更の内容</a></li>\n<li><a href=\"#budgets\">予算の変化</a></li>\n");
        if (document.PlanActual is { } planActual)
        {
            html.Append("<li><a href=\"#plan-actual\">").Append(Escape(planActual.Title)).Append("</a></li>\n");
        }

        html.Append("</ul>\n</nav>\n</header>\n");
    }

    private static void WriteChanges(StringBuilder html, ComparisonDocument document)
    {
        html.Append("<section id=\"changes\" aria-labelledby=\"changes-title\">\n<h2 id=\"changes-title\">変更の内容</h2>\n")
            .Append("<fieldset class=\"views\">\n<legend>表示</legend>\n")
            .Append("<input type=\"radio\" name=\"view\" id=\"view-table\" checked><label for=\"view-table\">新旧対照表（2列）</label>\n")
            .Append("<input type=\"radio\" name=\"view\" id=\"view-inline\"><label for=\"view-inline\">見え消し（1列）</label>\n")
            .Append("</fieldset>\n");
        if (document.Groups.Count == 0)
        {
            html.Append("<p>表に変更はありません。</p>\n</section>\n");
            return;
        }

        WriteTable(html, document);
        WriteInline(html, document);
        html.Append("</section>\n");
    }

    private static void WriteTable(StringBuilder html, ComparisonDocument document)
    {
        var (left, right) = document.SideHeaders;
        html.Append("<div class=\"view view-table\">\n<h3>新旧対照表</h3>\n<p class=\"note\">").Append(ComparisonWording.Note).Append("</p>\n")
            .Append("<table class=\"comparison\">\n<caption>").Append(left).Append("（左）と").Append(right).Append("（右）</caption>\n")
            .Append("<colgroup><col class=\"side\"><col class=\"side\"></colgroup>\n")
            .Append("<thead><tr><th scope=\"col\">").Append(left).Append("</th><th scope=\"col\">").Append(right).Append("</th></tr></thead>\n");
        foreach (var group in document.Groups)
        {
            html.Append("<tbody id=\"").Append(Anchor(group)).Append("\">\n<tr><th scope=\"rowgroup\" colspan=\"2\">");
            WriteGroupHeading(html, group);
            html.Append("</th></tr>\n");
            foreach (var row in group.Rows)
            {
                var (l, r) = document.Sides(row.Old, row.New);
                html.Append("<tr><td>");
                WriteParts(html, l, withNotes: false);
                html.Append("</td><td>");
                WriteParts(html, r, withNotes: false);
                html.Append("</td></tr>\n");
            }

            html.Append("</tbody>\n");
        }

        html.Append("</table>\n</div>\n");
    }

    private static void WriteInline(StringBuilder html, ComparisonDocument document)
    {
        html.Append("<div class=\"view view-inline\">\n<h3>見え消し</h3>\n<p class=\"note\">削除した部分は<del>取消線</del>、追加した部分は<ins>下線</ins>で示します。</p>\n");
        foreach (var group in document.Groups)
        {
            html.Append("<article id=\"inline-").Append(Anchor(group)).Append("\">\n<h4>");
            WriteGroupHeading(html, group);
            html.Append("</h4>\n");
            foreach (var row in group.Rows)
            {
                html.Append("<div class=\"inline-row\">");
                WriteParts(html, row.Inline, withNotes: true);
                html.Append("</div>\n");
            }

            html.Append("</article>\n");
        }

        html.Append("</div>\n");
    }

    private static string Anchor(ComparisonGroup group) => group.Kind.ToString().ToLowerInvariant() + "-" + Escape(group.Id);

    private static void WriteGroupHeading(StringBuilder html, ComparisonGroup group)
    {
        html.Append(Escape(group.Heading)).Append(" <span class=\"status\">〔").Append(Escape(group.Status)).Append("〕</span>");
        if (group.Context is { } context)
        {
            html.Append("<span class=\"context\">").Append(Escape(context)).Append("</span>");
        }
    }

    /// <summary>A cell's parts; consecutive bullet items form one list, as they read.</summary>
    private static void WriteParts(StringBuilder html, IReadOnlyList<ComparisonPart> parts, bool withNotes)
    {
        var inList = false;
        foreach (var part in parts)
        {
            var bullet = part.Kind == PartKind.Text && part.IsBullet;
            if (bullet != inList)
            {
                html.Append(bullet ? "<ul>" : "</ul>");
                inList = bullet;
            }

            html.Append(bullet ? "<li>" : part.Kind switch
            {
                PartKind.Label => "<p class=\"label\">",
                PartKind.Omitted => "<p class=\"omitted\">",
                PartKind.Placeholder => "<p class=\"placeholder\">",
                _ => "<p>",
            });
            if (withNotes && part.Note is { } note)
            {
                html.Append("<span class=\"part-note\">〔").Append(Escape(note)).Append("〕</span>");
            }

            WriteSpans(html, part.Spans);
            html.Append(bullet ? "</li>" : "</p>");
        }

        if (inList)
        {
            html.Append("</ul>");
        }
    }

    private static void WriteSpans(StringBuilder html, IReadOnlyList<DiffSpan> spans)
    {
        foreach (var span in spans)
        {
            var tag = span.Op switch
            {
                DiffOp.Delete => "del",
                DiffOp.Insert => "ins",
                _ => null,
            };
            if (tag is not null)
            {
                html.Append('<').Append(tag).Append('>');
            }

            html.Append(Escape(span.Text).Replace("\n", "<br>", StringComparison.Ordinal));
            if (tag is not null)
            {
                html.Append("</").Append(tag).Append('>');
            }
        }
    }

    private static void WriteBudgets(StringBuilder html, ComparisonDocument document)
    {
        html.Append("<section id=\"budgets\" aria-labelledby=\"budgets-title\">\n<h2 id=\"budgets-title\">予算の変化</h2>\n");
        if (document.Budgets.Count == 0)
        {
            html.Append("<p>金額の変化はありません。</p>\n");
        }
        else
        {
            html.Append("<table class=\"budgets\">\n<thead><tr><th scope=\"col\">事業</th><th scope=\"col\">年度</th><th scope=\"col\">旧版</th><th scope=\"col\">新版</th><th scope=\"col\">前年度比</th></tr></thead>\n<tbody>\n");
            foreach (var line in document.Budgets)
            {
                html.Append("<tr><th scope=\"row\">").Append(Escape(line.Program)).Append("</th>");
                foreach (var cell in new[] { line.Year, line.Old, line.New })
                {
                    html.Append("<td>").Append(Lines(cell)).Append("</td>");
                }

                html.Append("<td class=\"number\">").Append(Escape(line.Change)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        if (document.BudgetNotes.Count > 0)
        {
            html.Append("<h3>確認が必要な予算の記載（新版）</h3>\n<table class=\"budget-notes\">\n<thead><tr><th scope=\"col\">施策</th><th scope=\"col\">欄</th><th scope=\"col\">記載</th><th scope=\"col\">確認すること</th></tr></thead>\n<tbody>\n");
            foreach (var note in document.BudgetNotes)
            {
                html.Append("<tr><th scope=\"row\">").Append(Escape(note.MeasureId)).Append("</th><td>").Append(Escape(note.Column))
                    .Append("</td><td>").Append(Lines(note.Text)).Append("</td><td>").Append(Escape(note.Reason)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("</section>\n");
    }

    private static void WritePlanActual(StringBuilder html, PlanActualSection? section)
    {
        if (section is null)
        {
            return;
        }

        var lines = section.Measures.Sum(m => m.Lines.Count);
        html.Append("<section id=\"plan-actual\" aria-labelledby=\"plan-actual-title\">\n<h2 id=\"plan-actual-title\">").Append(Escape(section.Title)).Append("</h2>\n")
            .Append("<p>").Append(Escape(section.Summary)).Append("</p>\n")
            .Append("<details>\n<summary>").Append(string.Create(CultureInfo.InvariantCulture, $"照合の一覧（{section.Measures.Count} 施策、{lines} 行）")).Append("</summary>\n")
            .Append("<table class=\"plan-actual\">\n<colgroup><col class=\"text\"><col class=\"text\"><col class=\"assessment\"></colgroup>\n")
            .Append("<thead><tr><th scope=\"col\">").Append(Escape(section.PlanHeader)).Append("</th><th scope=\"col\">").Append(Escape(section.ResultHeader))
            .Append("</th><th scope=\"col\">照合</th></tr></thead>\n");
        foreach (var group in section.Measures)
        {
            html.Append("<tbody id=\"plan-").Append(Escape(group.MeasureId)).Append("\">\n<tr><th scope=\"rowgroup\" colspan=\"3\">")
                .Append(Escape(group.Heading)).Append("</th></tr>\n");
            foreach (var line in group.Lines)
            {
                html.Append(line.IsFlagged ? "<tr class=\"flagged\">" : "<tr>")
                    .Append("<td>").Append(line.Plan is null ? "<span class=\"placeholder\">（予定なし）</span>" : Lines(line.Plan.Text)).Append("</td>")
                    .Append("<td>").Append(line.Result is null ? "<span class=\"placeholder\">（対応する実績なし）</span>" : Lines(line.Result.Text)).Append("</td>")
                    .Append("<td>").Append(Assessment(line)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n");
        }

        html.Append("</table>\n</details>\n</section>\n");
    }

    /// <summary>The verdict, strong when the plan has no result, and the figure under it.</summary>
    private static string Assessment(PlanActualLine line)
    {
        var lines = line.Assessment.Split('\n');
        var verdict = line.IsFlagged ? "<strong>" + Escape(lines[0]) + "</strong>" : Escape(lines[0]);
        return string.Join("<br>", [verdict, .. lines[1..].Select(Escape)]);
    }

    private static string Lines(string text) => Escape(text).Replace("\n", "<br>", StringComparison.Ordinal);

    /// <summary>
    /// Print-friendly and readable on a phone. <c>line-break: strict</c> asks the browser for the same kinsoku rules the
    /// PDF follows (no small kana or ー at the start of a line).
    /// </summary>
    private const string Style = """
        :root { color-scheme: light; --rule: #555; --head: #e4e4e4; --group: #f0f0f0; --flag: #ffebc2; }
        body { margin: 0 auto; max-width: 80rem; padding: 1rem 1.25rem 3rem; color: #1a1a1a; background: #fff;
          font-family: "BIZ UDPGothic", "BIZ UDGothic", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", Meiryo, sans-serif;
          font-size: 15px; line-height: 1.7; line-break: strict; overflow-wrap: anywhere; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--rule); }
        h3 { font-size: 1.05rem; margin: 1rem 0 .25rem; }
        h4 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
        .report { font-size: 1.05rem; margin: 0 0 .5rem; }
        .editions { margin: 0; }
        .editions div { display: flex; gap: .75em; }
        .editions dt { font-weight: bold; white-space: nowrap; }
        .editions dd { margin: 0; }
        nav ul { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding: 0; list-style: none; }
        a { color: #0b4f9c; }
        table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: .5rem 0 1rem; }
        caption { text-align: left; font-size: .9rem; color: #444; padding-bottom: .25rem; }
        th, td { border: 1px solid var(--rule); padding: .35rem .6rem; vertical-align: top; text-align: left; }
        thead th { background: var(--head); }
        tbody th[scope="rowgroup"] { background: var(--group); }
        td p, td ul { margin: 0 0 .35rem; }
        td ul, .inline-row ul { padding-left: 1em; list-style: none; }
        td li, .inline-row li { text-indent: -1em; padding-left: 0; margin-bottom: .2rem; }
        td li::before, .inline-row li::before { content: "・"; display: inline-block; width: 1em; text-indent: 0; }
        .label { font-size: .8rem; font-weight: bold; color: #333; }
        .status { font-weight: normal; }
        .context { display: block; font-weight: normal; }
        .note { text-align: right; margin: .25rem 0; }
        .omitted, .placeholder { color: #333; }
        ins, del { text-decoration: none; }
        .view-table ins, .view-table del { text-decoration: underline; text-decoration-thickness: 1.5px; text-underline-offset: .25em; }
        .view-inline ins, .note ins { text-decoration: underline; text-decoration-thickness: 1.5px; text-underline-offset: .25em; color: #0b4f9c; }
        .view-inline del, .note del { text-decoration: line-through; color: #9c1c1c; }
        .part-note { font-size: .8rem; color: #333; margin-right: .5em; }
        .inline-row { border-left: 3px solid var(--group); padding: .25rem 0 .25rem .75rem; margin: .25rem 0 .75rem; }
        .inline-row p { margin: 0 0 .3rem; }
        .views { border: 0; padding: 0; margin: .5rem 0; display: none; }
        .views legend { float: left; font-weight: bold; margin-right: 1em; }
        .views label { margin-right: 1.25em; }
        @supports selector(body:has(input)) {
          .views { display: block; }
          .view-inline { display: none; }
          body:has(#view-inline:checked) .view-inline { display: block; }
          body:has(#view-inline:checked) .view-table { display: none; }
        }
        .budgets td.number { text-align: right; }
        .plan-actual col.assessment { width: 22%; }
        .budgets thead th:nth-child(1) { width: 34%; }
        .budget-notes thead th:nth-child(1) { width: 10%; }
        .budget-notes thead th:nth-child(2) { width: 8%; }
        .budget-notes thead th:nth-child(3) { width: 52%; }
        tr.flagged td { background: var(--flag); }
        details summary { cursor: pointer; font-weight: bold; margin: .5rem 0; }
        @media (max-width: 40rem) { body { font-size: 14px; padding: .5rem; } th, td { padding: .25rem .35rem; } }
        @media print {
          body { max-width: none; font-size: 10pt; }
          nav, .views { display: none !important; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; }
        }

        """;
}
