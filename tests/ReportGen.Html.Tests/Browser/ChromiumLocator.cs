namespace ReportGen.Html.Tests.Browser;

/// <summary>Which Chromium the browser tests drive, and why that one.</summary>
/// <param name="Path">The executable.</param>
/// <param name="Reason">Where the path came from, to print beside the test results.</param>
public sealed record ChromiumChoice(string Path, string Reason);

/// <summary>
/// Finds the browser for the tests: the executable named by <see cref="Variable"/> when it is set, otherwise the first
/// of the usual install paths that exists. Playwright must not download a browser of its own (it cannot here), and
/// Ubuntu's <c>/usr/bin/chromium-browser</c> is left out on purpose: it is a stub that asks for a snap.
/// </summary>
public static class ChromiumLocator
{
    public const string Variable = "REPORTGEN_CHROMIUM";

    public static readonly IReadOnlyList<string> UsualPaths =
    [
        "/usr/bin/chromium", // Debian's chromium
        "/usr/lib/chromium/chromium",
        "/usr/bin/google-chrome-stable", // Google's package, as on GitHub's hosted runners
        "/usr/bin/google-chrome",
        "/opt/google/chrome/chrome",
    ];

    public static ChromiumChoice Find() => Find(Environment.GetEnvironmentVariable, File.Exists);

    public static ChromiumChoice Find(Func<string, string?> environment, Func<string, bool> exists)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(exists);

        var configured = environment(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            // A setting that points nowhere is a mistake to report, not a reason to test another browser.
            return exists(configured)
                ? new ChromiumChoice(configured, $"{Variable}={configured}")
                : throw new InvalidOperationException($"{Variable} is set to {configured}, which does not exist.");
        }

        foreach (var path in UsualPaths)
        {
            if (exists(path))
            {
                return new ChromiumChoice(path, $"{path} (the first usual path that exists; set {Variable} to choose another)");
            }
        }

        throw new InvalidOperationException(
            $"No Chromium found at {string.Join(", ", UsualPaths)}. Install Debian's chromium (./build.sh does), or set {Variable} to a Chromium or Chrome executable.");
    }
}
