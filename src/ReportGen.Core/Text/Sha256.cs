using System.Text;
using Org.BouncyCastle.Crypto.Digests;

namespace ReportGen.Text;

/// <summary>
/// SHA-256, computed in managed code by BouncyCastle. The runtime's <c>SHA256</c> calls OpenSSL, and loading and
/// initialising OpenSSL costs every command about 4 MB of memory and a few milliseconds, for hashing a few kilobytes
/// (the published cells of an edition, long page names, a workbook's content). The digests are the same.
/// </summary>
public sealed class Sha256
{
    private readonly Sha256Digest _digest = new();

    /// <summary>The lowercase hex SHA-256 of <paramref name="text"/> in UTF-8.</summary>
    public static string HexOf(string text) => Convert.ToHexStringLower(Of(Encoding.UTF8.GetBytes(text)));

    public static byte[] Of(ReadOnlySpan<byte> data)
    {
        var sha = new Sha256();
        sha.Append(data);
        return sha.Finish();
    }

    public void Append(ReadOnlySpan<byte> data) => _digest.BlockUpdate(data);

    /// <summary>The digest of everything appended; the object starts again empty.</summary>
    public byte[] Finish()
    {
        var hash = new byte[_digest.GetDigestSize()];
        _digest.DoFinal(hash);
        return hash;
    }
}
