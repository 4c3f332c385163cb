using System.Globalization;
using System.Text.Json;
using ReportGen.Content;
using ReportGen.Diagnostics;
using ReportGen.Paths;

namespace ReportGen.Cli.Output;

/// <summary>
/// The output folder of <c>reportgen build</c>, written so that it always holds one whole build.
/// <para>
/// Each build renders into a new generation folder <c>DIR/.reportgen-build/gen-…/</c>; the files a reader opens,
/// <c>DIR/&lt;edition&gt;.pdf</c> and <c>DIR/site</c>, are links through <c>DIR/.reportgen-build/current</c>, and the
/// build is switched in by replacing that one link (<c>rename(2)</c>, atomic). Killed at any moment, the folder
/// shows the previous build or the new one, whole; a failed build changes nothing.
/// </para>
/// <para>
/// The build deletes only what a previous build recorded in its manifest (<c>DIR/.reportgen-build/manifest.json</c>)
/// and refuses to replace anything else, such as a <c>DIR/site/</c> someone made by hand. It never writes into the
/// file system root, a home folder, a repository's top folder or the content and template folders. Builds into one
/// folder take turns (a lock file), and each build removes the generations that earlier, interrupted builds left.
/// </para>
/// </summary>
internal sealed class OwnedOutput : IDisposable
{
    public const string StoreName = ".reportgen-build";
    private const string CurrentName = "current";
    private const string ManifestName = "manifest.json";
    private const string LockName = "lock";

    private readonly string _dir;
    private readonly string _outDir;
    private readonly string _store;
    private readonly TextWriter _stderr;
    private readonly bool _createdDir;

    /// <summary>The folders above the output folder that did not exist either, nearest first.</summary>
    private readonly IReadOnlyList<string> _createdParents;
    private readonly FileStream _lock;
    private readonly List<string> _owned;
    private string? _generation;
    private bool _committed;

    private OwnedOutput(string dir, string outDir, string store, bool createdDir, IReadOnlyList<string> createdParents, FileStream @lock, List<string> owned, TextWriter stderr)
    {
        _dir = dir;
        _outDir = outDir;
        _store = store;
        _stderr = stderr;
        _createdDir = createdDir;
        _createdParents = createdParents;
        _lock = @lock;
        _owned = owned;
    }

    /// <summary>Why an output folder cannot be used; printed as it is.</summary>
    public sealed class RefusedException(string message) : Exception(message);

