namespace ReportGen.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// One problem in the content, printed as <c>file:line:column: error|warning: message 対処: hint</c>.
/// Messages are in Japanese because the people who fix them edit Japanese content.
/// </summary>
public sealed record Diagnostic(Severity Severity, string File, int Line, int Column, string Message, string? Hint = null)
{
    /// <summary>The text a warning is about, when it is about a measure's text: which measure, field and year.</summary>
    public TextSubject? Subject { get; init; }

    public override string ToString()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        var hint = string.IsNullOrEmpty(Hint) ? string.Empty : " 対処: " + Hint;
        return Printable.Escape($"{File}:{Line}:{Column}: {kind}: {Message}{hint}");
    }
}

/// <summary>A measure's text field (title, text, details, results, plans) and, for a year cell, its fiscal year.</summary>
public sealed record TextSubject(string MeasureId, string Key, int? Year = null);

/// <summary>Collects diagnostics in the order they are found; output is sorted for stable reports.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public void Error(string file, int line, int column, string message, string? hint = null) =>
        _items.Add(new Diagnostic(Severity.Error, file, line, column, message, hint));

    public void Warning(string file, int line, int column, string message, string? hint = null, TextSubject? subject = null) =>
        _items.Add(new Diagnostic(Severity.Warning, file, line, column, message, hint) { Subject = subject });

    /// <summary>Adds what <paramref name="other"/> collected, in its order: messages gathered apart, reported together.</summary>
    public void AddRange(DiagnosticBag other) => _items.AddRange(other._items);

    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Message, StringComparer.Ordinal)];
}

/// <summary>Thrown when content cannot be loaded at all; carries the diagnostics that explain why.</summary>
public sealed class ContentException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
