using System.Globalization;
using ReportGen.Diff.Budgets;
using ReportGen.Diff.PlanActual;
using ReportGen.Diff.Text;
using ReportGen.Editions;
using ReportGen.Model;

namespace ReportGen.Diff.Output;

/// <summary>
/// A change set as a 新旧対照表: the rows of the table with their changed parts marked, the budget changes and plan
/// against actual, in the words a reader sees. Every format of <c>reportgen diff</c> renders this one model (Markdown,
/// HTML, PDF), so they show the same changes in the same order and differ only in how they draw them.
/// </summary>
/// <remarks>
/// Rows follow 新旧対照表 practice: a section, goal or measure that changed gets a heading row; a measure gets one row
/// per changed column with each side labelled by its own header (so the era years of both editions show); an added or
/// removed measure is one row with its whole text marked on the side that has it and （新設）/（削除） on the other.
/// Long runs of unchanged items are abbreviated （略）, keeping one item of context either side of a change, so a
/// one-digit edit in a list of 24 look-alike bullets does not bury itself in a page of unchanged text.
/// </remarks>
/// <param name="Changes">The change set the document shows; formats that list more than the table (the Markdown summary) read it.</param>
public sealed record ComparisonDocument(
    ChangeSet Changes,
    string ReportTitle,
    string OldCaption,
    string NewCaption,
    string Summary,
    SideOrder Order,
    IReadOnlyList<ComparisonGroup> Groups,
    IReadOnlyList<BudgetChangeLine> Budgets,
    IReadOnlyList<BudgetNoteLine> BudgetNotes,
    PlanActualSection? PlanActual)
{
    /// <summary>Runs of at least this many unchanged items, one item or more away from a change, become （略）.</summary>
    public const int OmitRunLength = 3;

    /// <summary>The two sides in reading order.</summary>
    public (T Left, T Right) Sides<T>(T old, T @new) => Order == SideOrder.NewLeft ? (@new, old) : (old, @new);

    public (string Left, string Right) SideHeaders => Sides(ComparisonWording.OldSide, ComparisonWording.NewSide);

    public static ComparisonDocument Build(ChangeSet changes, ComparisonOptions? options = null)
    {
        options ??= ComparisonOptions.Default;
        var groups = new List<ComparisonGroup>();
        groups.AddRange(changes.Sections.Select(SectionGroup));
        groups.AddRange(changes.Goals.Select(g => GoalGroup(changes, g)));
        groups.AddRange(changes.Measures.Select(m => MeasureGroup(changes, m)));
        return new ComparisonDocument(
            changes,
            changes.To.Edition.Title,
            Caption(changes.From),
            Caption(changes.To),
            SummaryOf(changes),
            options.Order,
            groups,
            BudgetLinesOf(changes.Budgets),
            BudgetNotesOf(changes.Budgets.New),
            PlanActualOf(changes.PlanVsActual));
    }

    private static string Caption(EditionSource source)
    {
        var e = source.Edition;
        return $"{source.Origin} の {e.Id}（{e.Label}、{e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}）";
    }

    /// <summary>The summary line of <see cref="ChangeSummary"/>, the edition's progress after it, and whether the table is empty.</summary>
    private static string SummaryOf(ChangeSet changes) =>
        string.Join("、", [.. ChangeSummary.Parts(changes, everyKind: false), .. changes.Progress.Select(p => p.ToString())])
        + (changes.IsEmpty ? "。表に変更はありません。" : "。");

    private static ComparisonGroup SectionGroup(SectionChange s)
    {
        var number = JapaneseDigits.ToFullWidth((s.New ?? s.Old)!.Number.ToString(CultureInfo.InvariantCulture));
        var heading = $"{ComparisonWording.Section}（{number}）";
        var row = s.Kind switch
        {
            ChangeKind.Added => AddedRow([Whole(s.New!.Title, DiffOp.Insert)]),
            ChangeKind.Removed => RemovedRow([Whole(s.Old!.Title, DiffOp.Delete)]),
            _ => TitleRow(s.TitleDiff ?? [new DiffSpan(DiffOp.Equal, s.New!.Title)]),
        };
        var status = s.Kind switch
        {
            ChangeKind.Added => "新設",
            ChangeKind.Removed => "削除",
            _ => string.Join("・", new[] { s.TitleDiff is null ? null : "名称変更", s.IsRenumbered ? Invariant($"番号変更 {s.Old!.Number}→{s.New!.Number}") : null }.OfType<string>()),
        };
        return new ComparisonGroup(GroupKind.Section, s.SectionId, heading, null, status, [row]);
    }

    private static ComparisonGroup GoalGroup(ChangeSet changes, GoalChange g)
    {
        var heading = $"{ComparisonWording.Goal} {g.GoalId}";
        var rows = new List<ComparisonRow>();
        var statuses = new List<string>();
        switch (g.Kind)
        {
            case ChangeKind.Added:
                rows.Add(AddedRow([Whole(Labels.GoalHeading(g.New!.Title), DiffOp.Insert)]));
                statuses.Add("新設");
                break;
            case ChangeKind.Removed:
                rows.Add(RemovedRow([Whole(Labels.GoalHeading(g.Old!.Title), DiffOp.Delete)]));
                statuses.Add("削除");
                break;
            default:
                if (g.TitleDiff is not null)
                {
                    rows.Add(TitleRow([new DiffSpan(DiffOp.Equal, "【"), .. g.TitleDiff, new DiffSpan(DiffOp.Equal, "】")]));
                    statuses.Add("名称変更");
                }

                if (g.MovedFromSection is not null)
                {
                    rows.Add(MovedRow(ComparisonWording.Section, SectionName(changes.Old, g.MovedFromSection), SectionName(changes.New, g.New!.SectionId)));
                    statuses.Add("移動");
                }

                break;
        }

        var section = g.New is { } n ? SectionName(changes.New, n.SectionId) : SectionName(changes.Old, g.Old!.SectionId);
        return new ComparisonGroup(GroupKind.Goal, g.GoalId, heading, section, string.Join("・", statuses), rows);
    }

    private static ComparisonGroup MeasureGroup(ChangeSet changes, MeasureChange m)
    {
        var view = m.Kind == ChangeKind.Removed ? changes.Old : changes.New;
        var title = m.Row.DisplayTitle;
        var context = view.FindGoal(m.Row.GoalId) is { } goal ? Labels.GoalHeading(goal.Title) : null;
        var rows = new List<ComparisonRow>();
        var statuses = new List<string>();
        switch (m.Kind)
        {
            case ChangeKind.Added:
                rows.Add(AddedRow(WholeRow(changes.New, m.New!, changes.Columns, DiffOp.Insert)));
                statuses.Add("新設");
                break;
            case ChangeKind.Removed:
                rows.Add(RemovedRow(WholeRow(changes.Old, m.Old!, changes.Columns, DiffOp.Delete)));
                statuses.Add("削除");
                break;
            default:
                if (m.Move is { } move)
                {
                    rows.Add(MovedRow(ComparisonWording.Goal, GoalName(changes.Old, move.FromGoalId), GoalName(changes.New, move.ToGoalId)));
                    statuses.Add("移動");
                }

                rows.AddRange(m.Columns.Select(ColumnRow));
                if (m.Columns.Count > 0)
                {
                    statuses.Add("変更");
                }

                break;
        }

        return new ComparisonGroup(GroupKind.Measure, m.MeasureId, $"{m.MeasureId}　{title}", context, string.Join("・", statuses), rows);
    }

    private static string GoalName(EditionView view, string goalId) =>
        view.FindGoal(goalId) is { } goal ? Labels.GoalHeading(goal.Title) : goalId;

    private static string SectionName(EditionView view, string sectionId) =>
        view.FindSection(sectionId) is { } s ? $"（{JapaneseDigits.ToFullWidth(s.Number.ToString(CultureInfo.InvariantCulture))}）{s.Title}" : sectionId;

    /// <summary>Every column of a measure that only one side has, each under its header, the text marked whole.</summary>
    private static List<ComparisonPart> WholeRow(EditionView view, RowView row, IReadOnlyList<ColumnKind> columns, DiffOp op)
    {
        var parts = new List<ComparisonPart>();
        foreach (var column in columns)
        {
            var blocks = row.Cell(column);
            if (blocks.Count == 0)
            {
                continue;
            }

            parts.Add(ComparisonPart.Fixed(PartKind.Label, view.Edition.Column(column)?.Header ?? Labels.ColumnName(column)));
            parts.AddRange(blocks.Select(b => new ComparisonPart(PartKind.Text, b.IsBullet, [new DiffSpan(op, b.Text)])));
        }

        return parts;
    }

    /// <summary>New parts on the new side, （新設） on the old; inline, the same parts read as insertions.</summary>
    private static ComparisonRow AddedRow(List<ComparisonPart> parts) =>
        new([ComparisonPart.Fixed(PartKind.Placeholder, ComparisonWording.Added)], parts, parts);

    /// <summary>Removed parts on the old side, （削除） on the new; inline, the same parts read as deletions.</summary>
    private static ComparisonRow RemovedRow(List<ComparisonPart> parts) =>
        new(parts, [ComparisonPart.Fixed(PartKind.Placeholder, ComparisonWording.Removed)], parts);

    private static ComparisonPart Whole(string text, DiffOp op) => new(PartKind.Text, false, [new DiffSpan(op, text)]);

    /// <summary>A renamed title: each side with its changed part marked, inline both.</summary>
    private static ComparisonRow TitleRow(IReadOnlyList<DiffSpan> spans) =>
        new(
            [new ComparisonPart(PartKind.Text, false, Spans(TextDiff.OldSide(spans), DiffOp.Delete))],
            [new ComparisonPart(PartKind.Text, false, Spans(TextDiff.NewSide(spans), DiffOp.Insert))],
            [new ComparisonPart(PartKind.Text, false, spans)]);

    /// <summary>The place something moved from and to, each marked whole: the place is what changed.</summary>
    private static ComparisonRow MovedRow(string label, string from, string to) =>
        new(
            [ComparisonPart.Fixed(PartKind.Label, label), new ComparisonPart(PartKind.Text, false, [new DiffSpan(DiffOp.Delete, from)])],
            [ComparisonPart.Fixed(PartKind.Label, label), new ComparisonPart(PartKind.Text, false, [new DiffSpan(DiffOp.Insert, to)])],
            [ComparisonPart.Fixed(PartKind.Label, label), new ComparisonPart(PartKind.Text, false, [new DiffSpan(DiffOp.Delete, from), new DiffSpan(DiffOp.Equal, " → "), new DiffSpan(DiffOp.Insert, to)])]);

    private static List<DiffSpan> Spans(IEnumerable<MarkedRun> runs, DiffOp changed) =>
        [.. runs.Select(r => new DiffSpan(r.IsChanged ? changed : DiffOp.Equal, r.Text))];

    private static ComparisonRow ColumnRow(ColumnChange column)
    {
        var shown = ShownItems(column.Items);
        var oldSide = SideParts(column.OldItems, shown, DiffOp.Delete);
        var newSide = SideParts(column.NewItems, shown, DiffOp.Insert);
        var inline = Abbreviate(column.Items.Select(i => (i, new ComparisonPart(PartKind.Text, (i.New ?? i.Old)!.IsBullet, i.Spans, InlineNote(i)))), shown);
        return new ComparisonRow(
            [ComparisonPart.Fixed(PartKind.Label, column.OldHeader), .. oldSide.Count > 0 ? oldSide : [ComparisonPart.Fixed(PartKind.Placeholder, ComparisonWording.Blank)]],
            [ComparisonPart.Fixed(PartKind.Label, column.NewHeader), .. newSide.Count > 0 ? newSide : [ComparisonPart.Fixed(PartKind.Placeholder, ComparisonWording.Blank)]],
            [ComparisonPart.Fixed(PartKind.Label, column.OldHeader == column.NewHeader ? column.NewHeader : $"{column.NewHeader}（{ComparisonWording.OldSide}：{column.OldHeader}）"), .. inline]);
    }

    private static string? InlineNote(ItemDiff item)
    {
        var notes = new List<string>();
        if (item.IsMoved)
        {
            notes.Add(Invariant($"移動 {item.OldIndex + 1}→{item.NewIndex + 1} 番目"));
        }

        if (item.BulletChanged)
        {
            notes.Add(item.New!.IsBullet ? "箇条書きに変更" : "箇条書きを解除");
        }

        return notes.Count == 0 ? null : string.Join("・", notes);
    }

    private static List<ComparisonPart> SideParts(IEnumerable<(ItemDiff Item, MarkedBlock Block)> items, HashSet<ItemDiff> shown, DiffOp changed) =>
        Abbreviate(items.Select(x => (x.Item, new ComparisonPart(PartKind.Text, x.Block.Block.IsBullet, Spans(x.Block.Runs, changed)))), shown);

    /// <summary>
    /// The items to show: every change, one unchanged item either side of a change for context, and unchanged items
    /// in runs too short to be worth abbreviating. Decided once over the merged list so both sides leave out the same items.
    /// </summary>
    private static HashSet<ItemDiff> ShownItems(IReadOnlyList<ItemDiff> items)
    {
        var near = new bool[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            near[i] = items[i].IsChange
                || (i > 0 && items[i - 1].IsChange)
                || (i + 1 < items.Count && items[i + 1].IsChange);
        }

        var shown = new HashSet<ItemDiff>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < items.Count;)
        {
            if (near[i])
            {
                shown.Add(items[i++]);
                continue;
            }

            var end = i;
            while (end < items.Count && !near[end])
            {
                end++;
            }

            if (end - i < OmitRunLength)
            {
                for (var k = i; k < end; k++)
                {
                    shown.Add(items[k]);
                }
            }

            i = end;
        }

        return shown;
    }

    /// <summary>Parts in order, each run of left-out items replaced by one （略）.</summary>
    private static List<ComparisonPart> Abbreviate(IEnumerable<(ItemDiff Item, ComparisonPart Part)> items, HashSet<ItemDiff> shown)
    {
        var parts = new List<ComparisonPart>();
        foreach (var (item, part) in items)
        {
            if (shown.Contains(item))
            {
                parts.Add(part);
            }
            else if (parts.Count == 0 || parts[^1].Kind != PartKind.Omitted)
            {
                parts.Add(ComparisonPart.Fixed(PartKind.Omitted, ComparisonWording.Omitted));
            }
        }

        return parts;
    }

    private static List<BudgetChangeLine> BudgetLinesOf(BudgetComparison budgets) =>
        [.. budgets.Changes.Select(c => new BudgetChangeLine(
            c.Program.Name,
            BudgetPrograms.YearLabel(c.Row),
            Figures(c.Row.Old),
            Figures(c.Row.New),
            c.Row.ChangeText))];

    private static string Figures(IReadOnlyList<BudgetFigure> figures) =>
        figures.Count == 0 ? "–" : string.Join("\n", figures.Select(BudgetPrograms.Describe));

    private static List<BudgetNoteLine> BudgetNotesOf(EditionBudgets budgets) =>
        [
            .. budgets.Unparsed.Select(u => new BudgetNoteLine(u.MeasureId, Labels.ColumnName(u.Column), u.Phrase.Context, "読み取れません（" + u.Phrase.Reason + "）")),
            .. budgets.WithTypos.Select(t => new BudgetNoteLine(t.MeasureId, Labels.ColumnName(t.Column), t.Line.Text, "誤記: " + string.Join(" ", t.Line.Typos))),
            .. budgets.WithoutProgram.Select(w => new BudgetNoteLine(w.MeasureId, Labels.ColumnName(w.Column), w.Line.Text, "事業名がありません")),
        ];

    private static PlanActualSection? PlanActualOf(PlanActualComparison planActual)
    {
        if (planActual is not { FiscalYear: { } year, PlanCount: > 0 })
        {
            return null;
        }

        var era = FiscalYear.ToJapanese(year);
        var groups = planActual.Measures.Select(m => new PlanActualGroup(
            m.MeasureId,
            $"{m.MeasureId}　{m.Title ?? string.Empty}".TrimEnd(),
            [
                .. m.Plans.Select(p => p.IsUnmatched
                    ? new PlanActualLine(p.Plan, null, true, Invariant($"実績なし\n（最も近い実績との類似度 {p.Similarity:0.00}）"))
                    : new PlanActualLine(p.Plan, p.Result, false, Invariant($"類似度 {p.Similarity:0.00}"))),
                .. m.UnplannedResults.Select(r => new PlanActualLine(null, r.Item, false, "予定外の実績")),
            ])).ToList();
        return new PlanActualSection(
            $"{era}の予定と実績",
            Invariant($"旧版の{era}の取組予定 {planActual.PlanCount} 件を新版の{era}の実績・状況と照合しました。対応する実績が見当たらない予定は {planActual.UnmatchedCount} 件です。"),
            $"{era}の取組予定（旧版）",
            $"{era}の実績・状況（新版）",
            groups);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
