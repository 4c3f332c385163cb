using System.ComponentModel;
using System.Diagnostics;
using System.Formats.Tar;

namespace ReportGen.Diff;

/// <summary>Why the content at a git revision could not be had.</summary>
public sealed class GitContentException(string message, bool isUsageError) : Exception(message)
{
    /// <summary>The revision itself is wrong (unknown, or looks like an option), rather than git or the repository.</summary>
    public bool IsUsageError { get; } = isUsageError;
}

/// <summary>
/// The content folder as it was at a git revision, for comparing a pull request with its base. Uses the git command
/// (<c>git archive</c>), which every checkout and CI runner has, rather than a library that would bring native code.
/// </summary>
public static class GitContent
{
    /// <summary>Extracts the content folder at <paramref name="revision"/> into <paramref name="targetDir"/>.</summary>
    /// <param name="contentDir">The content folder in the working tree; its path in the repository is the one extracted.</param>
    /// <returns>The extracted content folder and a label for headings, e.g. <c>main:content</c>.</returns>
    public static (string ContentDir, string Origin) Extract(string contentDir, string revision, string targetDir)
    {
        // A revision such as --output=… would be read by git as an option.
        if (revision.Length == 0 || revision.StartsWith('-'))
        {
            throw new GitContentException($"git の版「{revision}」は使えません。ブランチ名・タグ・コミット（例: main, HEAD~1）を指定してください。", isUsageError: true);
        }

        var fullContent = Path.GetFullPath(contentDir);
        if (!Directory.Exists(fullContent))
        {
            throw new GitContentException($"内容フォルダ {contentDir} がありません。", isUsageError: false);
        }

        var (rootCode, rootOut, rootErr) = Run(fullContent, "rev-parse", "--show-toplevel");
        if (rootCode != 0)
        {
            throw new GitContentException($"{contentDir} は git のリポジトリの中にありません（{FirstLine(rootErr)}）。", isUsageError: false);
        }

        var root = System.Text.Encoding.UTF8.GetString(rootOut).Trim();
        var relative = Path.GetRelativePath(root, fullContent).Replace('\\', '/');
        var (verifyCode, _, _) = Run(root, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
        if (verifyCode != 0)
        {
            throw new GitContentException($"git の版「{revision}」が見つかりません。ブランチ名・タグ・コミットを確認してください（浅い clone では git fetch が必要なことがあります）。", isUsageError: true);
        }

        var arguments = relative == "." ? new[] { "archive", "--format=tar", revision } : ["archive", "--format=tar", revision, "--", relative];
        var (archiveCode, tar, archiveErr) = Run(root, arguments);
        if (archiveCode != 0)
        {
            throw new GitContentException($"版「{revision}」に {relative} がありません（{FirstLine(archiveErr)}）。", isUsageError: false);
        }

        using (var stream = new MemoryStream(tar))
        {
            TarFile.ExtractToDirectory(stream, targetDir, overwriteFiles: false);
        }

        return (relative == "." ? targetDir : Path.Combine(targetDir, relative), $"{revision}:{relative}");
    }

    private static (int ExitCode, byte[] Output, string Error) Run(string workingDir, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            return (process.ExitCode, output.ToArray(), error.GetAwaiter().GetResult());
        }
        catch (Win32Exception)
        {
            throw new GitContentException("git が見つかりません。git をインストールしてください（Debian: apt-get install git）。", isUsageError: false);
        }
    }

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "理由不明";
}
