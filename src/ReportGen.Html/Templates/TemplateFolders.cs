namespace ReportGen.Html.Templates;

/// <summary>
/// The default templates folder and a report's override folder, searched override first. Every file the site
/// reads from them goes through <see cref="Resolve"/>, which refuses any name that would leave the folders
/// (<c>..</c>, absolute paths, symbolic links pointing outside), so a template cannot include <c>/etc/passwd</c>.
/// </summary>
internal sealed class TemplateFolders
{
    private readonly Folder[] _folders;

    public TemplateFolders(string templatesDir, string? overrideTemplatesDir)
    {
        var folders = new List<Folder>();
        if (overrideTemplatesDir is not null)
        {
            folders.Add(Folder.Open(overrideTemplatesDir, "上書きテンプレートのフォルダ"));
        }

        folders.Add(Folder.Open(templatesDir, "テンプレートのフォルダ"));
        _folders = [.. folders];
    }

    /// <summary>
    /// The file for a relative template name, as (path to show in messages, full path to read); null when no
    /// folder has it. Throws <see cref="ArgumentException"/> when the name points outside the folders.
    /// </summary>
    public (string Display, string FullPath)? Resolve(string name)
    {
        var relative = CheckName(name);
        foreach (var folder in _folders)
        {
            var full = Path.GetFullPath(Path.Combine(folder.FullPath, relative));
            if (!folder.Contains(full))
            {
                throw new ArgumentException($"「{name}」はテンプレートのフォルダの外を指しています。テンプレートのフォルダからの相対パス（例: partials/edition-table.html.sbn）で書いてください。");
            }

            if (File.Exists(full))
            {
                folder.CheckNoLinkLeaves(full, name);
                return (Path.Combine(folder.Display, relative), full);
            }
        }

        return null;
    }

    /// <summary>
    /// Every file under <paramref name="subfolder"/> in either folder, by relative name ('/'-separated, ordinal
    /// order); the override's file wins.
    /// </summary>
    public IReadOnlyList<(string Relative, string FullPath)> Files(string subfolder, string pattern = "*")
    {
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in _folders.Reverse())
        {
            var dir = Path.Combine(folder.FullPath, subfolder);
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(dir, pattern, SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(folder.FullPath, file).Replace('\\', '/');
                try
                {
                    folder.CheckNoLinkLeaves(Path.GetFullPath(file), relative);
                }
                catch (ArgumentException e)
                {
                    throw new TemplateException(Path.Combine(folder.Display, relative), 0, 0, e.Message, e);
                }

                found[relative] = file;
            }
        }

        return [.. found.Select(kv => (kv.Key, kv.Value))];
    }

    private static string CheckName(string name)
    {
        var parts = name.Split('/');
        if (name.Length == 0 || Path.IsPathRooted(name) || name.Contains('\\', StringComparison.Ordinal) ||
            name.Contains(':', StringComparison.Ordinal) || name.Contains('\0', StringComparison.Ordinal) ||
            parts.Any(p => p is ".." or "." or ""))
        {
            throw new ArgumentException(
                $"「{name}」はテンプレートのフォルダの外を指しているか、正しい名前ではありません。テンプレートのフォルダからの相対パス（例: partials/edition-table.html.sbn）で書いてください。");
        }

        return Path.Combine(parts);
    }

    private sealed record Folder(string Display, string FullPath)
    {
        public static Folder Open(string dir, string what)
        {
            if (!Directory.Exists(dir))
            {
                throw new TemplateException(dir, 0, 0, $"{what}がありません。");
            }

            return new Folder(dir.TrimEnd('/', '\\'), Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar));
        }

        public bool Contains(string fullPath) =>
            fullPath.StartsWith(FullPath + Path.DirectorySeparatorChar, StringComparison.Ordinal);

        /// <summary>A symbolic link inside the folder must not lead out of it, whichever part of the path it is.</summary>
        public void CheckNoLinkLeaves(string fullPath, string name)
        {
            for (var path = fullPath; path.Length > FullPath.Length; path = Path.GetDirectoryName(path)!)
            {
                FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
                if (info.LinkTarget is null)
                {
                    continue;
                }

                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !Contains(Path.GetFullPath(target.FullName)))
                {
                    throw new ArgumentException($"「{name}」はテンプレートのフォルダの外へのリンクです。対処: リンクをやめて、ファイルそのものをテンプレートのフォルダに置いてください。");
                }
            }
        }
    }
}
