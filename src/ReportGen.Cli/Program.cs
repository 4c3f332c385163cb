using ReportGen.Cli;

// A closed standard output or error (`reportgen build >&-`) is a place to print nothing, not a reason to abort.
static TextWriter Opened(Func<TextWriter> open)
{
    try
    {
        return open();
    }
    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
    {
        return TextWriter.Null;
    }
}

return CliApp.Run(args, Opened(() => Console.Out), Opened(() => Console.Error));
