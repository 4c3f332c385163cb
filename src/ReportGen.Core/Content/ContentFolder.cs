using ReportGen.Diagnostics;
using ReportGen.Paths;

namespace ReportGen.Content;

/// <summary>
/// The content folder being loaded, shared by the readers of its files: where it is, how messages name its paths, the
/// problems found so far, and the only ways the loader reads from it (<see cref="ReadYaml"/>, <see cref="ContentFiles"/>).
/// </summary>
internal sealed class ContentFolder
{
    private readonly string _displayRoot;

    public ContentFolder(string root, string displayRoot)
    {
        Root = root;
        _displayRoot = displayRoot;
    }

    /// <summary>The folder's full path.</summary>
    public string Root { get; }

    /// <summary>The folder as given, the start of every path in messages.</summary>
    public string DisplayRoot => _displayRoot;

    public DiagnosticBag Bag { get; } = new();

    public string Display(string fullPath) =>
        Path.Combine(_displayRoot, Path.GetRelativePath(Root, fullPath)).Replace('\\', '/');

    public (YamlNode? Node, string File, SourceLines Lines)? ReadYaml(string fullPath) => Accept(Parse(fullPath));

    /// <summary>A file read and parsed, or why it could not be; not yet reported.</summary>
    public sealed record ParsedFile(string Display, YamlNode? Node, SourceLines? Lines, (int Line, int Column, string Message, string? Hint)? Problem)
    {
        /// <summary>A file the system would not let us read, rethrown by <see cref="Accept"/> as if read there.</summary>
        public Exception? Unreadable { get; init; }
    }

    /// <summary>
    /// Reads and parses one file without touching <see cref="Bag"/>, so that many files can be parsed side by side;
    /// <see cref="Accept"/> then reports them one by one, in order.
    /// </summary>
    public ParsedFile Parse(string fullPath)
    {
        var display = Display(fullPath);
        string? text, error, hint;
        try
        {
            (text, error, hint) = ContentFile.Read(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ParsedFile(display, null, null, null) { Unreadable = e };
        }

        if (text is null)
        {
            return new ParsedFile(display, null, null, (1, 1, error!, hint));
        }

        try
        {
            return new ParsedFile(display, YamlReader.Read(text), new SourceLines(text), null);
        }
        catch (YamlReadException e)
        {
            return new ParsedFile(display, null, null, (e.Line, e.Column, e.Message, e.Hint));
        }
    }

    /// <summary>Reports what <see cref="Parse"/> found wrong, or hands on what it read.</summary>
    public (YamlNode? Node, string File, SourceLines Lines)? Accept(ParsedFile parsed)
    {
        if (parsed.Unreadable is { } unreadable)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(unreadable).Throw();
        }

        if (parsed.Problem is { } p)
        {
            Bag.Error(parsed.Display, p.Line, p.Column, p.Message, p.Hint);
            return null;
        }

        return (parsed.Node, parsed.Display, parsed.Lines!);
    }

    /// <summary>
    /// The content files in <paramref name="folder"/>, in a stable order. Only regular files inside the content folder
    /// are read: a link that leads out of it, a device (<c>/dev/zero</c> never ends), a named pipe (reading it waits
    /// for ever) or a folder named like a content file is reported instead, so no file can hang or exhaust a check.
    /// </summary>
    public IEnumerable<string> ContentFiles(string folder, bool recursive)
    {
        var found = new List<string>();
        var rootReal = RealPath.OfExisting(Root);
        Walk(new DirectoryInfo(folder));
        return found.Order(StringComparer.Ordinal);

        void Walk(DirectoryInfo dir)
        {
            foreach (var entry in dir.EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = true }))
            {
                var yaml = entry.Name.EndsWith(".yaml", StringComparison.Ordinal) || entry.Name.EndsWith(".yml", StringComparison.Ordinal);
                var kind = FileKinds.Of(entry.FullName, followLinks: false);
                if (kind == FileKind.Directory)
                {
                    if (yaml)
                    {
                        Bag.Error(Display(entry.FullName), 1, 1, $"「{entry.Name}」はファイルではなくフォルダです。", "内容ファイルと同じ名前のフォルダは読みません。名前を変えるか、中身をファイルとして保存してください。");
                    }
                    else if (recursive)
                    {
                        Walk((DirectoryInfo)entry);
                    }

                    continue;
                }

                if (!yaml)
                {
                    continue;
                }

                if (kind == FileKind.SymbolicLink)
                {
                    var target = RealPath.OfExisting(entry.FullName);
                    if (target is null || rootReal is null || !Paths.SafePath.IsInside(rootReal, target))
                    {
                        Bag.Error(Display(entry.FullName), 1, 1, "内容フォルダの外を指すリンク（シンボリックリンク）は読みません。", "ファイルそのものを内容フォルダに置いてください。");
                        continue;
                    }

                    kind = FileKinds.Of(target, followLinks: false);
                }

                if (kind != FileKind.Regular)
                {
                    Bag.Error(Display(entry.FullName), 1, 1, $"「{entry.Name}」は通常のファイルではありません（{FileKinds.Describe(kind)}）。", "内容ファイルは通常のテキストファイルとして保存してください。");
                    continue;
                }

                found.Add(entry.FullName);
            }
        }
    }
}
