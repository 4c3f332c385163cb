namespace ReportGen.Output;

/// <summary>Writes a build's files.</summary>
public static class OutputFile
{
    /// <summary>
    /// Makes <paramref name="bytes"/> the whole content of <paramref name="path"/>, created if it is not there, without
    /// emptying the file first. .NET's <see cref="FileMode.Create"/> (what <see cref="File.WriteAllBytes(string, byte[])"/>
    /// uses) empties the file with ftruncate(2) even when it has just been created, and ext4 takes a file emptied that way
    /// for one being replaced: it writes the file to disk when it is closed (its auto_da_alloc safeguard). A build of
    /// 3,000 pages into a new folder waited for 3,000 disk writes.
    /// </summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.Write);
        RandomAccess.Write(handle, bytes, 0);
        if (RandomAccess.GetLength(handle) > bytes.Length)
        {
            RandomAccess.SetLength(handle, bytes.Length);
        }
    }
}
