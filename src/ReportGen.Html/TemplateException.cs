namespace ReportGen.Html;

/// <summary>
/// A template could not be parsed or rendered. The message starts with <c>file:line:column:</c>, like the messages of
/// <c>reportgen check</c>, so an editor can jump to the place.
/// </summary>
public sealed class TemplateException : Exception
{
    public TemplateException()
        : this(string.Empty, 0, 0, "テンプレートのエラーです。")
    {
    }

    public TemplateException(string message)
        : this(string.Empty, 0, 0, message)
    {
    }

    public TemplateException(string message, Exception innerException)
        : this(string.Empty, 0, 0, message, innerException)
    {
    }

    public TemplateException(string file, int line, int column, string message, Exception? innerException = null)
        : base(Format(file, line, column, message), innerException)
    {
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>The template file as found in the templates folders (e.g. <c>templates/index.html.sbn</c>).</summary>
    public string File { get; }

    /// <summary>1-based line, or 0 when the problem is the file as a whole.</summary>
    public int Line { get; }

    /// <summary>1-based column, or 0 when unknown.</summary>
    public int Column { get; }

    private static string Format(string file, int line, int column, string message) =>
        file.Length == 0 ? message
        : line <= 0 ? $"{file}: error: {message}"
        : $"{file}:{line}:{Math.Max(column, 1)}: error: {message}";
}
