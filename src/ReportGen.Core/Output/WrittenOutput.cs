namespace ReportGen.Output;

/// <summary>A file or folder an <see cref="IOutputWriter{TSource}"/> wrote, and what a command may say about it.</summary>
/// <param name="Name">Relative to the folder written into, e.g. <c>diff.md</c> or <c>site</c>.</param>
/// <param name="Details">e.g. 「12 ページ、345 KB」; null when there is nothing to say but the name.</param>
/// <param name="IsFolder">A folder, shown with a trailing slash.</param>
public sealed record WrittenOutput(string Name, string? Details = null, bool IsFolder = false);
