using System.CommandLine;
using ReportGen.Cli.Output;
using ReportGen.Diff;
using ReportGen.Diff.Output;
using ReportGen.Editions;
using ReportGen.Html.Comparison;
using ReportGen.Model;
using ReportGen.Output;
using ReportGen.Pdf;

namespace ReportGen.Cli.Commands;

/// <summary>What <c>reportgen diff</c> was asked to compare and where to write.</summary>
internal sealed record DiffOptions(string ContentDir, string? From, string? To, string? BaseRevision, string OutDir, bool OldLeft = false);

/// <summary>
/// <c>reportgen diff --from 2024 --to 2025</c> compares two editions of the content; <c>reportgen diff --base main</c>
/// compares the content at a git revision with the working tree. Writes every output format into a temporary folder
/// and moves it into place only when all of them were written.
/// </summary>
internal static class DiffCommand
{
    /// <summary>The working tree's side of a review.</summary>
    private const string ChangeSide = "この変更（変更後）";

    /// <summary>
    /// One writer per output format of the 新旧対照表, all rendering the same <see cref="ComparisonDocument"/>: the
    /// Markdown summary, the HTML page and the PDF. A new format is a writer added here.
    /// </summary>
    internal static IReadOnlyList<IOutputWriter<ComparisonDocument>> Writers() =>
        [new MarkdownSummaryWriter(), new HtmlComparisonWriter(), new PdfComparisonWriter()];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var from = new Option<string?>("--from") { Description = "比較元の版 ID（例: 2024）。--base と併用するとその版を比べる" };
        var to = new Option<string?>("--to") { Description = "比較先の版 ID（例: 2025）" };
        var baseRevision = new Option<string?>("--base") { Description = "比較元にする git の版（例: main, HEAD~1）。その版の内容と作業ツリーの内容を比べる" };
        var output = new Option<string>("--out") { Description = "出力フォルダ（既定: artifacts/diff）", DefaultValueFactory = _ => "artifacts/diff" };
        var oldLeft = new Option<bool>("--old-left") { Description = "新旧対照表の左の列を改正前にする（既定: 改正後が左）" };
        var command = new Command("diff", "2つの版、または git の版と作業ツリーの違い（新旧対照）を書き出す。") { content, from, to, baseRevision, output, oldLeft };
        command.SetAction(parse => Run(
            new DiffOptions(parse.GetValue(content)!, parse.GetValue(from), parse.GetValue(to), parse.GetValue(baseRevision), parse.GetValue(output)!, parse.GetValue(oldLeft)),
            stdout,
            stderr));
        return command;
    }

    internal static int Run(DiffOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (options.BaseRevision is null && (options.From is null || options.To is null))
        {
            stderr.WriteLine("reportgen: --from と --to で2つの版を指定するか、--base で比較元の git の版を指定してください。");
            stderr.WriteLine("例: reportgen diff --from 2024 --to 2025 / reportgen diff --base main");
            return ExitCodes.Usage;
        }

        var current = Load(options.ContentDir, options.ContentDir, stderr);
        if (current is null)
        {
            return ExitCodes.Problems;
        }

        ChangeSet changes;
        if (options.BaseRevision is null)
        {
            var (old, @new) = (EditionLookup.Find(current, options.From!, stderr), EditionLookup.Find(current, options.To!, stderr));
            if (old is null || @new is null)
            {
                return ExitCodes.Usage;
            }

            changes = EditionDiffer.Compare(new EditionSource(current, old, options.ContentDir), new EditionSource(current, @new, options.ContentDir));
        }
        else
        {
            var temp = Directory.CreateTempSubdirectory("reportgen-diff-base-");
            try
            {
                string baseDir, origin;
                try
                {
                    (baseDir, origin) = GitContent.Extract(options.ContentDir, options.BaseRevision, temp.FullName);
                }
                catch (GitContentException e)
                {
                    stderr.WriteLine("reportgen: " + e.Message);
                    return e.IsUsageError ? ExitCodes.Usage : ExitCodes.Problems;
                }

                var baseline = Load(baseDir, origin, stderr);
                var baseSide = $"{options.BaseRevision}（変更前）";
                if (baseline is null)
                {
                    return ExitCodes.Problems;
                }

                // By default the newest edition of the working tree is compared with the same edition at the base, so
                // a pull request that edits next year's plans shows just those edits; a pull request that adds an
                // edition is compared with the newest edition the base had.
                var @new = options.To is null ? current.LatestEdition : EditionLookup.Find(current, options.To, stderr);
                var oldId = options.From ?? (@new is not null && baseline.Editions.Any(e => e.Id == @new.Id) ? @new.Id : baseline.LatestEdition?.Id);
                var old = oldId is null ? null : EditionLookup.Find(baseline, oldId, stderr, origin);
                if (old is null || @new is null)
                {
                    return ExitCodes.Usage;
                }

                // A review reads what this change did: its sides are named as such, and plan against actual and the
                // budget notes cover only the measures it touched.
                changes = EditionDiffer.Compare(new EditionSource(baseline, old, baseSide), new EditionSource(current, @new, ChangeSide)).Focused();
            }
            finally
            {
                temp.Delete(recursive: true);
            }
        }

        if (changes.To.Edition.IsDraft)
        {
            changes = changes with { Progress = DraftStatus.Of(changes.To.Report, changes.To.Edition).Progress };
        }

        var document = ComparisonDocument.Build(changes, new ComparisonOptions { Order = options.OldLeft ? SideOrder.OldLeft : SideOrder.NewLeft });
        IReadOnlyList<OutputRun.Result> written = [];
        AtomicOutput.ReplaceFolder(options.OutDir, staging =>
        {
            written = OutputRun.WriteAll(document, Writers(), staging, concurrent: false);
            return true;
        });
        stdout.WriteLine(Summary(changes));
        stdout.WriteLine($"{string.Join("、", written.Select(w => Path.Combine(options.OutDir, w.Output.Name).Replace('\\', '/')))} に書きました。");
        return ExitCodes.Ok;
    }

    /// <summary>Loads content and prints its errors; warnings are <c>check</c>'s business and stay quiet here.</summary>
    private static Report? Load(string dir, string label, TextWriter stderr) =>
        ContentLoading.LoadReport(dir, stderr, Shown.Errors, counts => $"{label} の内容にエラーがあるため比較できません（{counts}）。");

    /// <summary>The line printed after writing: both sides, then <see cref="ChangeSummary"/> with every kind, then the progress.</summary>
    private static string Summary(ChangeSet changes)
    {
        var line = $"{changes.From.Origin} の {changes.From.Edition.Id} → {changes.To.Origin} の {changes.To.Edition.Id}: "
            + ChangeSummary.Line(changes, everyKind: true);
        foreach (var progress in changes.Progress)
        {
            line += "\n" + progress;
        }

        return line;
    }
}
