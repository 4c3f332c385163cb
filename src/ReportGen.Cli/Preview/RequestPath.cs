using System.Text;

namespace ReportGen.Cli.Preview;

/// <summary>
/// The path of a request target, percent-decoded strictly: <c>%</c> must be followed by two hex digits, the bytes
/// must be UTF-8, and the result may contain no NUL, no other control character and no backslash. Anything else is
/// null, which the server answers with 400: a lenient decoder would pass such a path on to the file system.
/// </summary>
public static class RequestPath
{
    public static string? Decode(string rawTarget)
    {
        var end = rawTarget.AsSpan().IndexOfAny('?', '#');
        var target = end < 0 ? rawTarget : rawTarget[..end];
        if (target.Length == 0 || target[0] != '/')
        {
            return null;
        }

        var bytes = new List<byte>(target.Length);
        for (var i = 0; i < target.Length; i++)
        {
            var c = target[i];
            if (c == '%')
            {
                if (i + 2 >= target.Length || !Uri.IsHexDigit(target[i + 1]) || !Uri.IsHexDigit(target[i + 2]))
                {
                    return null;
                }

                bytes.Add((byte)((Uri.FromHex(target[i + 1]) << 4) | Uri.FromHex(target[i + 2])));
                i += 2;
            }
            else if (c > 0x7F)
            {
                // Kestrel hands over raw bytes as Latin-1; a browser always percent-encodes them.
                return null;
            }
            else
            {
                bytes.Add((byte)c);
            }
        }

        string path;
        try
        {
            path = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString([.. bytes]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        return path.Any(ch => char.IsControl(ch) || ch == '\\') ? null : path;
    }
}
