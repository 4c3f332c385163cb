using System.CommandLine;
using ReportGen.Export;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen export json</c>: the whole model as JSON on stdout; <c>export xlsx</c> is <see cref="ExportXlsxCommand"/>.</summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var json = new Command("json", "報告書のモデル全体を JSON で標準出力に書く（順序は固定）。") { content };
        json.SetAction(parse =>
        {
            var report = ContentLoading.LoadReport(parse.GetValue(content)!, stderr, Shown.ErrorsAndWarnings, counts => $"内容にエラーがあるため出力しません（{counts}）。");
            if (report is null)
            {
                return ExitCodes.Problems;
            }

            stdout.Write(JsonExporter.Export(report));
            return ExitCodes.Ok;
        });
        return new Command("export", "報告書のモデルを他の形式で書き出す。") { json, ExportXlsxCommand.Create(stdout, stderr) };
    }
}
