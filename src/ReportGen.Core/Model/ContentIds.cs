namespace ReportGen.Model;

/// <summary>The kinds of id that content gives things, each with the words an editor reads in a message.</summary>
public enum IdKind
{
    Edition,
    Measure,
    Section,
    Goal,
}

/// <summary>
/// What a valid id is, in one place. Ids become file names (<c>editions/2024.yaml</c>, <c>2024.pdf</c>,
/// <c>measures/m001.html</c>) and appear in Markdown and HTML, so they are kept to lower-case ASCII letters, digits
/// and <c>-</c>, start with a letter or digit and are at most <see cref="MaxLength"/> characters: such an id cannot
/// name another folder (<c>..</c>, <c>/</c>), carry markup, or make a file name too long for any file system.
/// </summary>
public static class ContentIds
{
    public const int MaxLength = 32;

    /// <summary>The same rule as a regular expression, as the editor schemas in <c>schema/</c> state it.</summary>
    public const string Pattern = "^[a-z0-9][a-z0-9-]{0,31}$";

    public static bool IsValid(string? value) =>
        value is { Length: > 0 and <= MaxLength } &&
        value[0] != '-' &&
        value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>What the editor is told when an id breaks the rule.</summary>
    public static string Rule(IdKind kind) =>
        $"{Label(kind)} は半角の小文字英字・数字と「-」で {MaxLength} 文字までにしてください（先頭は英字か数字）。例: {Example(kind)}";

    public static string Label(IdKind kind) => kind switch
    {
        IdKind.Edition => "版の ID",
        IdKind.Measure => "施策の ID",
        IdKind.Section => "項目の ID",
        _ => "目標の ID",
    };

    private static string Example(IdKind kind) => kind switch
    {
        IdKind.Edition => "2024",
        IdKind.Measure => "m001",
        IdKind.Section => "s1",
        _ => "g01",
    };
}