    /// <summary>
    /// Takes <paramref name="outDir"/> for a build that will write <paramref name="names"/> (top-level names such as
    /// <c>2024.pdf</c> and <c>site</c>), waiting for another build into the same folder to finish.
    /// </summary>
    /// <exception cref="RefusedException">The folder is not one a build may write to.</exception>
    public static OwnedOutput Open(string outDir, IReadOnlyCollection<string> names, IEnumerable<string> protectedDirs, TextWriter stderr, TimeSpan? wait = null)
    {
        if (string.IsNullOrWhiteSpace(outDir))
        {
            throw new RefusedException("出力先（--out）が空です。対処: --out artifacts のようにフォルダを指定してください。");
        }

        // The build works in the folder that is checked, as it really is: a link in the path that is pointed elsewhere
        // later (while this build waits for the lock, say) cannot carry the writes with it.
        var written = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        var dir = RealPath.Of(written);
        RefuseUnsafeFolder(outDir, [written, dir], protectedDirs);
        if (File.Exists(written) || (Links.TargetOf(written) is not null && !Directory.Exists(written)))
        {
            throw new RefusedException($"出力先 {Printable.Escape(outDir)} はフォルダではありません。対処: --out で別のフォルダを指定してください。");
        }

        var createdDir = !Directory.Exists(dir);
        var createdParents = new List<string>();
        for (var parent = Path.GetDirectoryName(dir); createdDir && parent is not null && !Directory.Exists(parent); parent = Path.GetDirectoryName(parent))
        {
            createdParents.Add(parent);
        }

        var store = Path.Combine(dir, StoreName);

        // The store, its lock and its manifest are the build's own. A link there would have the build write, and
        // remove generations, wherever it points; a pipe or a device would have it wait or read without end.
        RefuseUnless(dir, StoreName, FileKind.Directory, outDir);
        RefuseUnless(dir, $"{StoreName}/{LockName}", FileKind.Regular, outDir);
        RefuseUnless(dir, $"{StoreName}/{ManifestName}", FileKind.Regular, outDir);
        RefuseUnless(dir, $"{StoreName}/{CurrentName}", FileKind.SymbolicLink, outDir);
        var createdStore = !Directory.Exists(store);
        Directory.CreateDirectory(store);
        var @lock = TakeLock(Path.Combine(store, LockName), outDir, stderr, wait ?? TimeSpan.FromMinutes(30));
        try
        {
            var owned = ReadManifest(store);
            var foreign = new List<string>();
            foreach (var name in names)
            {
                if (!SafePath.IsPlainName(name))
                {
                    throw new InvalidOperationException("Not a plain output name: " + name);
                }

                // A link that leads into the store's current build is the build's own, with or without the manifest
                // (after the store was deleted to repair it, say): it can only ever show what a build wrote.
                var path = Path.Combine(dir, name);
                var exists = Path.Exists(path) || Links.TargetOf(path) is not null;
                if (exists && Links.TargetOf(path) != LinkTarget(name))
                {
                    foreign.Add(Printable.Escape(Path.Combine(outDir, name)));
                }
            }

            if (foreign.Count > 0)
            {
                throw new RefusedException(
                    $"{string.Join("、", foreign)} は reportgen build が作ったものではないため、置き換えません。" +
                    "対処: 中身を確かめて別の場所へ移すか削除してから実行するか、--out で別のフォルダを指定してください" +
                    "（以前の版の reportgen が作ったものなら、削除して構いません）。");
            }

            var output = new OwnedOutput(dir, outDir, store, createdDir, createdParents, @lock, owned, stderr);
            output.RemoveLeftovers();
            return output;
        }
        catch
        {
            // A refused folder keeps no trace of the attempt; what goes, goes while the lock is held.
            if (createdDir)
            {
                RemoveCreated(dir, createdParents);
            }
            else if (createdStore)
            {
                Directory.Delete(store, recursive: true);
            }

            @lock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The generation readers see now (the previous build, whole), or null: unchanged files are linked from it
    /// rather than written again. Only a real folder named like a generation, directly in the store, is offered.
    /// </summary>
    public string? Previous()
    {
        var name = Links.TargetOf(Path.Combine(_store, CurrentName));
        if (name is null || !name.StartsWith("gen-", StringComparison.Ordinal) || !SafePath.IsPlainName(name))
        {
            return null;
        }

        var folder = SafePath.Under(_store, name);
        return Directory.Exists(folder) && Links.TargetOf(folder) is null ? folder : null;
    }

    /// <summary>A new, empty generation folder to render into.</summary>
    public string Stage()
    {
        var name = "gen-" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture) + "-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        _generation = SafePath.Under(_store, name);
        Directory.CreateDirectory(_generation);
        return _generation;
    }

    /// <summary>
    /// Switches the staged generation in. <paramref name="names"/> must each exist in the generation. Afterwards the
    /// links of a previous build that this one did not write (another edition's PDF) and old generations are removed.
    /// </summary>
    public void Commit(IReadOnlyCollection<string> names)
    {
        var generation = _generation ?? throw new InvalidOperationException("Nothing staged.");
        foreach (var name in names)
        {
            if (!Path.Exists(Path.Combine(generation, name)))
            {
                throw new InvalidOperationException("The staged build has no " + name);
            }
        }

        // Recorded before the links exist, so that a build killed here leaves links the next build knows it owns.
        WriteManifest([.. _owned.Union(names).Order(StringComparer.Ordinal)]);
        foreach (var name in names)
        {
            var link = SafePath.Under(_dir, name);
            if (Links.TargetOf(link) != LinkTarget(name))
            {
                Links.Replace(link, LinkTarget(name));
            }
        }

        // The one step that changes what readers see.
        Links.Replace(Path.Combine(_store, CurrentName), Path.GetFileName(generation));
        _committed = true;

        // The build is in; what follows is tidying, and a failure there is a warning, not a failed build. The manifest
        // written above still lists every link, so a later build can finish the tidying.
        var kept = new List<string>();
        foreach (var stale in _owned.Except(names).ToList())
        {
            var link = SafePath.Under(_dir, stale);
            if (Links.TargetOf(link) == LinkTarget(stale) && !TryRemove(link, () => Links.Remove(link)))
            {
                // Still there: still the build's, for a later build to remove.
                kept.Add(stale);
            }
        }

        try
        {
            WriteManifest([.. names.Union(kept).Order(StringComparer.Ordinal)]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The manifest of the switch, written above, lists these names and perhaps a few more: still correct.
            _stderr.WriteLine($"reportgen: 警告: {Printable.Escape(Path.Combine(_outDir, StoreName, ManifestName))} を書き直せませんでした（{Why(e)}）。作成物には影響しません。対処: 空き容量と権限を確かめてください。");
        }
        RemoveLeftovers();
    }

    public void Dispose()
    {
        try
        {
            if (!_committed && _generation is not null && Directory.Exists(_generation))
            {
                Directory.Delete(_generation, recursive: true);
            }

            if (!_committed && _createdDir && _owned.Count == 0)
            {
                // Nothing was there before this build and nothing was switched in: leave no trace. The folder goes
                // while the lock is held, so a build waiting for it finds the lock gone and starts afresh.
                RemoveCreated(_dir, _createdParents);
            }
        }
        finally
        {
            _lock.Dispose();
        }
    }

    private static string LinkTarget(string name) => $"{StoreName}/{CurrentName}/{name}";

    /// <summary>Removes a folder this build made, then each folder it made above it while they are empty.</summary>
    private static void RemoveCreated(string dir, IReadOnlyList<string> createdParents)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
            foreach (var parent in createdParents)
            {
                Directory.Delete(parent, recursive: false);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another build has begun writing there, or someone put a file beside it: the rest is theirs now.
        }
    }

    /// <summary>
    /// Generations that no link points at (the staging folders of builds that were killed or failed), links named like
    /// generations, and temporary files. What cannot be removed is reported and left: the build itself is whole.
    /// </summary>
    private void RemoveLeftovers()
    {
        var current = Links.TargetOf(Path.Combine(_store, CurrentName));
        foreach (var folder in Directory.EnumerateFileSystemEntries(_store, "gen-*"))
        {
            var name = Path.GetFileName(folder);
            if (name == current || folder == _generation)
            {
                continue;
            }

            switch (FileKinds.Of(folder, followLinks: false))
            {
                case FileKind.Directory:
                    TryRemove(folder, () => Directory.Delete(folder, recursive: true));
                    break;
                case FileKind.Missing:
                    break;
                default:
                    // Never made by a build (a link, say): the entry itself goes, not what it points at.
                    TryRemove(folder, () => File.Delete(folder));
                    break;
            }
        }

        foreach (var temporary in Directory.EnumerateFileSystemEntries(_store, "*.tmp-*"))
        {
            TryRemove(temporary, () => File.Delete(temporary));
        }

        // A build killed while it switched a link leaves the new link under a temporary name beside the old one. Only
        // links into the store are taken: a file of the user's named like that is left alone.
        foreach (var temporary in Directory.EnumerateFileSystemEntries(_dir, "*.tmp-*"))
        {
            var name = Path.GetFileName(temporary);
            var original = name[..name.LastIndexOf(".tmp-", StringComparison.Ordinal)];
            if (SafePath.IsPlainName(original) && Links.TargetOf(temporary) == LinkTarget(original))
            {
                TryRemove(temporary, () => Links.Remove(temporary));
            }
        }
    }

    /// <summary>Paths already reported, so that a leftover is reported once a build, not once a clean-up.</summary>
    private readonly HashSet<string> _reported = [];

    /// <summary>True when <paramref name="remove"/> did its work; else it is reported, once a build.</summary>
    private bool TryRemove(string path, Action remove)
    {
        var shown = Printable.Escape(Path.Combine(_outDir, Path.GetRelativePath(_dir, path)));
        if (TryRemove(shown, remove, _reported.Contains(path) ? TextWriter.Null : _stderr))
        {
            return true;
        }

        _reported.Add(path);
        return false;
    }

    /// <summary>
    /// Runs <paramref name="remove"/>; if the file system refuses, says so as a warning and answers false: the build
    /// that was switched in is whole, and a later build tries again.
    /// </summary>
    internal static bool TryRemove(string shown, Action remove, TextWriter stderr)
    {
        try
        {
            remove();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"reportgen: 警告: 前の build の残り {shown} を削除できませんでした（{Why(e)}）。作成物には影響しません。対処: 権限を確かめて、手で削除してください。");
            return false;
        }
    }

