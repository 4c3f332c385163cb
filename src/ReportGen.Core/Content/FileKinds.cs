using System.Runtime.InteropServices;

namespace ReportGen.Content;

public enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    Device,
    Socket,
    Other,
}

/// <summary>
/// What a path is on disk, without opening it: opening a named pipe waits for a writer, and a device such as
/// <c>/dev/zero</c> never ends. .NET's public file API cannot tell a pipe or a device from a file, so this asks the
/// runtime's own native helper (<c>SystemNative_LStat</c>, the call behind <see cref="FileInfo"/>), whose mode field
/// carries the POSIX file type on every platform .NET runs on.
/// </summary>
public static partial class FileKinds
{
    private const int TypeMask = 0xF000;

    public static FileKind Of(string path, bool followLinks)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return Fallback(path);
        }

        // Room for the runtime's FileStatus struct (about 120 bytes); only Flags and Mode, the first two ints, are read.
        Span<byte> status = stackalloc byte[512];
        unsafe
        {
            fixed (byte* buffer = status)
            {
                var rc = followLinks ? Stat(path, buffer) : LStat(path, buffer);
                if (rc != 0)
                {
                    return FileKind.Missing;
                }
            }
        }

        var mode = BitConverter.ToInt32(status[4..8]) & TypeMask;
        return mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0x2000 or 0x6000 => FileKind.Device,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
    }

    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "フォルダ",
        FileKind.SymbolicLink => "シンボリックリンク",
        FileKind.Fifo => "名前付きパイプ",
        FileKind.Device => "デバイス",
        FileKind.Socket => "ソケット",
        FileKind.Missing => "リンク先がありません",
        _ => "特殊なファイル",
    };

    private static FileKind Fallback(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            return FileKind.SymbolicLink;
        }

        return Directory.Exists(path) ? FileKind.Directory : info.Exists ? FileKind.Regular : FileKind.Missing;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int LStat(string path, byte* output);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Stat(string path, byte* output);
}
