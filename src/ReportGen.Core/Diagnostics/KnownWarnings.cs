using System.Text;

namespace ReportGen.Diagnostics;

/// <summary>
/// Warnings the team has looked at and decided to keep, such as typos in text that was published as it stands
/// (the published edition must not change). They are listed in <c>content/known-warnings.txt</c>, one
/// <c>file⇥message</c> a line, without line numbers so that edits elsewhere in a file do not unlist them.
/// <c>check --strict</c> fails only on warnings that are not listed.
/// </summary>
public sealed class KnownWarnings
{
    public const string FileName = "known-warnings.txt";

    private const string Header = "# 確認済みの警告（reportgen accept-warnings で更新）。1行に「ファイル<TAB>内容」。";

    private readonly HashSet<(string File, string Message)> _entries;

    private KnownWarnings(HashSet<(string, string)> entries) => _entries = entries;

    public int Count => _entries.Count;

    public static KnownWarnings Load(string contentDir)
    {
        var path = Path.Combine(contentDir, FileName);
        var entries = new HashSet<(string, string)>();
        if (File.Exists(path))
        {
            foreach (var line in File.ReadAllLines(path, Encoding.UTF8))
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (!line.StartsWith('#') && tab > 0)
                {
                    entries.Add((line[..tab], line[(tab + 1)..]));
                }
            }
        }

        return new KnownWarnings(entries);
    }

    public bool Contains(Diagnostic d, string contentDir) =>
        d.Severity == Severity.Warning && _entries.Contains((Relative(d.File, contentDir), d.Message));

    /// <summary>Listed warnings that no longer occur.</summary>
    public int Stale(IEnumerable<Diagnostic> diagnostics, string contentDir)
    {
        var current = diagnostics.Where(d => d.Severity == Severity.Warning).Select(d => (Relative(d.File, contentDir), d.Message)).ToHashSet();
        return _entries.Count(e => !current.Contains(e));
    }

    /// <summary>The file listing exactly these warnings, in a stable order.</summary>
    public static string Render(IEnumerable<Diagnostic> diagnostics, string contentDir)
    {
        var lines = diagnostics.Where(d => d.Severity == Severity.Warning)
            .Select(d => Relative(d.File, contentDir) + "\t" + d.Message)
            .Distinct()
            .Order(StringComparer.Ordinal);
        return Header + "\n" + string.Concat(lines.Select(l => l + "\n"));
    }

    /// <summary>Paths in diagnostics start with the content folder as given; the list is relative to it.</summary>
    private static string Relative(string file, string contentDir)
    {
        var prefix = contentDir.TrimEnd('/', '\\') + "/";
        return file.StartsWith(prefix, StringComparison.Ordinal) ? file[prefix.Length..] : file;
    }
}
