namespace ReportGen.Output;

/// <summary>
/// The folder an <see cref="IOutputWriter{TSource}"/> writes into, and a way to wait for what the other writers of
/// the same run write there: the site copies the edition's PDF once the PDF writer has written it.
/// </summary>
public sealed class OutputFolder
{
    private readonly IReadOnlyDictionary<string, Task> _pending;

    /// <summary>A folder no other writer writes into at the same time.</summary>
    public OutputFolder(string path)
        : this(path, new Dictionary<string, Task>(StringComparer.Ordinal))
    {
    }

    internal OutputFolder(string path, IReadOnlyDictionary<string, Task> pending, string? previous = null)
    {
        Path = path;
        _pending = pending;
        Previous = previous;
    }

    public string Path { get; }

    /// <summary>
    /// The folder the previous build of the same output wrote, whole and still there, or null: a writer may take
    /// files over from it that come out the same (<see cref="UnchangedFile"/>). It is never written to.
    /// </summary>
    public string? Previous { get; }

    /// <summary>
    /// Completes when <paramref name="name"/> (one of the names of another writer of the run) is written, and fails
    /// as that writer failed; completed at once for a name no writer of the run is still writing.
    /// </summary>
    public Task WhenWritten(string name) => _pending.TryGetValue(name, out var task) ? task : Task.CompletedTask;

    /// <summary>Whether another writer of the same run writes <paramref name="name"/>.</summary>
    public bool IsWrittenByRun(string name) => _pending.ContainsKey(name);

    /// <summary>The full path of <paramref name="name"/> in the folder.</summary>
    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public static implicit operator OutputFolder(string path) => new(path);

    public static OutputFolder FromPath(string path) => new(path);
}