    private static string Why(Exception e) => e is UnauthorizedAccessException ? "権限がありません" : "使用中か、読み取り専用か、空きがありません";

    private static void RefuseUnless(string dir, string name, FileKind expected, string outDir)
    {
        var kind = FileKinds.Of(Path.Combine(dir, name), followLinks: false);
        if (kind != FileKind.Missing && kind != expected)
        {
            var (what, instead) = expected switch
            {
                FileKind.Directory => ("フォルダ", "リンクなど"),
                FileKind.SymbolicLink => ("リンク", "フォルダなど"),
                _ => ("ファイル", "リンクなど"),
            };
            throw new RefusedException($"出力先 {Printable.Escape(outDir)} の {name} が、build の作った{what}ではありません（{instead}）。対処: {Printable.Escape(outDir)}/{StoreName} を削除してから、もう一度 build してください。");
        }
    }

    private static List<string> ReadManifest(string store)
    {
        var path = Path.Combine(store, ManifestName);
        if (!File.Exists(path) || new FileInfo(path).Length > 1024 * 1024)
        {
            // Missing, or far larger than a list of names: owns nothing.
            return [];
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            return [.. json.RootElement.GetProperty("owned").EnumerateArray().Select(e => e.GetString()).OfType<string>().Where(SafePath.IsPlainName)];
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // A damaged manifest owns nothing: the build then refuses to replace what it cannot prove it wrote.
            return [];
        }
    }

