using System.Globalization;
using System.Text;
using ReportGen.Diff.Budgets;
using ReportGen.Diff.PlanActual;
using ReportGen.Diff.Text;
using ReportGen.Editions;
using ReportGen.Model;

namespace ReportGen.Diff.Output;

/// <summary>
/// The 新旧対照表 as Markdown for a pull request comment or a CI job summary (GitHub-flavoured). A comment has no room
/// for the two-column table: it lists what was added, removed and moved, and each changed item inline, from the change
/// set the document was built from.
/// </summary>
/// <remarks>
/// Changes are marked with the HTML tags <c>&lt;del&gt;</c> (struck through) and <c>&lt;ins&gt;</c> (underlined, like
/// 傍線 in a 新旧対照表). Markdown's own <c>~~</c> and <c>**</c> fail in Japanese text: a delimiter next to 「 or （ and
/// a letter without a space between does not count as emphasis under CommonMark's flanking rules, so half the marks
/// would print as asterisks. The tags always work and GitHub keeps them. Long cells sit in &lt;details&gt; so the
/// comment stays scannable.
/// </remarks>
public static class MarkdownSummary
{
    /// <summary>GitHub refuses comments over 65,536 characters; stop adding details well before that.</summary>
    private const int DetailBudget = 60_000;

    private const int TitleLength = 40;

    public static string Render(ComparisonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var changes = document.Changes;
        var md = new StringBuilder();
        WriteHeader(md, changes);
        WriteStructure(md, changes);
        WriteMeasureList(md, changes);
        WriteMeasureDiffs(md, changes);
        WriteBudgets(md, changes.Budgets, allPrograms: changes.Focus is null);
        WritePlanVsActual(md, changes.PlanVsActual);
        return md.ToString();
    }

    private static void WriteHeader(StringBuilder md, ChangeSet changes)
    {
        var c = changes.Counts;
        md.Append("## 変更の概要: ").Append(Edition(changes.From)).Append(" → ").Append(Edition(changes.To)).Append("\n\n");
        md.Append("| | 追加 | 削除 | 移動 | 変更 |\n|---|---:|---:|---:|---:|\n");
        md.Append(Invariant($"| 項目 | {c.SectionsAdded} | {c.SectionsRemoved} | – | {c.SectionsRenamed} |\n"));
        md.Append(Invariant($"| 目標 | {c.GoalsAdded} | {c.GoalsRemoved} | {c.GoalsMoved} | {c.GoalsRenamed} |\n"));
        md.Append(Invariant($"| 施策 | {c.MeasuresAdded} | {c.MeasuresRemoved} | {c.MeasuresMoved} | {c.MeasuresChanged} |\n\n"));
        md.Append(string.Join("、", ChangeSummary.Totals(changes)));
        md.Append("。\n\n");
        foreach (var progress in changes.Progress)
        {
            md.Append("- ").Append(Escape(progress.ToString())).Append('\n');
        }

        if (changes.Progress.Count > 0)
        {
            md.Append('\n');
        }

        if (changes.IsEmpty)
        {
            md.Append("表に変更はありません。\n\n");
        }
    }

    private static string Edition(EditionSource source)
    {
        var e = source.Edition;
        return $"{Escape(source.Origin)} の {Escape(e.Id)}（{Escape(e.Label)}、{e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}）";
    }

    private static void WriteStructure(StringBuilder md, ChangeSet changes)
    {
        if (changes.Sections.Count == 0 && changes.Goals.Count == 0)
        {
            return;
        }

        md.Append("### 項目・目標\n\n");
        foreach (var s in changes.Sections)
        {
            var number = JapaneseDigits.ToFullWidth((s.New ?? s.Old)!.Number.ToString(CultureInfo.InvariantCulture));
            var label = $"（{number}）";
            md.Append(s.Kind switch
            {
                ChangeKind.Added => $"- 項目の追加 {label}: <ins>{Escape(s.New!.Title)}</ins>\n",
                ChangeKind.Removed => $"- 項目の削除 {label}: <del>{Escape(s.Old!.Title)}</del>\n",
                _ => $"- 項目の変更 {label}: {(s.TitleDiff is null ? Escape(s.New!.Title) : Inline(s.TitleDiff))}"
                     + (s.IsRenumbered ? Invariant($"（番号 {s.Old!.Number} → {s.New!.Number}）") : string.Empty) + "\n",
            });
        }

        foreach (var g in changes.Goals)
        {
            md.Append(g.Kind switch
            {
                ChangeKind.Added => $"- 目標の追加 `{g.GoalId}`: 【<ins>{Escape(g.New!.Title)}</ins>】\n",
                ChangeKind.Removed => $"- 目標の削除 `{g.GoalId}`: 【<del>{Escape(g.Old!.Title)}</del>】\n",
                _ => (g.TitleDiff is null ? string.Empty : $"- 目標の名称変更 `{g.GoalId}`: 【{Inline(g.TitleDiff)}】\n")
                     + (g.MovedFromSection is null ? string.Empty : $"- 目標の移動 `{g.GoalId}`: 項目 `{g.MovedFromSection}` → `{g.New!.SectionId}`\n"),
            });
        }

        md.Append('\n');
    }

