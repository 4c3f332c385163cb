using System.Globalization;
using System.Text;
using ReportGen.Diff.Output;
using ReportGen.Diff.Text;
using ReportGen.Html.Text;

namespace ReportGen.Html.Comparison;

/// <summary>
/// A <see cref="ComparisonDocument"/> as one self-contained HTML page: the 新旧対照表 (two columns, changed parts
/// underlined on both sides), the same changes inline (deletions struck through, insertions underlined), the budget
/// changes and plan against actual.
/// </summary>
/// <remarks>
/// The page has to work when opened from a CI artifact or an e-mail attachment: its styles are copied into it, there
/// is no script and nothing is fetched. The two views are switched with radio buttons and CSS <c>:has()</c>; a browser without
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
            .Append("<style>\n").Append(Style.Value).Append("</style>\n</head>\n<body>\n");
        WriteHeader(html, document);
        html.Append("<main>\n");
        WriteChanges(html, document);
        WriteBudgets(html, document);
        WritePlanActual(html, document.PlanActual);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Escapes text for an element's content or a quoted attribute, as everywhere on the site.</summary>
    private static string Escape(string text) => HtmlText.Escape(text);

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
    /// Print-friendly and readable on a phone, kept in <c>comparison.css</c> beside this file and copied into the page.
    /// <c>line-break: strict</c> asks the browser for the same kinsoku rules the PDF follows (no small kana or ー at the
    /// start of a line).
    /// </summary>
    private static readonly Lazy<string> Style = new(() =>
    {
        using var stream = typeof(HtmlComparison).Assembly.GetManifestResourceStream(StyleResource)
            ?? throw new InvalidOperationException("Missing embedded resource " + StyleResource);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    });

    private const string StyleResource = "ReportGen.Html.Comparison.comparison.css";
}
