using System.CommandLine;
using System.Globalization;
using ReportGen.Cli.Output;
using ReportGen.Diagnostics;
using ReportGen.Html;
using ReportGen.Output;
using ReportGen.Pdf;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen build [--edition ID] [--out DIR]</c>: renders an edition as <c>DIR/&lt;edition&gt;.pdf</c> and the static
/// site as <c>DIR/site/</c>. Everything is written to a new generation folder first and switched in only when the whole
/// build succeeded (<see cref="OwnedOutput"/>), so a failed or killed build never leaves a half-written file behind.
/// </summary>
internal static class BuildCommand
{
    /// <summary>
    /// One writer per output format of an edition, run side by side into the build's folder: the PDF and the site
    /// (which copies the PDF once it is written). A new format is a writer added here.
    /// </summary>
    internal static IReadOnlyList<IOutputWriter<EditionOutput>> Writers(string templatesDir, string? overrideTemplatesDir) =>
        [new EditionPdfWriter(), new SiteWriter(templatesDir, overrideTemplatesDir)];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var edition = new Option<string?>("--edition") { Description = "版の ID（既定: 最新の版）" };
        var output = new Option<string>("--out") { Description = "出力先フォルダ（既定: artifacts）", DefaultValueFactory = _ => "artifacts" };
        var templates = CommonOptions.Templates();
        var command = new Command("build", "版を PDF（資料２－２の体裁）と静的サイトにする。") { content, edition, output, templates };
        command.SetAction(parse =>
        {
            EditionPdfWriter.WarmUp();
            var contentDir = parse.GetValue(content)!;
            if (ContentLoading.LoadReport(contentDir, stderr, Shown.ErrorsAndWarningCount, counts => $"内容にエラーがあるため作成しません（{counts}）。") is not { } report)
            {
                return ExitCodes.Problems;
            }

            var id = parse.GetValue(edition);
            var selected = id is null ? report.LatestEdition : EditionLookup.Find(report, id, stderr);
            if (selected is null)
            {
                return ExitCodes.Usage;
            }

            var templatesDir = parse.GetValue(templates)!;
            if (!Directory.Exists(templatesDir))
            {
                stderr.WriteLine($"reportgen: テンプレートのフォルダ {templatesDir} がありません。リポジトリの最上位で実行するか、--templates で指定してください。");
                return ExitCodes.Problems;
            }

            var overrides = Path.Combine(contentDir, "templates");
            var source = new EditionOutput(report, selected);
            var writers = Writers(templatesDir, Directory.Exists(overrides) ? overrides : null);
            var names = writers.SelectMany(w => w.Names(source)).ToList();
            var outDir = parse.GetValue(output)!;
            OwnedOutput owned;
            try
            {
                // The report's own templates folder is guarded too: it may be a link to a folder outside the content.
                owned = OwnedOutput.Open(outDir, names, [contentDir, templatesDir, overrides], stderr);
            }
            catch (OwnedOutput.RefusedException e)
            {
                stderr.WriteLine("reportgen: " + e.Message);
                return ExitCodes.Problems;
            }

            using (owned)
            {
                IReadOnlyList<OutputRun.Result> written;
                try
                {
                    // A missing font (FontNotFoundException) is reported by CliApp like for every command that draws a PDF.
                    var previous = owned.Previous();
                    written = OutputRun.WriteAll(source, writers, owned.Stage(), concurrent: true, previous);
                }
                catch (TemplateException e)
                {
                    stderr.WriteLine(e.Message);
                    stderr.WriteLine("reportgen: テンプレートにエラーがあるため作成しません。");
                    return ExitCodes.Problems;
                }

                owned.Commit(names);
                try
                {
                    foreach (var (file, finished) in written)
                    {
                        var path = Path.Combine(outDir, file.Name) + (file.IsFolder ? "/" : string.Empty);
                        var details = file.Details is null ? string.Empty : ": " + file.Details;
                        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Printable.Escape(path)}{details}（{finished.TotalSeconds:0.00} 秒）"));
                    }

                    stdout.Flush();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // The build is in place; only its summary could not be printed (the output closed or full).
                }

                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
