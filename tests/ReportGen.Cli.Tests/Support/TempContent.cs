using System.Text;

namespace ReportGen.Cli.Tests.Support;

/// <summary>A copy of a fixture content folder in a temporary directory, removed after the test.</summary>
public sealed class TempContent : IDisposable
{
    private TempContent(string root) => Root = root;

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    public static TempContent Minimal()
    {
        var temp = new TempContent(Directory.CreateTempSubdirectory("reportgen-test-").FullName);
        CopyDirectory(Repo.Fixture("minimal-content"), temp.Content);
        return temp;
    }

    /// <summary>A copy of the real content: the published 2024 edition and its measures.</summary>
    public static TempContent Real()
    {
        var temp = new TempContent(Directory.CreateTempSubdirectory("reportgen-test-").FullName);
        CopyDirectory(Repo.Content, temp.Content);
        return temp;
    }

    public string PathOf(string relative) => Path.Combine(Content, relative);

    public void Write(string relative, string text) => File.WriteAllText(PathOf(relative), text, new UTF8Encoding(false));

    public void WriteBytes(string relative, byte[] bytes) => File.WriteAllBytes(PathOf(relative), bytes);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        Write(relative, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    public static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

/// <summary>Runs <c>reportgen</c> in-process and captures what it prints.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun Of(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
