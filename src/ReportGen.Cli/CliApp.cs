using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using System.Text;
using ReportGen.Cli.Commands;

namespace ReportGen.Cli;

/// <summary>Exit codes of <c>reportgen</c>.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The content has errors (or warnings, with --strict), or the work could not be done.</summary>
    public const int Problems = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;
}

/// <summary>The <c>reportgen</c> command: parses arguments, runs one subcommand, turns failures into messages.</summary>
public static class CliApp
{
    /// <summary>Parses a command line without running it; its <see cref="ParseResult.Errors"/> are the usage errors.</summary>
    public static ParseResult Parse(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("ReportGen: 資料２－２（医療機器基本計画の取組状況）を content/ から作る。")
        {
            BuildCommand.Create(stdout, stderr),
            AcceptWarningsCommand.Create(stdout, stderr),
            PublishCommand.Create(stdout, stderr),
            CorrectCommand.Create(stdout, stderr),
            NewYearCommand.Create(stdout, stderr),
            StatusCommand.Create(stdout, stderr),
            ServeCommand.Create(stdout, stderr),
            CheckCommand.Create(stdout, stderr),
            ImportCommand.Create(stdout, stderr),
            ExportCommand.Create(stdout, stderr),
            DiffCommand.Create(stdout, stderr),
        };

        // The default --version reads the entry assembly, which is not reportgen when the CLI runs inside another host.
        root.Options.OfType<VersionOption>().Single().Action = new PrintVersion(stdout);

        return root.Parse(args);
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        var parsed = Parse(args, stdout, stderr);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine("reportgen: " + error.Message);
            }

            stderr.WriteLine("使い方は reportgen --help で確認できます。");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (ReportGen.Pdf.Fonts.FontNotFoundException e)
        {
            // Any command that draws a PDF (build, diff) can meet a missing font; it is the machine, not a bug.
            stderr.WriteLine("reportgen: " + e.Message);
            return ExitCodes.Problems;
        }
        catch (ReportGen.Pdf.Layout.LayoutException e)
        {
            // The page set-up is content: margins too wide for a line of text are the editor's to change, not a bug.
            stderr.WriteLine($"reportgen: PDF を組めません（{(e.Page > 0 ? e.Page + " ページ目" : "ページ送りが止まりました")}）: {ReportGen.Pdf.Layout.WrapReasons.DescribeInJapanese(e.Reason)}。");
            stderr.WriteLine("対処: 版のファイル（editions/<版>.yaml）の page: で、余白（margins_mm）を小さくするか、用紙サイズ（size）を大きくしてください。");
            return ExitCodes.Problems;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The system's own message names the path; what happened and what to do are said in Japanese.
            var (what, todo) = DescribeFileError(e);
            stderr.WriteLine($"reportgen: ファイルを読み書きできません（{what}）: {ReportGen.Diagnostics.Printable.Escape(e.Message)}");
            stderr.WriteLine($"対処: {todo}");
            return ExitCodes.Problems;
        }
        catch (Exception e)
        {
            // A bug, not bad input; still no stack trace for the user, but enough to report it.
            stderr.WriteLine($"reportgen: 内部エラーが発生しました（{e.GetType().Name}: {e.Message}）。");
            return ExitCodes.Problems;
        }
    }

    /// <summary>What a file error means and what to do about it, for someone who is not a programmer.</summary>
    internal static (string What, string Todo) DescribeFileError(Exception e)
    {
        const int NoSpace = 28; // ENOSPC
        const int DiskFull = 112; // ERROR_DISK_FULL
        return e switch
        {
            UnauthorizedAccessException => ("権限がありません", "そのファイルやフォルダの持ち主と権限を確かめるか、--out などで別の場所を指定してください。"),
            FileNotFoundException => ("ファイルがありません", "パスを確かめてください。"),
            DirectoryNotFoundException => ("フォルダがありません", "パスを確かめてください。途中にファイルがあると、その先にフォルダは作れません。"),
            PathTooLongException => ("パスが長すぎます", "もっと短いパスのフォルダで実行してください。"),
            IOException when (e.HResult & 0xFFFF) is NoSpace or DiskFull => ("ディスクの空きがありません", "空きを作ってから、もう一度実行してください。"),
            _ => ("読み書きに失敗しました", "パス、権限、ディスクの空きを確かめて、もう一度実行してください。"),
        };
    }
}

/// <summary><c>reportgen --version</c>: the version and the git commit the tool was built from.</summary>
internal sealed class PrintVersion(TextWriter stdout) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        stdout.WriteLine(Text);
        return ExitCodes.Ok;
    }

    /// <summary>"reportgen 1.0.0 (commit 0123abc…)": the SDK appends the commit (SourceRevisionId) to the informational version.</summary>
    public static string Text
    {
        get
        {
            var informational = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var parts = informational.Split('+', 2);
            return parts.Length == 2 ? $"reportgen {parts[0]} (commit {parts[1]})" : $"reportgen {parts[0]} (commit unknown)";
        }
    }
}
