using System.Text;

namespace ReportGen.Html.Site;

/// <summary>
/// Writes the site's files below the output folder and counts their bytes. Text is UTF-8 without a byte order mark
/// and with the line ends the templates have, so two builds of the same content are byte for byte the same.
/// </summary>
internal sealed class SiteOutput(string outputDir)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _root = Path.GetFullPath(outputDir);

    public long Bytes { get; private set; }

    public void WriteText(string relativePath, string text)
    {
        var bytes = Utf8.GetBytes(text);
        File.WriteAllBytes(Target(relativePath), bytes);
        Bytes += bytes.Length;
    }

    public void Copy(string relativePath, string sourceFile)
    {
        var target = Target(relativePath);
        File.Copy(sourceFile, target, overwrite: true);
        Bytes += new FileInfo(target).Length;
    }

    private string Target(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(_root, relativePath));

        // Paths come from slugs, which cannot climb; this guards against a future caller that forgets.
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write outside the site folder: {relativePath}");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }
}
