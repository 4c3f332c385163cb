using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ReportGen.Html;
using ReportGen.Model;
using ReportGen.Pdf;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen build [--edition ID] [--out DIR]</c>: renders an edition as <c>DIR/&lt;edition&gt;.pdf</c> and the static
/// site as <c>DIR/site/</c>. Everything is written to a staging folder first and moved into place only when the whole
/// build succeeded, so a failed build never leaves a half-written file behind.
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
            return Build(report, selected, parse.GetValue(output)!, site, stdout, stderr);
        });
        return command;
    }

    private static int Build(Report report, Edition edition, string outDir, SiteOptions siteTemplates, TextWriter stdout, TextWriter stderr)
    {
        var target = Path.GetFullPath(outDir);
        var staging = Path.Combine(Path.GetDirectoryName(target) ?? target, "." + Path.GetFileName(target) + ".staging-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var watch = Stopwatch.StartNew();
        Task? pdfTask = null;
        try
        {
            Directory.CreateDirectory(staging);
            var pdfName = edition.Id + ".pdf";
            var pdfPath = Path.Combine(staging, pdfName);

            // The PDF and the site are independent until the site copies the PDF, so they are rendered side by side.
            // A missing font (FontNotFoundException) is reported by CliApp like for every command that draws a PDF.
            var rendering = Task.Run(() =>
            {
                var rendered = PdfRenderer.Render(report, edition);
                File.WriteAllBytes(pdfPath, rendered.Bytes);
                return (Pdf: rendered, Time: watch.Elapsed);
            });
            pdfTask = rendering;

            SiteResult site;
            var siteStaging = Path.Combine(staging, "site");
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

            Directory.CreateDirectory(target);
            File.Move(pdfPath, Path.Combine(target, pdfName), overwrite: true);
            var siteTarget = Path.Combine(target, "site");
            if (Directory.Exists(siteTarget))
            {
                Directory.Delete(siteTarget, recursive: true);
            }

            Directory.Move(siteStaging, siteTarget);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.Combine(outDir, pdfName)}: {pdf.Pages} ページ、{pdf.Bytes.Length / 1024.0:0} KB（{pdfTime.TotalSeconds:0.00} 秒）"));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.Combine(outDir, "site")}/: {site.Pages} ページ、{site.Bytes / 1024.0:0} KB（{siteTime.TotalSeconds:0.00} 秒）"));
            return ExitCodes.Ok;
        }
        finally
        {
            // However the site ended, the PDF finishes writing before its staging folder is removed.
            pdfTask?.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }
}
