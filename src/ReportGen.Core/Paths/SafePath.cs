namespace ReportGen.Paths;

/// <summary>
/// Builds the paths the tool writes from parts it has checked, and proves that the result stays under its root.
/// Content ids are already validated by the loader (<see cref="Model.ContentIds"/>); this is the second wall, for a
/// caller that forgets.
/// </summary>
public static class SafePath
{
    /// <summary>
    /// <paramref name="root"/> joined with a relative path of plain names separated by <c>/</c>; throws when a part is
    /// empty, <c>.</c> or <c>..</c>, contains a NUL or a backslash, or the result would leave the root.
    /// </summary>
    public static string Under(string root, string relativePath)
    {
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var parts = relativePath.Split('/');
        if (parts.Any(p => !IsPlainName(p)))
        {
            throw new InvalidOperationException($"Refusing to write to an unsafe path under {fullRoot}: {relativePath}");
        }

        var full = Path.GetFullPath(Path.Combine([fullRoot, .. parts]));
        if (!IsInside(fullRoot, full))
        {
            throw new InvalidOperationException($"Refusing to write outside {fullRoot}: {relativePath}");
        }

        return full;
    }

    /// <summary>True when <paramref name="path"/> is strictly inside <paramref name="root"/> (both full paths).</summary>
    public static bool IsInside(string root, string path)
    {
        var r = Path.TrimEndingDirectorySeparator(root);
        if (r.EndsWith(Path.DirectorySeparatorChar))
        {
            return path.Length > r.Length && path.StartsWith(r, StringComparison.Ordinal);
        }

        return path.Length > r.Length + 1 &&
               path.StartsWith(r, StringComparison.Ordinal) &&
               path[r.Length] == Path.DirectorySeparatorChar;
    }

    /// <summary>A single file or folder name that cannot climb or split: at most 255 bytes, as Linux allows.</summary>
    public static bool IsPlainName(string name) =>
        name.Length > 0 && name is not "." and not ".." &&
        name.IndexOfAny(['/', '\\', '\0']) < 0 &&
        System.Text.Encoding.UTF8.GetByteCount(name) <= 255;
}
