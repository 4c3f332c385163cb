using System.Text;
using ReportGen.Output;

namespace ReportGen.Html.Site;

/// <summary>
/// Writes the site's files below the output folder and counts their bytes. Text is UTF-8 without a byte order mark
/// and with the line ends the templates have, so two builds of the same content are byte for byte the same. A page
/// that comes out as the previous build wrote it is linked from there (<see cref="UnchangedFile"/>).
/// </summary>
internal sealed class SiteOutput(string outputDir, string? previousDir = null) : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _root = Path.GetFullPath(outputDir);
    private readonly UnchangedFile? _previous = previousDir is null ? null : new UnchangedFile(previousDir);
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);

    public long Bytes { get; private set; }

    /// <summary>
    /// Encoded into one buffer, reused page after page: an array per page was a third of the site's garbage, and the
    /// large pages' arrays went straight to the large object heap, whose growth triggers full collections; so did
    /// growing a reused array, hence a buffer outside the collected heap.
    /// </summary>
    private readonly NativeBuffer<byte> _buffer = new(64 * 1024);

    public void WriteText(string relativePath, ReadOnlySpan<char> text)
    {
        _buffer.EnsureCapacity(Utf8.GetByteCount(text), keep: 0);
        var bytes = _buffer.Span;
        WriteBytes(relativePath, bytes[..Utf8.GetBytes(text, bytes)]);
    }

    /// <summary>Writes <paramref name="bytes"/> (UTF-8 text, or any file's bytes) as <paramref name="relativePath"/>.</summary>
    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var target = Target(relativePath);
        if (!_written.Add(target) && _previous is not null)
        {
            // A second page at one path must not be written into a file linked from the previous build.
            File.Delete(target);
        }

        if (_previous is null || !_previous.TryLink(Path.GetRelativePath(_root, target), target, bytes))
        {
            OutputFile.Write(target, bytes);
        }

        Bytes += bytes.Length;
    }

    public void Dispose() => _buffer.Dispose();

    public void Copy(string relativePath, string sourceFile)
    {
        var target = Target(relativePath);

        // Into a new file: an overwriting copy empties the target first, which makes ext4 write it to disk on closing
        // (see OutputFile.Write); the PDF is megabytes.
        File.Delete(target);
        File.Copy(sourceFile, target);
        Bytes += new FileInfo(target).Length;
    }

    private string Target(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(_root, relativePath));

        // Paths come from slugs, which cannot climb; this guards against a future caller that forgets.
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write outside the site folder: {relativePath}");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }
}
