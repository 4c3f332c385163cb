using System.Runtime.InteropServices;

namespace ReportGen.Paths;

/// <summary>
/// Symbolic links switched in one step. <c>rename(2)</c> replaces a link atomically: a reader sees the old target
/// or the new one, never nothing. .NET's <see cref="File.Move(string, string, bool)"/> refuses a link to a folder
/// (it looks for a file at the link's target), so the rename is called directly.
/// </summary>
public static partial class Links
{
    /// <summary>Points <paramref name="link"/> at <paramref name="target"/> (relative to the link's folder).</summary>
    public static void Replace(string link, string target)
    {
        var temporary = link + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Path.Exists(temporary) || new FileInfo(temporary).LinkTarget is not null)
        {
            File.Delete(temporary);
        }

        File.CreateSymbolicLink(temporary, target);
        if (Rename(temporary, link) != 0)
        {
            var error = Marshal.GetLastPInvokeErrorMessage();
            File.Delete(temporary);
            throw new IOException($"{link} を切り替えられません（{error}）。");
        }
    }

    /// <summary>The target a link names, or null when <paramref name="path"/> is not a link.</summary>
    public static string? TargetOf(string path) => new FileInfo(path).LinkTarget;

    /// <summary>Removes a link without touching what it points to.</summary>
    public static void Remove(string link) => File.Delete(link);

    [LibraryImport("libc", EntryPoint = "rename", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Rename(string from, string to);
}
