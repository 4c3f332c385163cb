using System.Diagnostics;
using System.Text;
using ReportGen.Text;

namespace ReportGen.Xlsx;

/// <summary>
/// Which content a workbook was made from: the git commit when the folder is in a repository, and always a hash of the
/// files themselves (a commit says nothing of uncommitted edits).
/// </summary>
public sealed record ContentRevision(string Commit, string ContentHash)
{
    /// <summary>How the revision is named to people: a short commit, or the start of the hash.</summary>
    public string Label => Commit.Length > 0 ? "git " + Commit[..Math.Min(12, Commit.Length)] : "内容 " + ContentHash[..12];

    public static ContentRevision Of(string contentDir) => new(GitHead(contentDir), Hash(contentDir));

    /// <summary>SHA-256 over every file's path and bytes, in ordinal path order.</summary>
    public static string Hash(string contentDir)
    {
        var sha = new Sha256();
        foreach (var file in Directory.EnumerateFiles(contentDir, "*", SearchOption.AllDirectories)
                     .Select(f => (Full: f, Relative: Path.GetRelativePath(contentDir, f).Replace('\\', '/')))
                     .OrderBy(f => f.Relative, StringComparer.Ordinal))
        {
            sha.Append(Encoding.UTF8.GetBytes(file.Relative + "\0"));
            sha.Append(File.ReadAllBytes(file.Full));
            sha.Append([0]);
        }

        return Convert.ToHexStringLower(sha.Finish());
    }

    private static string GitHead(string contentDir)
    {
        try
        {
            var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = contentDir };
            foreach (var arg in new[] { "rev-parse", "HEAD" })
            {
                start.ArgumentList.Add(arg);
            }

            using var git = Process.Start(start);
            if (git is null)
            {
                return string.Empty;
            }

            var output = git.StandardOutput.ReadToEnd().Trim();
            git.StandardError.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0 && output.Length == 40 ? output : string.Empty;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No git on this machine: the hash alone identifies the content.
            return string.Empty;
        }
    }
}
