using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ReportGen.Paths;

/// <summary>
/// What the kernel says of an open file (statx on its descriptor): how many names it has, whose it is, its type and
/// permissions, and its size. Asked of the file already opened, so nothing can be swapped in between the check and
/// the use.
/// </summary>
public readonly partial record struct FileStatus(uint Links, uint Owner, int Mode, long Length)
{
    public bool IsRegularFile => (Mode & 0xF000) == 0x8000;

    /// <summary>The permission bits (rwx for owner, group and others, with setuid, setgid and sticky).</summary>
    public int Permissions => Mode & 0xFFF;

    /// <summary>The status of the open file <paramref name="handle"/>, or null if the kernel does not answer.</summary>
    public static FileStatus? Of(SafeFileHandle handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            return Of((int)handle.DangerousGetHandle());
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    /// <summary>The status of the open file descriptor <paramref name="fd"/>, or null if the kernel does not answer.</summary>
    public static unsafe FileStatus? Of(int fd)
    {
        const int EmptyPath = 0x1000;
        const uint BasicStats = 0x7ff;

        // struct statx: stx_nlink at 16, stx_uid at 20, stx_mode (16 bits) at 28, stx_size at 40; the same on every
        // processor.
        var buffer = stackalloc byte[256];
        if (Statx(fd, string.Empty, EmptyPath, BasicStats, buffer) != 0)
        {
            return null;
        }

        return new FileStatus(*(uint*)(buffer + 16), *(uint*)(buffer + 20), *(ushort*)(buffer + 28), (long)*(ulong*)(buffer + 40));
    }

    /// <summary>The effective user id of this process: the owner of the files it creates.</summary>
    public static uint EffectiveUser => GetEffectiveUserId();

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Statx(int directory, string path, int flags, uint mask, byte* buffer);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();
}
