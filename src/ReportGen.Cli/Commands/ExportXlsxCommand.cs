using System.CommandLine;
using ReportGen.Cli.Output;
using ReportGen.Xlsx;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen export xlsx</c>: the yearly 照会 as Excel workbooks for the open edition, one per office (or one for
/// all), for offices that answer by mail rather than in git.
/// </summary>
internal static class ExportXlsxCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var office = new Option<string[]>("--office") { Description = "この担当あての回答票を作る（担当欄に名前が含まれる施策。くり返し指定できます）", AllowMultipleArgumentsPerToken = true };
        var each = new Option<bool>("--each-office") { Description = "担当欄にあるすべての担当について1冊ずつ作る" };
        var output = new Option<string>("--out") { Description = "書き出すフォルダ（既定: artifacts/xlsx）", DefaultValueFactory = _ => Path.Combine("artifacts", "xlsx") };
        var sendTo = new Option<string>("--send-to") { Description = "記入方法のシートに書く返送先（例: 事務局 ○○課 xxx@example.go.jp）", DefaultValueFactory = _ => "照会のメールに記載の事務局" };
        var command = new Command("xlsx", "記入中の版の照会用 Excel ブックを書き出す: 担当ごとに1冊（指定がなければ全施策で1冊）。") { content, office, each, output, sendTo };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(content)!;
            if (ContentLoading.LoadReport(dir, stderr, Shown.ErrorsAndWarningCount, counts => $"内容にエラーがあるため回答票を作りません（{counts}）。") is not { } report)
            {
                return ExitCodes.Problems;
            }

            if (report.OpenEdition is not { } edition)
            {
                stderr.WriteLine("reportgen: 記入中の版（案）がありません。次の年度の照会は reportgen new-year で版を作ってから書き出します。");
                return ExitCodes.Problems;
            }

            var known = AnswerWorkbook.OfficesOf(report, edition);
            IReadOnlyList<string?> offices = parse.GetValue(each) ? [.. known] : parse.GetValue(office) is { Length: > 0 } named ? [.. named.Distinct(StringComparer.Ordinal)] : [null];
            var revision = ContentRevision.Of(dir);
            var books = new List<(string Name, byte[] Bytes, int Rows)>();
            foreach (var name in offices)
            {
                var book = AnswerWorkbook.Collect(report, edition, name, revision, parse.GetValue(sendTo)!);
                if (book.Rows.Count == 0)
                {
                    stderr.WriteLine($"reportgen: 担当「{name}」は版「{edition.Id}」の担当欄にありません。担当欄にある名前（の一部）を指定してください。ある担当: {string.Join("、", known)}");
                    return ExitCodes.Problems;
                }

                books.Add(($"照会_{edition.Id}_{SafeName(book.Addressee)}.xlsx", WorkbookWriter.Write(book), book.Rows.Count));
            }

            var outDir = parse.GetValue(output)!;
            Directory.CreateDirectory(outDir);
            AtomicOutput.ReplaceFiles(books.Select(b => (Path.Combine(outDir, b.Name), (Action<string>)(path => File.WriteAllBytes(path, b.Bytes)))), []);

            foreach (var (name, _, rows) in books)
            {
                stdout.WriteLine($"{Path.Combine(outDir, name).Replace('\\', '/')}: 施策 {rows} 件");
            }

            stdout.WriteLine($"版「{edition.Id}」の回答票 {books.Count} 冊を書きました（作成元 {revision.Label}）。記入後は reportgen import xlsx FILE… で取り込みます。");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>An office name as a file name on any system.</summary>
    private static string SafeName(string name) =>
        string.Concat(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c));
}
