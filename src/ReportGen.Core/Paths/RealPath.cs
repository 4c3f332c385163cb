using System.Runtime.InteropServices;

namespace ReportGen.Paths;

/// <summary>
/// Where a path really leads: every symbolic link along it followed, as realpath(3) does. A path that does not exist
/// yet is resolved as far as it exists, and the rest is appended, so a folder about to be made through a link is
/// known by where it will be made.
/// </summary>
public static partial class RealPath
{
    /// <summary>The resolved form of the full path <paramref name="fullPath"/>.</summary>
    public static string Of(string fullPath)
    {
        var existing = Path.TrimEndingDirectorySeparator(Path.GetFullPath(fullPath));
        var rest = new Stack<string>();
        while (true)
        {
            if (OfExisting(existing) is { } resolved)
            {
                return rest.Aggregate(resolved, Path.Combine);
            }

            var parent = Path.GetDirectoryName(existing);
            if (parent is null)
            {
                return Path.GetFullPath(fullPath);
            }

            rest.Push(Path.GetFileName(existing));
            existing = parent;
        }
    }

    /// <summary>The path with every link and <c>..</c> resolved, or null when it does not exist.</summary>
    public static string? OfExisting(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Path.GetFullPath(path);
        }

        var result = Native(path, IntPtr.Zero);
        if (result == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(result);
        }
        finally
        {
            Free(result);
        }
    }

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr Native(string path, IntPtr resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(IntPtr pointer);
}