    private static void WriteMeasureList(StringBuilder md, ChangeSet changes)
    {
        var listed = changes.Measures.Where(m => m.Kind != ChangeKind.Modified || m.Move is not null).ToList();
        if (listed.Count == 0)
        {
            return;
        }

        md.Append("### 施策の追加・削除・移動\n\n");
        foreach (var m in listed)
        {
            var view = m.Kind == ChangeKind.Removed ? changes.Old : changes.New;
            var name = $"`{m.MeasureId}` {Escape(Shorten(m.Row.DisplayTitle))}";
            md.Append(m.Kind switch
            {
                ChangeKind.Added => $"- 追加 {name} — {GoalLabel(changes.New, m.Row.GoalId)}\n",
                ChangeKind.Removed => $"- 削除 {name} — {GoalLabel(changes.Old, m.Row.GoalId)}\n",
                _ => $"- 移動 {name} — {GoalLabel(changes.Old, m.Move!.FromGoalId)} → {GoalLabel(changes.New, m.Move.ToGoalId)}\n",
            });
        }

        md.Append('\n');
    }

    private static string GoalLabel(EditionView view, string goalId) =>
        view.FindGoal(goalId) is { } goal ? $"【{Escape(Shorten(goal.Title))}】" : $"`{goalId}`";

    private static void WriteMeasureDiffs(StringBuilder md, ChangeSet changes)
    {
        var changed = changes.Measures.Where(m => m.Columns.Count > 0).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        md.Append(Invariant($"### 施策の内容の変更（{changed.Count} 件）\n\n"));
        foreach (var m in changed)
        {
            if (md.Length > DetailBudget)
            {
                md.Append("（以降の差分は長さの上限のため省略しました。全体は diff.md を参照してください。）\n\n");
                break;
            }

            var title = m.Row.DisplayTitle;
            var columns = string.Join("・", m.Columns.Select(c => ColumnName(c.Column)));
            md.Append("<details>\n<summary>").Append(Html(m.MeasureId)).Append(' ').Append(Html(Shorten(title)))
                .Append(" — ").Append(Html(columns)).Append("</summary>\n\n");
            foreach (var column in m.Columns)
            {
                WriteColumn(md, column);
            }

            md.Append("</details>\n\n");
        }
    }

    private static void WriteColumn(StringBuilder md, ColumnChange column)
    {
        md.Append("**").Append(Escape(column.OldHeader));
        if (column.NewHeader != column.OldHeader)
        {
            md.Append(" → ").Append(Escape(column.NewHeader));
        }

        md.Append("**\n\n");
        var unchanged = 0;
        foreach (var item in column.Items)
        {
            if (!item.IsChange)
            {
                unchanged++;
                continue;
            }

            md.Append("- ");
            if (item.IsMoved)
            {
                md.Append(Invariant($"（移動: {item.OldIndex + 1} 番目 → {item.NewIndex + 1} 番目）"));
            }

            if (item.BulletChanged)
            {
                md.Append(item.New!.IsBullet ? "（箇条書きに変更）" : "（箇条書きを解除）");
            }

            md.Append(Inline(item.Spans)).Append('\n');
        }

        if (unchanged > 0)
        {
            md.Append(Invariant($"- （変更のない項目 {unchanged} 件）\n"));
        }

        md.Append('\n');
    }

