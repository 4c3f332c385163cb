using System.Globalization;

namespace ReportGen.Cli.Output;

/// <summary>
/// Writing all or nothing for the commands that replace files or a whole folder: everything is written beside its
/// target first and moved into place only when all of it was written, so a failure leaves the old files as they were.
/// <c>reportgen build</c> goes further with <see cref="OwnedOutput"/>: readers switch between whole builds through a link.
/// </summary>
internal static class AtomicOutput
{
    /// <summary>The name a file or folder has while it is being written beside its target.</summary>
    private static string Staged(string target) => target + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Fills a new folder beside <paramref name="dir"/> and replaces <paramref name="dir"/> with it when
    /// <paramref name="fill"/> returns true; otherwise, or when it throws, the new folder is removed and
    /// <paramref name="dir"/> stays as it was.
    /// </summary>
    public static bool ReplaceFolder(string dir, Func<string, bool> fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        var full = Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar);
        var staging = Staged(full);
        try
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            Directory.CreateDirectory(staging);
            if (!fill(staging))
            {
                return false;
            }

            if (Directory.Exists(full))
            {
                Directory.Delete(full, recursive: true);
            }

            Directory.Move(staging, full);
            return true;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>
    /// Writes each file beside its target (full paths), then moves them all into place and deletes
    /// <paramref name="deletions"/>. A file that could not be written leaves every target as it was.
    /// </summary>
    public static void ReplaceFiles(IEnumerable<(string Target, Action<string> Write)> files, IEnumerable<string> deletions)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(deletions);
        var written = new List<string>();
        try
        {
            foreach (var (target, write) in files)
            {
                written.Add(target);
                write(Staged(target));
            }

            foreach (var target in written)
            {
                File.Move(Staged(target), target, overwrite: true);
            }

            foreach (var path in deletions)
            {
                File.Delete(path);
            }
        }
        finally
        {
            foreach (var target in written.Where(t => File.Exists(Staged(t))))
            {
                File.Delete(Staged(target));
            }
        }
    }
}
