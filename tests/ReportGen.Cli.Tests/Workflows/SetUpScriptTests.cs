using System.Diagnostics;

namespace ReportGen.Cli.Tests.Workflows;

/// <summary>
/// <c>.devcontainer/setup-debian.sh</c> on the systems it knows and on one it does not. The system is given by
/// REPORTGEN_OS_RELEASE (an os-release file) and apt-get, dpkg-query and sudo are stand-ins that only record that they
/// were called, so nothing is installed whatever the script does.
/// </summary>
public sealed class SetUpScriptTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("reportgen-setup-");

    public void Dispose() => _temp.Delete(recursive: true);

    private string Calls => Path.Combine(_temp.FullName, "calls.txt");

    private (int ExitCode, string Stderr) Run(string osRelease, params string[] args)
    {
        var bin = Directory.CreateDirectory(Path.Combine(_temp.FullName, "bin")).FullName;
        foreach (var tool in new[] { "apt-get", "apt-cache", "dpkg-query", "sudo" })
        {
            var path = Path.Combine(bin, tool);
            File.WriteAllText(path, $"#!/bin/sh\necho {tool} \"$@\" >> '{Calls}'\nexit 0\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        var release = Path.Combine(_temp.FullName, "os-release");
        File.WriteAllText(release, osRelease);
        var start = new ProcessStartInfo("bash", [Path.Combine(Repo.Root, ".devcontainer", "setup-debian.sh"), .. args]) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["REPORTGEN_OS_RELEASE"] = release;
        start.Environment.Remove("REPORTGEN_SKIP_APT");
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stderr);
    }

    [Theory]
    [InlineData("ID=debian\nVERSION_ID=\"12\"\nVERSION_CODENAME=bookworm\n")]
    [InlineData("ID=debian\nVERSION_ID=\"13\"\nVERSION_CODENAME=trixie\n")]
    public void Check_AcceptsDebian12And13(string osRelease)
    {
        var (exitCode, stderr) = Run(osRelease, "--check");

        Assert.True(exitCode == 0, stderr);
        Assert.False(File.Exists(Calls));
    }

    [Theory]
    [InlineData("ID=ubuntu\nID_LIKE=debian\nVERSION_ID=\"24.04\"\nVERSION_CODENAME=noble\n", "ubuntu 24.04")]
    [InlineData("ID=debian\nVERSION_ID=\"11\"\nVERSION_CODENAME=bullseye\n", "debian 11")]
    public void OnAnotherSystem_ItInstallsNothing_AndNamesWhatToInstall(string osRelease, string system)
    {
        var (exitCode, stderr) = Run(osRelease, "--sdk");

        Assert.Equal(1, exitCode);
        Assert.False(File.Exists(Calls), "the script called " + (File.Exists(Calls) ? File.ReadAllText(Calls) : string.Empty));
        Assert.Contains(system, stderr, StringComparison.Ordinal);
        Assert.Contains("installed nothing", stderr, StringComparison.Ordinal);
        foreach (var needed in new[] { "global.json", "fonts-morisawa-bizud-gothic", "fonts-noto-cjk", "poppler-utils", "qpdf", "REPORTGEN_CHROMIUM", "Node.js", "REPORTGEN_SKIP_APT=1" })
        {
            Assert.Contains(needed, stderr, StringComparison.Ordinal);
        }
    }
}
