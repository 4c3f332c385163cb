using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ReportGen.Model;
using ReportGen.Pdf;
using ReportGen.Pdf.Fonts;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen build [--edition ID] [--out DIR]</c>: renders an edition as <c>DIR/&lt;edition&gt;.pdf</c>. Everything is
/// written to a staging folder first and moved into place only when the whole build succeeded, so a failed build
/// never leaves a half-written file behind.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var edition = new Option<string?>("--edition") { Description = "版の ID（既定: 最新の版）" };
        var output = new Option<string>("--out") { Description = "出力先フォルダ（既定: artifacts）", DefaultValueFactory = _ => "artifacts" };
        var command = new Command("build", "版を PDF（資料２－２の体裁）にする。") { content, edition, output };
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

            return Build(report, selected, parse.GetValue(output)!, stdout, stderr);
        });
        return command;
    }

    private static int Build(Report report, Edition edition, string outDir, TextWriter stdout, TextWriter stderr)
    {
        var target = Path.GetFullPath(outDir);
        var staging = Path.Combine(Path.GetDirectoryName(target) ?? target, "." + Path.GetFileName(target) + ".staging-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var watch = Stopwatch.StartNew();
        try
        {
            Directory.CreateDirectory(staging);
            PdfResult pdf;
            try
            {
                pdf = PdfRenderer.Render(report, edition);
            }
            catch (FontNotFoundException e)
            {
                stderr.WriteLine("reportgen: " + e.Message);
                return ExitCodes.Problems;
            }

            var pdfName = edition.Id + ".pdf";
            File.WriteAllBytes(Path.Combine(staging, pdfName), pdf.Bytes);

            Directory.CreateDirectory(target);
            File.Move(Path.Combine(staging, pdfName), Path.Combine(target, pdfName), overwrite: true);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.Combine(outDir, pdfName)}: {pdf.Pages} ページ、{pdf.Bytes.Length / 1024.0:0} KB（{watch.Elapsed.TotalSeconds:0.00} 秒）"));
            return ExitCodes.Ok;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }
}
