using System.CommandLine;
using ReportGen.Cli.Output;
using ReportGen.Content;
using ReportGen.Diagnostics;
using ReportGen.Import;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen import SEED</c>: turns the text extracted from a published 資料２－２ into content files.
/// Writes into a temporary folder and replaces the content folder only when the result loads without errors.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var seed = new Argument<FileInfo>("seed") { Description = "原資料から抽出したテキスト（UTF-8）" };
        var content = CommonOptions.Content();
        var date = new Option<string>("--date") { Description = "版の日付（会議の日、YYYY-MM-DD）", Required = true };
        var meeting = new Option<string?>("--meeting") { Description = "会議名" };
        var publisher = new Option<string>("--publisher") { Description = "発行者", DefaultValueFactory = _ => "厚生労働省" };
        var force = new Option<bool>("--force") { Description = "既存の内容フォルダを置き換える" };
        var command = new Command("import", "原資料のテキストを content/ に取り込む（import xlsx: 記入された照会の Excel ブックを取り込む）。") { seed, content, date, meeting, publisher, force, ImportXlsxCommand.Create(stdout, stderr) };
        command.SetAction(parse =>
        {
            var seedFile = parse.GetValue(seed)!;
            var target = parse.GetValue(content)!;
            if (!seedFile.Exists)
            {
                stderr.WriteLine($"reportgen: 原資料のファイル {seedFile} がありません。");
                return ExitCodes.Usage;
            }

            if (!CommonOptions.TryParseDate(parse.GetValue(date), out var day))
            {
                stderr.WriteLine("reportgen: --date は 2024-03-12 のように書いてください。");
                return ExitCodes.Usage;
            }

            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !parse.GetValue(force))
            {
                stderr.WriteLine($"reportgen: {target} は空ではありません。置き換える場合は --force を付けてください。");
                return ExitCodes.Problems;
            }

            // A published edition exists only in its record: replacing the folder would lose it for good, which a
            // forced import must not do without the secretariat moving the record away on purpose.
            var records = Path.Combine(target, ContentLoader.EditionsFolder);
            var published = Directory.Exists(records) ? Directory.GetFiles(records, "*" + Editions.EditionRecord.Suffix).Order(StringComparer.Ordinal).ToList() : [];
            if (published.Count > 0)
            {
                stderr.WriteLine($"reportgen: {target} には公表済みの版の記録（{string.Join("、", published.Select(Path.GetFileName))}）があるため置き換えません。公表済みの版は記録だけから作られ、取り込みでは作り直せません。置き換えるときは、記録を別の場所に移してから実行してください。");
                return ExitCodes.Problems;
            }

            Model.Report report;
            try
            {
                report = SeedImporter.Import(File.ReadAllText(seedFile.FullName), new SeedInfo(day, parse.GetValue(meeting), parse.GetValue(publisher)!));
            }
            catch (SeedFormatException e)
            {
                stderr.WriteLine(Diagnostics.Printable.Escape($"{seedFile}:{e.Line}:1: error: 原資料のテキストとして読めません: {e.Message} 対処: 資料２－２の PDF から pdftotext -layout で抽出した UTF-8 のテキストを指定してください。"));
                return ExitCodes.Problems;
            }

            var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
            var replaced = AtomicOutput.ReplaceFolder(full, staging =>
            {
                foreach (var (path, text) in ContentWriter.Files(report))
                {
                    var file = Paths.SafePath.Under(staging, path);
                    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                    File.WriteAllText(file, text);
                }

                var check = ContentLoader.Load(staging);
                if (check.HasErrors)
                {
                    foreach (var d in check.Diagnostics)
                    {
                        stderr.WriteLine(d);
                    }

                    stderr.WriteLine("reportgen: 取り込んだ内容にエラーがあるため、内容フォルダは変更していません。");
                    return false;
                }

                // Warnings the editors accepted are theirs, not the seed's: they are kept (check says which no longer apply).
                var known = Path.Combine(full, KnownWarnings.FileName);
                if (File.Exists(known))
                {
                    File.Copy(known, Path.Combine(staging, KnownWarnings.FileName), overwrite: true);
                }

                return true;
            });
            if (!replaced)
            {
                return ExitCodes.Problems;
            }

            stdout.WriteLine($"{target} に取り込みました: 項目 {report.Sections.Count}、目標 {report.Goals.Count()}、施策 {report.Measures.Count}、版 {report.Editions.Count}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
