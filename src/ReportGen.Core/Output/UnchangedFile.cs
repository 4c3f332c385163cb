using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using ReportGen.Content;
using ReportGen.Paths;

namespace ReportGen.Output;

/// <summary>
/// Takes a file over from the previous build when its bytes have not changed: a hard link to the previous build's
/// file instead of a new file. A build renders into a new folder each time and removes the one before, so every
/// page used to be a new file, and every page of the previous build a deleted one; on a file system without a
/// journal (ext4 as some virtual machines mount it) creating a file next to thousands of recently deleted ones costs
/// a scan of them, about 0.25 ms a file. A link allocates nothing, the unchanged page keeps its date, and removing
/// the old folder then frees nothing either.
/// <para>
/// Only a file as this build would write it is taken over: a regular file, opened without following a link and
/// without waiting (a pipe), with one name only (not also linked from elsewhere, where it could change later), owned
/// by the user building and with the permissions a new file gets (no setuid, no world-writable page carried on). It
/// is compared byte for byte, and the very file that was opened and compared is linked (through
/// <c>/proc/self/fd</c>). The new path is always new, so nothing is ever written into a file that the previous build
/// also names. Anything unexpected (another system, no <c>/proc</c>, another file system) answers false and the caller
/// writes the file.
/// </para>
/// </summary>
/// <param name="previousRoot">The previous build's folder for this output (e.g. its <c>site/</c>).</param>
public sealed partial class UnchangedFile(string previousRoot)
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkFollow = 0x400;
    private const int ReadOnly = 0;
    private const int NonBlocking = 0x800;
    private const int CloseOnExec = 0x80000;

    /// <summary>Linux's O_NOFOLLOW, which differs between processors; 0 where it is not known here.</summary>
    private static readonly int NoFollow = RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 0x20000,
        Architecture.Arm64 => 0x8000,
        _ => 0,
    };

    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(previousRoot));

    /// <summary>Folders of the previous build already looked at: whether each is a real folder, not a link.</summary>
    private readonly Dictionary<string, bool> _realFolders = new(StringComparer.Ordinal);

    /// <summary>
    /// Links the previous build's <paramref name="relativePath"/> (a path inside the output that does not climb) as
    /// <paramref name="target"/>, which must not exist, if it is a regular file holding exactly
    /// <paramref name="bytes"/> and every folder on the way to it is a real folder; false, with nothing created,
    /// otherwise.
    /// </summary>
    public bool TryLink(string relativePath, string target, ReadOnlySpan<byte> bytes)
    {
        var previous = Path.GetFullPath(Path.Combine(_root, relativePath));
        var folder = Path.GetDirectoryName(previous);
        return folder is not null && previous.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && IsRealFolder(folder) && TryLinkFile(previous, target, bytes);
    }

    private bool IsRealFolder(string folder)
    {
        if (!_realFolders.TryGetValue(folder, out var real))
        {
            real = FileKinds.Of(folder, followLinks: false) == FileKind.Directory
                && (folder == _root || (Path.GetDirectoryName(folder) is { } parent && folder.StartsWith(_root, StringComparison.Ordinal) && IsRealFolder(parent)));
            _realFolders[folder] = real;
        }

        return real;
    }

    private static bool TryLinkFile(string previous, string target, ReadOnlySpan<byte> bytes)
    {
        if (!OperatingSystem.IsLinux() || NoFollow == 0 || FileKinds.Of(previous, followLinks: false) != FileKind.Regular)
        {
            return false;
        }

        var fd = Open(previous, ReadOnly | NoFollow | NonBlocking | CloseOnExec);
        if (fd < 0)
        {
            return false;
        }

        using var handle = new SafeFileHandle(fd, ownsHandle: true);
        try
        {
            if (!AsThisBuildWouldWriteIt(fd, bytes.Length) || !SameBytes(handle, bytes))
            {
                return false;
            }
        }
        catch (Exception e) when (e is IOException or NotSupportedException or UnauthorizedAccessException)
        {
            return false;
        }

        return LinkAt(AtFdCwd, "/proc/self/fd/" + fd.ToString(System.Globalization.CultureInfo.InvariantCulture), AtFdCwd, target, AtSymlinkFollow) == 0;
    }

    /// <summary>The permissions <see cref="File.WriteAllBytes(string, byte[])"/> gives a new file: 0666 less the umask.</summary>
    private static readonly int? NewFileMode = ReadUmask() is { } umask ? 0x1B6 & ~umask : null;

    private static int? ReadUmask()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Umask:", StringComparison.Ordinal));
            return line is null ? null : Convert.ToInt32(line["Umask:".Length..].Trim(), 8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// A regular file of <paramref name="length"/> bytes with one name, owned by this user, with a new file's
    /// permissions (statx on the open file).
    /// </summary>
    private static bool AsThisBuildWouldWriteIt(int fd, long length) =>
        NewFileMode is { } mode && FileStatus.Of(fd) is { } status
        && status.Links == 1 && status.Owner == FileStatus.EffectiveUser && status.IsRegularFile && status.Permissions == mode
        && status.Length == length;

    private static bool SameBytes(SafeFileHandle handle, ReadOnlySpan<byte> bytes)
    {
        // Rented: a rebuild compares every page of the site, thousands of buffers otherwise.
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Min(bytes.Length, 64 * 1024) + 1);
        try
        {
            return SameBytes(handle, bytes, buffer);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool SameBytes(SafeFileHandle handle, ReadOnlySpan<byte> bytes, byte[] buffer)
    {
        long offset = 0;
        while (true)
        {
            var read = RandomAccess.Read(handle, buffer, offset);
            if (read == 0)
            {
                return offset == bytes.Length;
            }

            if (offset + read > bytes.Length || !bytes.Slice((int)offset, read).SequenceEqual(buffer.AsSpan(0, read)))
            {
                return false;
            }

            offset += read;
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "linkat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LinkAt(int fromDirectory, string from, int toDirectory, string to, int flags);
}