    private void WriteManifest(IReadOnlyList<string> owned)
    {
        var path = Path.Combine(_store, ManifestName);
        var temporary = path + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        using (var stream = File.Create(temporary))
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteStartArray("owned");
            foreach (var name in owned)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        File.Move(temporary, path, overwrite: true);
        _owned.Clear();
        _owned.AddRange(owned);
    }

    private static FileStream TakeLock(string path, string outDir, TextWriter stderr, TimeSpan wait)
    {
        var deadline = DateTime.UtcNow + wait;
        var told = false;
        while (true)
        {
            try
            {
                // A first build that fails removes the folder it made, lock and all, while it holds the lock; the
                // folder is then made again here.
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);

                // FileShare.None is an exclusive flock(2) on Unix: released by the kernel when a build dies.
                var @lock = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

                // The lock holds only if the file locked still has its name: one removed by the build before was
                // opened just before it went, and the next build will lock a new one.
                if (FileStatus.Of(@lock.SafeFileHandle) is { Links: > 0 })
                {
                    return @lock;
                }

                @lock.Dispose();
                throw new IOException("The lock file was removed.");
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                if (!told)
                {
                    stderr.WriteLine($"reportgen: 別の build が {Printable.Escape(outDir)} に書き込んでいます。終わるのを待ちます（最長 {Math.Ceiling(wait.TotalMinutes).ToString(CultureInfo.InvariantCulture)} 分。待たずにやめるには Ctrl+C）。");
                    told = true;
                }

                Thread.Sleep(100);
            }
            catch (IOException)
            {
                throw new RefusedException($"別の build が {Printable.Escape(outDir)} に書き込み中のままです。対処: 終わってから実行するか、--out で別のフォルダを指定してください。");
            }
        }
    }

    /// <param name="candidates">The folder as written and where it really leads: a link to the file system root, a
    /// home folder or the content must be refused like the folder itself.</param>
    private static void RefuseUnsafeFolder(string outDir, IReadOnlyList<string> candidates, IEnumerable<string> protectedDirs)
    {
        var homes = HomeFolders();
        var guarded = protectedDirs.Where(p => !string.IsNullOrEmpty(p))
            .Select(p => (Shown: p, Full: Path.TrimEndingDirectorySeparator(Path.GetFullPath(p))))
            .SelectMany(p => new[] { p, p with { Full = RealPath.Of(p.Full) } })
            .Distinct()
            .ToList();

        string? Reason(string candidate)
        {
            if (candidate == Path.GetPathRoot(candidate))
            {
                return "ファイルシステムの最上位です";
            }

            var parts = candidate.Split(Path.DirectorySeparatorChar);
            if (parts.Contains(StoreName))
            {
                return "別の build の出力の中です";
            }

            if (parts.Contains(".git") || (File.Exists(Path.Combine(candidate, "HEAD")) && Directory.Exists(Path.Combine(candidate, "objects")) && Directory.Exists(Path.Combine(candidate, "refs"))))
            {
                return "git が管理するフォルダです";
            }

            if (homes.Contains(candidate))
            {
                return "ホームフォルダです";
            }

            if (Directory.Exists(Path.Combine(candidate, ".git")) || File.Exists(Path.Combine(candidate, ".git")))
            {
                return "リポジトリの最上位のフォルダです";
            }

            foreach (var (shown, full) in guarded)
            {
                if (full == candidate || SafePath.IsInside(candidate, full) || SafePath.IsInside(full, candidate))
                {
                    return $"内容またはテンプレートのフォルダ（{Printable.Escape(shown)}）と重なります";
                }
            }

            return null;
        }

        if (candidates.Select(Reason).FirstOrDefault(r => r is not null) is { } reason)
        {
            throw new RefusedException($"出力先 {Printable.Escape(outDir)} には書き込みません（{reason}）。対処: 内容とテンプレートのフォルダの外に、作成物だけを置くフォルダを --out で指定してください（リポジトリの最上位からなら --out artifacts）。");
        }
    }

    /// <summary>This user's home folder and every account's in /etc/passwd, as written and as they really lead.</summary>
    private static HashSet<string> HomeFolders()
    {
        var homes = new List<string> { Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) };
        try
        {
            // name:password:uid:gid:comment:home:shell
            homes.AddRange(File.ReadLines("/etc/passwd").Select(l => l.Split(':')).Where(f => f.Length >= 7).Select(f => f[5]));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No account list: the user's own home folder is still guarded.
        }

        return [.. homes.Where(h => h.Length > 0 && Path.IsPathRooted(h))
            .Select(h => Path.TrimEndingDirectorySeparator(Path.GetFullPath(h)))
            .SelectMany(h => new[] { h, RealPath.Of(h) })];
    }
}
