using System.Text;
using ReportGen.Text;

namespace ReportGen.Core.Tests;

/// <summary>The managed SHA-256 gives the runtime's digests: the hashes already recorded in published editions stay valid.</summary>
public class Sha256Tests
{
    [Fact]
    public void KnownVectors_FromFips180()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.HexOf("abc"));
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.HexOf(string.Empty));
        Assert.Equal("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", Sha256.HexOf("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
    }

    [Fact]
    public void EveryLengthAroundTheBlockSize_AndJapaneseText_MatchTheRuntimesDigest()
    {
        var random = new Random(12);
        for (var length = 0; length <= 300; length++)
        {
            var data = new byte[length];
            random.NextBytes(data);
            Assert.Equal(System.Security.Cryptography.SHA256.HashData(data), Sha256.Of(data));
        }

        const string text = "令和６年度予算：10.9億円（医療機器の研究開発）";
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text))), Sha256.HexOf(text));
    }

    [Fact]
    public void AppendedInPieces_IsTheDigestOfTheWhole_AndFinishStartsAgain()
    {
        var data = new byte[100_000];
        new Random(3).NextBytes(data);
        var sha = new Sha256();
        for (var i = 0; i < data.Length; i += 777)
        {
            sha.Append(data.AsSpan(i, Math.Min(777, data.Length - i)));
        }

        Assert.Equal(System.Security.Cryptography.SHA256.HashData(data), sha.Finish());
        sha.Append("abc"u8);
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Convert.ToHexStringLower(sha.Finish()));
    }
}

/// <summary>The commands hash with <see cref="Sha256"/>; one use of the runtime's cryptography loads OpenSSL again.</summary>
public class NoRuntimeCryptographyTests
{
    [Fact]
    public void NoSourceFile_UsesTheRuntimesCryptography()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Repo.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var users = files
            .Where(f => File.ReadAllText(f).Contains("System.Security.Cryptography", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Repo.Root, f))
            .ToList();

        Assert.Contains(files, f => f.EndsWith($"Text{Path.DirectorySeparatorChar}Sha256.cs", StringComparison.Ordinal));
        Assert.Empty(users);
    }
}
