using System.Diagnostics;
using System.Net;
using System.Text;
using ReportGen.Content;
using ReportGen.Model;
using ReportGen.Pdf;

namespace ReportGen.Bench;

/// <summary>The seed edition as a PDF, rendered in-process.</summary>
public sealed class PdfSeedBenchmark : IBenchmark
{
    private Report? _report;

    public string Name => "pdf-seed";

    public string Description => "PdfRenderer.Render of the seed edition in-process; result = bytes";

    public void Setup(BenchContext context) =>
        _report = ContentLoader.Load(Path.Combine(context.RepoRoot, "content")).Report ?? throw new InvalidOperationException("content/ has errors");

    public long Run() => PdfRenderer.Render(_report!, _report!.LatestEdition!).Bytes.Length;
}

/// <summary>The whole command a user runs: <c>reportgen build</c> as a new process (start-up, load, render, write).</summary>
public sealed class PdfProcessBenchmark : IBenchmark
{
    private BenchContext? _context;
    private string _cli = string.Empty;

    public string Name => "pdf-process";

    public string Description => "`reportgen build` as a process (Release build); result = bytes";

    public void Setup(BenchContext context)
    {
        _context = context;
        _cli = Path.Combine(context.RepoRoot, "src", "ReportGen.Cli", "bin", "Release", "net10.0", "reportgen.dll");
        Peers.Run("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", Path.Combine(context.RepoRoot, "src", "ReportGen.Cli")], context.RepoRoot);
    }

    public long Run()
    {
        var output = Path.Combine(_context!.ScratchDir, "cli");
        Peers.Run("dotnet", ["exec", _cli, "build", "--out", output], _context.RepoRoot);
        return new FileInfo(Path.Combine(output, "2024.pdf")).Length;
    }
}

/// <summary>WeasyPrint (Debian's package) printing the same table from equivalent HTML.</summary>
public sealed class WeasyPrintPeerBenchmark : IBenchmark
{
    private string _html = string.Empty;
    private string _pdf = string.Empty;

    public string Name => "peer-weasyprint";

    public string Description => "weasyprint on an equivalent HTML table (A4 landscape, BIZ UDGothic); result = bytes";

    public void Setup(BenchContext context)
    {
        _html = EquivalentHtml.Write(context);
        _pdf = Path.Combine(context.ScratchDir, "weasyprint.pdf");
    }

    public long Run()
    {
        Peers.Run("weasyprint", [_html, _pdf], Path.GetDirectoryName(_html)!);
        return new FileInfo(_pdf).Length;
    }
}

/// <summary>Chromium's --print-to-pdf on the same equivalent HTML.</summary>
public sealed class ChromiumPeerBenchmark : IBenchmark
{
    private string _html = string.Empty;
    private string _pdf = string.Empty;
    private string _profile = string.Empty;

    public string Name => "peer-chromium";

    public string Description => "chromium --headless --print-to-pdf on the equivalent HTML table; result = bytes";

    public void Setup(BenchContext context)
    {
        _html = EquivalentHtml.Write(context);
        _pdf = Path.Combine(context.ScratchDir, "chromium.pdf");
        _profile = Path.Combine(context.ScratchDir, "chromium-profile");
    }

    public long Run()
    {
        Peers.Run(
            Peers.Chromium,
            ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
             "--user-data-dir=" + _profile, "--no-pdf-header-footer", "--print-to-pdf=" + _pdf, new Uri(_html).AbsoluteUri],
            Path.GetDirectoryName(_html)!);
        return new FileInfo(_pdf).Length;
    }
}

/// <summary>Runs another program and fails loudly when it fails, so a missing peer is not timed as fast.</summary>
internal static class Peers
{
    /// <summary>The browser the tests use too: REPORTGEN_CHROMIUM when set, else Debian's <c>chromium</c> on PATH.</summary>
    public static string Chromium => Environment.GetEnvironmentVariable("REPORTGEN_CHROMIUM") is { Length: > 0 } configured ? configured : "chromium";

    public static void Run(string program, IEnumerable<string> arguments, string directory)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdout.Result;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {stderr}");
        }
    }
}

/// <summary>
/// The seed edition as one plain HTML table with print CSS, for the peers: the same text, columns, fonts and page
/// set-up as the PDF, a header row repeated on every page, nothing else.
/// </summary>
internal static class EquivalentHtml
{
    public static string Write(BenchContext context) =>
        Write(context, ContentLoader.Load(Path.Combine(context.RepoRoot, "content")).Report!);

    public static string Write(BenchContext context, Report report)
    {
        var path = Path.Combine(context.ScratchDir, "table.html");
        if (File.Exists(path))
        {
            return path;
        }

        var edition = report.LatestEdition!;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>").Append(E(edition.Title)).Append("</title><style>")
            .Append("@page{size:A4 landscape;margin:12mm 10mm}body{font-family:'BIZ UDGothic';font-size:8pt;line-height:1.45}")
            .Append("table{border-collapse:collapse;width:100%}th,td{border:.5pt solid #000;padding:2.5pt 4.5pt;vertical-align:top}")
            .Append("thead{display:table-header-group}th{background:#e4e4e4;text-align:left}ul{margin:0;padding-left:1em;list-style:'・'}")
            .Append("</style></head><body><h1 style=\"font-size:13pt\">").Append(E(edition.Title)).Append("</h1><table><thead><tr>");
        foreach (var c in edition.Columns)
        {
            sb.Append("<th style=\"width:").Append(c.Width).Append("%\">").Append(E(c.Header)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        var span = edition.Columns.Count;
        foreach (var section in report.Sections)
        {
            sb.Append("<tr><td colspan=\"").Append(span).Append("\"><b>（").Append(section.Number).Append('）').Append(E(section.Title)).Append("</b></td></tr>");
            foreach (var goal in section.Goals.Where(g => !g.IsRepeat))
            {
                sb.Append("<tr><td colspan=\"").Append(span).Append("\"><b>【").Append(E(goal.Title)).Append("】</b></td></tr>");
                foreach (var m in report.MeasuresOf(goal))
                {
                    sb.Append("<tr>");
                    foreach (var c in edition.Columns)
                    {
                        var year = c.Year is { } y ? m.Year(y) : null;
                        sb.Append("<td>").Append(c.Kind switch
                        {
                            ColumnKind.Text => (m.Title is null ? string.Empty : "<b>" + E(m.Title) + "</b><br>") + E(m.Text + m.Marker),
                            ColumnKind.Results => List(year?.Results),
                            ColumnKind.Plans => List(year?.Plans),
                            _ => E(year?.Offices?.Text ?? "－"),
                        }).Append("</td>");
                    }

                    sb.Append("</tr>");
                }
            }
        }

        sb.Append("</tbody></table></body></html>");
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    private static string List(RichText? text) =>
        text is null ? "－" : "<ul>" + string.Concat(text.Blocks.Select(b => "<li>" + E(b.Text).Replace("\n", "<br>", StringComparison.Ordinal) + "</li>")) + "</ul>";

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
