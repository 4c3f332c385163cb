using System.Text;

namespace ReportGen.Tests.Common;

/// <summary>
/// A copy of a content folder (a fixture or the real content) in a temporary directory, as <c>Root/content</c>, for
/// tests that edit content files; removed after the test. Reports made in code come from <see cref="TestData"/>.
/// </summary>
public sealed class TempContent : IDisposable
{
    private TempContent(string root) => Root = root;

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    /// <summary>A copy of <paramref name="contentDir"/>; <paramref name="prefix"/> names the temporary directory.</summary>
    public static TempContent Of(string contentDir, string prefix = "reportgen-test-")
    {
        var temp = new TempContent(Directory.CreateTempSubdirectory(prefix).FullName);
        CopyDirectory(contentDir, temp.Content);
        return temp;
    }

    /// <summary>A copy of tests/fixtures/minimal-content.</summary>
    public static TempContent Minimal() => Of(Repo.Fixture("minimal-content"));

    /// <summary>A copy of the real content: the published 2024 edition and its measures.</summary>
    public static TempContent Real() => Of(Repo.Content);

    public string PathOf(string relative) => Path.Combine(Content, relative);

    public void Write(string relative, string text) => File.WriteAllText(PathOf(relative), text, new UTF8Encoding(false));

    public void WriteBytes(string relative, byte[] bytes) => File.WriteAllBytes(PathOf(relative), bytes);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Replaces text that must be in the file, so a fixture that changed under a test fails it loudly.</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        Write(relative, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>Copies a folder with everything in it, empty folders included.</summary>
    public static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
