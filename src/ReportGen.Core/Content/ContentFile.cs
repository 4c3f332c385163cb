using System.Text;

namespace ReportGen.Content;

/// <summary>Reads a content file as UTF-8 text, refusing what an editor's tool may have produced by mistake.</summary>
internal static class ContentFile
{
    /// <summary>Content files are a few kilobytes; anything near this size is a mistake, not a measure.</summary>
    public const long MaxBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static ContentFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text with BOM removed and CRLF/CR turned into LF, or the reason it cannot be read.</summary>
    public static (string? Text, string? Error, string? Hint) Read(string path)
    {
        var kind = FileKinds.Of(path, followLinks: true);
        if (kind != FileKind.Regular)
        {
            return (null, $"通常のファイルではありません（{FileKinds.Describe(kind)}）。", "内容ファイルは通常のテキストファイルとして保存してください。");
        }

        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            return TooLarge(length);
        }

        // The size on disk can change between the check and the read; never read more than the limit allows. The
        // buffer starts at the size on disk (plus one byte, to notice growth) rather than at the limit: a megabyte for
        // each of thousands of small files was most of what loading allocated. It is rented, and given back once the
        // text is decoded: thousands of files need only a few buffers.
        var pool = System.Buffers.ArrayPool<byte>.Shared;
        var buffer = pool.Rent((int)length + 1);
        try
        {
            var total = 0;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1))
            {
                while (true)
                {
                    var room = (int)Math.Min(buffer.Length, MaxBytes + 1) - total;
                    if (room == 0)
                    {
                        if (total > MaxBytes)
                        {
                            break;
                        }

                        var larger = pool.Rent((int)Math.Min(buffer.Length * 2L, MaxBytes + 1));
                        buffer.AsSpan(0, total).CopyTo(larger);
                        pool.Return(buffer);
                        buffer = larger;
                        continue;
                    }

                    var read = stream.Read(buffer, total, room);
                    if (read == 0)
                    {
                        break;
                    }

                    total += read;
                }

                if (total > MaxBytes)
                {
                    return TooLarge(total);
                }
            }

            return Decode(buffer.AsSpan(0, total));
        }
        finally
        {
            pool.Return(buffer);
        }
    }

    private static (string? Text, string? Error, string? Hint) Decode(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes[start..]);
        }
        catch (DecoderFallbackException)
        {
            var hint = LooksLikeShiftJis(bytes)
                ? "Shift_JIS で保存されているようです。エディタで文字コードを UTF-8 にして保存し直してください。"
                : "エディタで文字コードを UTF-8 にして保存し直してください。";
            return (null, "ファイルが UTF-8 ではありません。", hint);
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return (null, "ファイルに NUL 文字が含まれています（テキストファイルではないようです）。", "UTF-8 のテキストとして保存し直してください。");
        }

        return (text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), null, null);
    }

    private static (string? Text, string? Error, string? Hint) TooLarge(long length) =>
        (null,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ファイルが大きすぎます（{length / 1024.0 / 1024.0:0.0} MB、上限 {MaxBytes / 1024 / 1024} MB）。"),
            "内容ファイルではないものが置かれていないか確認してください。");

    private static bool LooksLikeShiftJis(ReadOnlySpan<byte> bytes)
    {
        try
        {
            var sjis = Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            var decoded = sjis.GetString(bytes);
            return decoded.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF');
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
