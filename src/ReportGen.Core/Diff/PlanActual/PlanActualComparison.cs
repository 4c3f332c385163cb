using ReportGen.Diff.Text;
using ReportGen.Editions;
using ReportGen.Model;

namespace ReportGen.Diff.PlanActual;

/// <summary>A plan item of year N and the result item of year N it became, if any.</summary>
/// <param name="Similarity">With the paired result; for an unmatched plan, with the closest result (to show how far off it was).</param>
public sealed record PlanOutcome(int PlanIndex, TextBlock Plan, int? ResultIndex, TextBlock? Result, double Similarity)
{
    /// <summary>No result item is alike enough to say this plan was reported on.</summary>
    public bool IsUnmatched => Result is null;
}

/// <summary>One measure's plans for year N beside its results for year N.</summary>
public sealed record MeasurePlanActual(
    string MeasureId,
    string? Title,
    IReadOnlyList<PlanOutcome> Plans,
    IReadOnlyList<(int Index, TextBlock Item)> UnplannedResults)
{
    public IEnumerable<PlanOutcome> Unmatched => Plans.Where(p => p.IsUnmatched);
}

/// <summary>
/// Plan against actual for fiscal year N: what the earlier edition planned for N (its 取組予定 column) beside what the
/// later edition reports for N (its 実績・状況 column). In the content model both live in <c>measure.Year(N)</c>:
/// the plans were written for edition N, the results for edition N+1, so the plans come from the old content and the
/// results from the new. Items are paired by similarity; a plan left without a result is flagged for reviewers.
/// </summary>
public sealed record PlanActualComparison(int? FiscalYear, IReadOnlyList<MeasurePlanActual> Measures)
{
    /// <summary>
    /// A result at least this alike (bigram Dice) reports on the plan. Lower than the threshold for an edited bullet:
    /// a result restates its plan in the past tense, drops 引き続き, and often adds figures, so it shares less text
    /// with the plan than an edited bullet does with its earlier wording.
    /// </summary>
    public const double ResultThreshold = 0.35;

    public static readonly PlanActualComparison None = new(null, []);

    public IEnumerable<MeasurePlanActual> WithUnmatchedPlans => Measures.Where(m => m.Unmatched.Any());

    public int PlanCount => Measures.Sum(m => m.Plans.Count);

    public int UnmatchedCount => Measures.Sum(m => m.Unmatched.Count());

    /// <summary>
    /// Compares what was planned for the new edition's results year with those results. The plans come from
    /// <paramref name="plans"/>, the view of the edition that printed them (the previous edition, usually published);
    /// without one there is nothing to compare.
    /// </summary>
    public static PlanActualComparison Build(EditionView? plans, EditionView newView)
    {
        if (newView.YearOf(ColumnKind.Results) is not { } year || plans is null || plans.YearOf(ColumnKind.Plans) != year)
        {
            return None;
        }

        var measures = new List<MeasurePlanActual>();
        foreach (var row in newView.Rows)
        {
            var planned = plans.FindRow(row.Id)?.Plans?.Blocks ?? [];
            if (planned.Count == 0)
            {
                continue;
            }

            var results = row.Results?.Blocks ?? [];
            measures.Add(Align(row.Id, row.DisplayTitle, planned, results));
        }

        return new PlanActualComparison(year, measures);
    }

    private static MeasurePlanActual Align(string measureId, string? title, IReadOnlyList<TextBlock> plans, IReadOnlyList<TextBlock> results)
    {
        var resultProfiles = results.Select(r => TextSimilarity.Of(r.Text)).ToList();
        var candidates = new List<(double Score, int Plan, int Result)>();
        for (var p = 0; p < plans.Count; p++)
        {
            var profile = TextSimilarity.Of(plans[p].Text);
            for (var r = 0; r < results.Count; r++)
            {
                candidates.Add((profile.Compare(resultProfiles[r]), p, r));
            }
        }

        // One result reports on one plan: the best pairs are taken first.
        var planToResult = new (int Result, double Score)?[plans.Count];
        var usedResults = new HashSet<int>();
        foreach (var (score, p, r) in candidates.Where(c => c.Score >= ResultThreshold).OrderByDescending(c => c.Score).ThenBy(c => c.Plan).ThenBy(c => c.Result))
        {
            if (planToResult[p] is null && usedResults.Add(r))
            {
                planToResult[p] = (r, score);
            }
        }

        var outcomes = plans
            .Select((plan, p) => planToResult[p] is { } m
                ? new PlanOutcome(p, plan, m.Result, results[m.Result], m.Score)
                : new PlanOutcome(p, plan, null, null, BestScore(candidates, p)))
            .ToList();
        var unplanned = results.Select((item, r) => (r, item)).Where(x => !usedResults.Contains(x.r)).ToList();
        return new MeasurePlanActual(measureId, title, outcomes, unplanned);
    }

    private static double BestScore(List<(double Score, int Plan, int Result)> candidates, int plan) =>
        candidates.Where(c => c.Plan == plan).Select(c => c.Score).DefaultIfEmpty(0).Max();
}
