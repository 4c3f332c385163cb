using System.CommandLine;
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
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        var root = new RootCommand("ReportGen: 資料２－２（医療機器基本計画の取組状況）を content/ から作る。")
        {
            BuildCommand.Create(stdout, stderr),
            AcceptWarningsCommand.Create(stdout, stderr),
            CycleCommands.Publish(stdout, stderr),
            CycleCommands.Correct(stdout, stderr),
            CycleCommands.NewYear(stdout, stderr),
            StatusCommand.Create(stdout, stderr),
            ServeCommand.Create(stdout, stderr),
            CheckCommand.Create(stdout, stderr),
            ImportCommand.Create(stdout, stderr),
            ExportCommand.Create(stdout, stderr),
            DiffCommand.Create(stdout, stderr),
        };

        var parsed = root.Parse(args);
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
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"reportgen: ファイルを読み書きできません: {e.Message}");
            return ExitCodes.Problems;
        }
        catch (Exception e)
        {
            // A bug, not bad input; still no stack trace for the user, but enough to report it.
            stderr.WriteLine($"reportgen: 内部エラーが発生しました（{e.GetType().Name}: {e.Message}）。");
            return ExitCodes.Problems;
        }
    }
}
