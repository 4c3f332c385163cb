using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ReportGen.Cli.Output;
using ReportGen.Html;
using ReportGen.Model;
using ReportGen.Paths;
using ReportGen.Pdf;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen build [--edition ID] [--out DIR]</c>: renders an edition as <c>DIR/&lt;edition&gt;.pdf</c> and the static
/// site as <c>DIR/site/</c>. Everything is written to a new generation folder first and switched in only when the whole
/// build succeeded (<see cref="OwnedOutput"/>), so a failed or killed build never leaves a half-written file behind.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var edition = new Option<string?>("--edition") { Description = "版の ID（既定: 最新の版）" };
        var output = new Option<string>("--out") { Description = "出力先フォルダ（既定: artifacts）", DefaultValueFactory = _ => "artifacts" };
        var templates = new Option<string>("--templates") { Description = "サイトのテンプレート（既定: templates）。内容フォルダの templates/ にある同名のファイルが優先される", DefaultValueFactory = _ => "templates" };
        var command = new Command("build", "版を PDF（資料２－２の体裁）と静的サイトにする。") { content, edition, output, templates };
        command.SetAction(parse =>
        {
            var result = CommonOptions.LoadQuietly(parse.GetValue(content)!, stderr);
            if (result.Report is not { } report)
            {
                stderr.WriteLine("reportgen: 内容にエラーがあるため作成しません（" + CommonOptions.Summary(result.Diagnostics) + "）。");
                return ExitCodes.Problems;
            }

            var id = parse.GetValue(edition);
            var selected = id is null ? report.LatestEdition : report.Editions.FirstOrDefault(e => e.Id == id);
            if (selected is null)
            {
                stderr.WriteLine($"reportgen: 版「{id}」がありません。ある版: {string.Join(", ", report.Editions.Select(e => e.Id))}");
                return ExitCodes.Usage;
            }

            var contentDir = parse.GetValue(content)!;
            if (!Directory.Exists(parse.GetValue(templates)))
            {
                stderr.WriteLine($"reportgen: テンプレートのフォルダ {parse.GetValue(templates)} がありません。リポジトリの最上位で実行するか、--templates で指定してください。");
                return ExitCodes.Problems;
            }

            var overrides = Path.Combine(contentDir, "templates");
            var site = new SiteOptions(parse.GetValue(templates)!, Directory.Exists(overrides) ? overrides : null, string.Empty, new Dictionary<string, string>());
            var pdfName = selected.Id + ".pdf";
            OwnedOutput owned;
            try
            {
                owned = OwnedOutput.Open(parse.GetValue(output)!, [pdfName, SiteFolder], [contentDir, parse.GetValue(templates)!], stderr);
            }
            catch (OwnedOutput.RefusedException e)
            {
                stderr.WriteLine("reportgen: " + e.Message);
                return ExitCodes.Problems;
            }

            using (owned)
            {
                return Build(report, selected, parse.GetValue(output)!, owned, site, stdout, stderr);
            }
        });
        return command;
    }

    private const string SiteFolder = "site";

    private static int Build(Report report, Edition edition, string outDir, OwnedOutput owned, SiteOptions siteTemplates, TextWriter stdout, TextWriter stderr)
    {
        var watch = Stopwatch.StartNew();
        var staging = owned.Stage();
        var pdfName = edition.Id + ".pdf";
        var pdfPath = SafePath.Under(staging, pdfName);

        // The PDF and the site are independent until the site copies the PDF, so they are rendered side by side.
        // A missing font (FontNotFoundException) is reported by CliApp like for every command that draws a PDF.
        var rendering = Task.Run(() =>
        {
            var rendered = PdfRenderer.Render(report, edition);
            File.WriteAllBytes(pdfPath, rendered.Bytes);
            return (Pdf: rendered, Time: watch.Elapsed);
        });

        try
        {
            SiteResult site;
            var siteStaging = Path.Combine(staging, SiteFolder);
            try
            {
                site = SiteBuilder.Build(report, siteTemplates with { OutputDir = siteStaging, PdfFiles = new Dictionary<string, string> { [edition.Id] = pdfPath } }, rendering);
            }
            catch (TemplateException e)
            {
                stderr.WriteLine(e.Message);
                stderr.WriteLine("reportgen: テンプレートにエラーがあるため作成しません。");
                return ExitCodes.Problems;
            }

            var siteTime = watch.Elapsed;
            var (pdf, pdfTime) = rendering.GetAwaiter().GetResult();
            owned.Commit([pdfName, SiteFolder]);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.Combine(outDir, pdfName)}: {pdf.Pages} ページ、{pdf.Bytes.Length / 1024.0:0} KB（{pdfTime.TotalSeconds:0.00} 秒）"));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.Combine(outDir, "site")}/: {site.Pages} ページ、{site.Bytes / 1024.0:0} KB（{siteTime.TotalSeconds:0.00} 秒）"));
            return ExitCodes.Ok;
        }
        finally
        {
            // However the site ended, the PDF finishes writing before the build's folder can be given up.
            rendering.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
        }
    }
}