    private static void WriteBudgets(StringBuilder md, BudgetComparison budgets, bool allPrograms)
    {
        var changes = budgets.Changes.ToList();
        md.Append("### 予算\n\n");
        if (changes.Count == 0)
        {
            md.Append("金額の変化はありません。\n\n");
        }
        else
        {
            md.Append("| 事業 | 年度 | 旧 | 新 | 前年度比 |\n|---|---|---|---|---:|\n");
            foreach (var (program, row) in changes)
            {
                md.Append("| ").Append(Escape(program.Name)).Append(" | ").Append(YearLabel(row))
                    .Append(" | ").Append(Figures(row.Old)).Append(" | ").Append(Figures(row.New))
                    .Append(" | ").Append(row.ChangeText).Append(" |\n");
            }

            md.Append('\n');
        }

        // The rows that did not change, once each; the changed ones are in the table above. A review of an edit has
        // no use for the whole edition's budgets.
        var unchanged = budgets.Programs.SelectMany(p => p.Rows.Where(r => !r.IsChange).Select(r => (Program: p, Row: r))).ToList();
        if (allPrograms && unchanged.Count > 0)
        {
            md.Append(Invariant($"<details>\n<summary>変化のない事業別の予算（{unchanged.Select(x => x.Program.Key).Distinct().Count()} 事業）</summary>\n\n"));
            md.Append("| 事業 | 年度 | 旧 | 新 | 前年度比 |\n|---|---|---|---|---:|\n");
            foreach (var (program, row) in unchanged)
            {
                md.Append("| ").Append(Escape(program.Name)).Append(" | ").Append(YearLabel(row))
                    .Append(" | ").Append(Figures(row.Old)).Append(" | ").Append(Figures(row.New))
                    .Append(" | ").Append(row.ChangeText).Append(" |\n");
            }

            md.Append("\n</details>\n\n");
        }

        var unparsed = budgets.New.Unparsed;
        var typos = budgets.New.WithTypos.ToList();
        var withoutProgram = budgets.New.WithoutProgram.ToList();
        if (unparsed.Count + typos.Count + withoutProgram.Count == 0)
        {
            return;
        }

        md.Append("新しい版で確認が必要な予算の記載:\n\n");
        foreach (var u in unparsed)
        {
            md.Append(CultureInfo.InvariantCulture, $"- `{u.MeasureId}` {ColumnName(u.Column)}: 読み取れません（{Escape(u.Phrase.Reason)}）: {Escape(u.Phrase.Context)}\n");
        }

        foreach (var t in typos)
        {
            md.Append(CultureInfo.InvariantCulture, $"- `{t.MeasureId}` {ColumnName(t.Column)}: {Escape(t.Line.Text)} — {Escape(string.Join(" ", t.Line.Typos))}\n");
        }

        foreach (var w in withoutProgram)
        {
            md.Append(CultureInfo.InvariantCulture, $"- `{w.MeasureId}` {ColumnName(w.Column)}: 事業名がありません: {Escape(w.Line.Text)}\n");
        }

        md.Append('\n');
    }

    private static string YearLabel(BudgetRow row) => BudgetPrograms.YearLabel(row);

    private static string Figures(IReadOnlyList<BudgetFigure> figures) =>
        figures.Count == 0 ? "–" : string.Join("<br>", figures.Select(BudgetPrograms.Describe));

    private static void WritePlanVsActual(StringBuilder md, PlanActualComparison planActual)
    {
        if (planActual is not { FiscalYear: { } year, PlanCount: > 0 })
        {
            return;
        }

        var era = FiscalYear.ToJapanese(year);
        md.Append(CultureInfo.InvariantCulture, $"### {era}の予定と実績\n\n");
        md.Append(Invariant($"旧版の{era}の予定 {planActual.PlanCount} 件を新版の{era}の実績と照合し、{planActual.UnmatchedCount} 件は対応する実績が見当たりません。\n\n"));
        var flagged = planActual.WithUnmatchedPlans.ToList();
        if (flagged.Count == 0)
        {
            return;
        }

        md.Append(Invariant($"<details>\n<summary>実績が見当たらない予定（{planActual.UnmatchedCount} 件）</summary>\n\n"));
        foreach (var m in flagged)
        {
            if (md.Length > DetailBudget)
            {
                md.Append("- （以降は長さの上限のため省略しました。）\n");
                break;
            }

            md.Append(CultureInfo.InvariantCulture, $"- `{m.MeasureId}` {Escape(Shorten(m.Title ?? string.Empty))}\n");
            foreach (var p in m.Unmatched)
            {
                md.Append("  - ").Append(Escape(p.Plan.Text))
                    .Append(Invariant($"（最も近い実績との類似度 {p.Similarity:0.00}）\n"));
            }
        }

        md.Append("\n</details>\n\n");
    }

    private static string ColumnName(ColumnKind column) => Labels.ColumnName(column);

    /// <summary>An inline diff: deleted text struck through, inserted text underlined.</summary>
    private static string Inline(IEnumerable<DiffSpan> spans)
    {
        var sb = new StringBuilder();
        foreach (var span in spans)
        {
            var text = Escape(span.Text);
            sb.Append(span.Op switch
            {
                DiffOp.Delete => "<del>" + text + "</del>",
                DiffOp.Insert => "<ins>" + text + "</ins>",
                _ => text,
            });
        }

        return sb.ToString();
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= TitleLength ? line : line[..TitleLength] + "…";
    }

    /// <summary>Text for Markdown: HTML special characters as entities, Markdown punctuation escaped, line breaks as &lt;br&gt;.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    sb.Append("&amp;");
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '\n':
                    sb.Append("<br>");
                    break;
                case '\r':
                    break;
                case '\\' or '*' or '_' or '`' or '[' or ']' or '~' or '|' or '#':
                    sb.Append('\\').Append(c);
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Text inside an HTML block (&lt;summary&gt;), where Markdown escapes would show literally.</summary>
    private static string Html(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
