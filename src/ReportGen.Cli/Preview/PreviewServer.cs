using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using ReportGen.Content;
using ReportGen.Diagnostics;
using ReportGen.Html;
using ReportGen.Pdf;
using ReportGen.Pdf.Fonts;

namespace ReportGen.Cli.Preview;

/// <summary>
/// The local preview behind <c>reportgen serve</c>: builds the site into a temporary folder, serves it on
/// 127.0.0.1, rebuilds when a file under content/ or templates/ changes, and tells open pages to reload through a
/// server-sent event stream. When the content has errors the pages show them instead, and the server keeps running.
/// <para>
/// Any web page the editor has open can send requests to 127.0.0.1, so the server is built to stay up: Kestrel
/// bounds the request line, the headers and the time to send them; the path is percent-decoded strictly (a NUL, a
/// control character or an invalid sequence is a 400); nothing from the request is echoed; and one rebuild runs at a
/// time, saves made meanwhile being coalesced into the next one.
/// </para>
/// </summary>
public sealed class PreviewServer : IDisposable
{
    private const string ReloadPath = "/__reportgen/events";
    private const string TempPrefix = "reportgen-serve-";

    /// <summary>Appended to every HTML page: reload when the server says the site was rebuilt.</summary>
    private const string ReloadScript =
        "<script>new EventSource('" + ReloadPath + "').onmessage=function(){location.reload();};</script>";

    private readonly string _contentDir;
    private readonly string _templatesDir;
    private readonly TextWriter _log;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Lock _gate = new();
    private readonly List<Channel<int>> _subscribers = [];
    private readonly Channel<bool> _rebuilds = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stopping = new();
    private readonly string _root;
    private WebApplication? _app;
    private Task? _rebuildLoop;
    private string? _siteDir;
    private IReadOnlyList<Diagnostic> _errors = [];
    private IReadOnlyList<Diagnostic> _warnings = [];
    private Timer? _debounce;
    private int _generation;
    private int _running;
    private int _mostAtOnce;
    private int _buildNumber;

    public PreviewServer(string contentDir, string templatesDir, int port, TextWriter log)
    {
        _contentDir = contentDir;
        _templatesDir = templatesDir;
        _log = TextWriter.Synchronized(log);
        Port = port;
        RemoveAbandonedFolders();
        _root = Directory.CreateTempSubdirectory(TempPrefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-").FullName;
    }

    public int Port { get; }

    /// <summary>How many builds have finished; pages reload when it changes.</summary>
    public int Generation => Volatile.Read(ref _generation);

    /// <summary>Time the last build took, for the console and the tests.</summary>
    public TimeSpan LastBuild { get; private set; }

    /// <summary>The most rebuilds that ever ran at the same time; one, by construction.</summary>
    public int MostRebuildsAtOnce => Volatile.Read(ref _mostAtOnce);

    /// <summary>The temporary folder the site is built in; removed by <see cref="Dispose"/>.</summary>
    public string TempFolder => _root;

    public void Start()
    {
        Rebuild();
        _rebuildLoop = Task.Run(RebuildLoop);
        foreach (var dir in new[] { _contentDir, _templatesDir }.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(dir) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.DirectoryName };
            watcher.Changed += (_, _) => Schedule();
            watcher.Created += (_, _) => Schedule();
            watcher.Deleted += (_, _) => Schedule();
            watcher.Renamed += (_, _) => Schedule();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = _root, Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // localhost is both loopbacks: browsers try ::1 first. Never any other interface.
            kestrel.Listen(IPAddress.Loopback, Port);
            if (Socket.OSSupportsIPv6)
            {
                kestrel.Listen(IPAddress.IPv6Loopback, Port);
            }

            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 50;
            kestrel.Limits.MaxRequestBodySize = 0;
            kestrel.Limits.MaxConcurrentConnections = 64;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
        });
        _app = builder.Build();
        _app.Run(Handle);
        _app.StartAsync().GetAwaiter().GetResult();
    }

    /// <summary>Editors save a file in several writes; wait until they stop for a moment, then ask for one rebuild.</summary>
    private void Schedule()
    {
        lock (_gate)
        {
            _debounce?.Dispose();
            _debounce = new Timer(_ => _rebuilds.Writer.TryWrite(true), null, 40, Timeout.Infinite);
        }
    }

    /// <summary>The only caller of <see cref="Rebuild"/> after start: a save during a rebuild waits for the next one.</summary>
    private async Task RebuildLoop()
    {
        try
        {
            while (await _rebuilds.Reader.WaitToReadAsync(_stopping.Token).ConfigureAwait(false))
            {
                _rebuilds.Reader.TryRead(out _);
                Rebuild();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private void Rebuild()
    {
        var running = Interlocked.Increment(ref _running);
        InterlockedMax(ref _mostAtOnce, running);
        try
        {
            RebuildOnce();
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    private void RebuildOnce()
    {
        var watch = Stopwatch.StartNew();
        var errors = new List<Diagnostic>();
        string? site = null;
        var dir = Path.Combine(_root, "site-" + Interlocked.Increment(ref _buildNumber).ToString(CultureInfo.InvariantCulture));
        var warnings = new List<Diagnostic>();
        Task? pdf = null;
        try
        {
            var result = ContentLoader.Load(_contentDir);
            errors.AddRange(result.Diagnostics.Where(d => d.Severity == Severity.Error));
            warnings.AddRange(Commands.Triage.Of(result, _contentDir).Warnings);
            if (result.Report is { } report)
            {
                // The deliverable is the PDF: the newest edition's is rendered beside the site, as build does, and the
                // site links to it.
                var pdfs = new Dictionary<string, string>();
                if (report.LatestEdition is { } edition)
                {
                    var pdfPath = Path.Combine(_root, "pdf-" + Path.GetFileName(dir) + ".pdf");
                    pdfs[edition.Id] = pdfPath;
                    pdf = Task.Run(() => File.WriteAllBytes(pdfPath, PdfRenderer.Render(report, edition).Bytes));
                }

                var overrides = Path.Combine(_contentDir, "templates");
                SiteBuilder.Build(report, new SiteOptions(_templatesDir, Directory.Exists(overrides) ? overrides : null, dir, pdfs), pdf ?? Task.CompletedTask);
                site = dir;
            }
        }
        catch (FontNotFoundException e)
        {
            errors.Add(new Diagnostic(Severity.Error, _contentDir, 0, 0, e.Message, "フォントを入れてから保存し直してください。"));
        }
        catch (TemplateException e)
        {
            errors.Add(new Diagnostic(Severity.Error, e.File, e.Line, e.Column, e.Message));
        }
        catch (Exception e)
        {
            // Whatever went wrong, the preview keeps serving the last good site and says what happened.
            errors.Add(new Diagnostic(Severity.Error, _contentDir, 0, 0, $"サイトを作れませんでした（{e.GetType().Name}: {e.Message}）。", "保存し直すと、もう一度作ります。"));
        }

        string? previous;
        lock (_gate)
        {
            previous = _siteDir;
            _siteDir = site ?? _siteDir;
            _errors = errors;
            _warnings = warnings;
            LastBuild = watch.Elapsed;
            Interlocked.Increment(ref _generation);
        }

        TryDelete(site is null ? dir : previous);
        try
        {
            pdf?.Wait();
        }
        catch (AggregateException)
        {
            // Reported with the site's errors on the next save; the page still shows the last good site.
        }

        TryDelete(Path.Combine(_root, "pdf-" + Path.GetFileName(dir) + ".pdf"));
        foreach (var d in errors.Concat(warnings))
        {
            _log.WriteLine(d);
        }

        var summary = errors.Count > 0 ? $"エラー {errors.Count} 件" : warnings.Count > 0 ? $"更新しました（警告 {warnings.Count} 件）" : "更新しました";
        _log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reportgen serve: {summary}（{watch.Elapsed.TotalMilliseconds:0} ms）"));
        Notify();
    }

    private static void TryDelete(string? dir)
    {
        try
        {
            if (dir is not null && Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A page being read right now; the folder goes with the rest of the temporary folder at the end.
        }
    }

    private void Notify()
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(Generation);
            }
        }
    }

    private async Task Handle(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            await Plain(response, 405, "GET だけを受け付けます。");
            return;
        }

        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "/";
        var path = RequestPath.Decode(rawTarget);
        if (path is null)
        {
            await Plain(response, 400, "URL を読めません。");
            return;
        }

        if (path == ReloadPath)
        {
            await Events(context);
            return;
        }

        string? site;
        IReadOnlyList<Diagnostic> errors;
        lock (_gate)
        {
            site = _siteDir;
            errors = _errors;
        }

        if (errors.Count > 0 && (path.EndsWith('/') || path.EndsWith(".html", StringComparison.Ordinal)))
        {
            await Body(response, 200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(ErrorPage(errors)));
            return;
        }

        byte[] bytes;
        string? file;
        try
        {
            file = site is null ? null : Resolve(site, path);
            bytes = file is null ? [] : await File.ReadAllBytesAsync(file, context.RequestAborted);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The folder was replaced by a rebuild while this request read it; the page reloads anyway.
            file = null;
            bytes = [];
        }

        if (file is null)
        {
            await Plain(response, 404, "見つかりません。");
            return;
        }

        var type = ContentType(file);
        if (type.StartsWith("text/html", StringComparison.Ordinal))
        {
            IReadOnlyList<Diagnostic> warnings;
            lock (_gate)
            {
                warnings = _warnings;
            }

            var html = Encoding.UTF8.GetString(bytes);
            var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            html = at < 0 ? html + ReloadScript : html[..at] + ReloadScript + html[at..];
            var body = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase) is var b and >= 0 ? html.IndexOf('>', b) + 1 : 0;
            bytes = Encoding.UTF8.GetBytes(warnings.Count == 0 ? html : html[..body] + WarningBanner(warnings) + html[body..]);
        }

        await Body(response, 200, type, bytes);
    }

    private async Task Events(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        var channel = Channel.CreateBounded<int>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            _subscribers.Add(channel);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            await response.WriteAsync(": connected\n\n", stop.Token);
            await response.Body.FlushAsync(stop.Token);
            await foreach (var generation in channel.Reader.ReadAllAsync(stop.Token))
            {
                await response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"data: {generation}\n\n"), stop.Token);
                await response.Body.FlushAsync(stop.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The page was closed or the server is stopping.
        }
        finally
        {
            lock (_gate)
            {
                _subscribers.Remove(channel);
            }
        }
    }

    /// <summary>A file inside the site folder, never outside it.</summary>
    private static string? Resolve(string site, string path)
    {
        var relative = path.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        var full = Path.GetFullPath(Path.Combine(site, relative));
        return full.StartsWith(Path.GetFullPath(site) + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".pdf" => "application/pdf",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };

    /// <summary>
    /// The warnings of the files being edited, above every page of the preview, so a typo such as 「6.0憶円」 is seen
    /// while it is written, not in the pull request. The published site never has this banner.
    /// </summary>
    private static string WarningBanner(IReadOnlyList<Diagnostic> warnings)
    {
        var items = string.Concat(warnings.Take(20).Select(w =>
            "<li><code>" + WebUtility.HtmlEncode($"{w.File}:{w.Line}:{w.Column}") + "</code> " + WebUtility.HtmlEncode(w.Message)
            + (string.IsNullOrEmpty(w.Hint) ? string.Empty : "<br>対処: " + WebUtility.HtmlEncode(w.Hint)) + "</li>"));
        var more = warnings.Count > 20 ? $"<li>ほか {warnings.Count - 20} 件（reportgen check で一覧）</li>" : string.Empty;
        return "<div class=\"reportgen-warnings\" role=\"status\" style=\"background:#fff8e1;border:2px solid #8a6d00;color:#1a1a1a;padding:.5rem 1rem;margin:0;font-size:.9rem\">"
            + $"<details{(warnings.Count <= 5 ? " open" : string.Empty)}><summary><strong>警告 {warnings.Count} 件</strong>（プレビューだけに表示しています）</summary><ul style=\"margin:.25rem 0\">{items}{more}</ul></details></div>";
    }

    private static string ErrorPage(IReadOnlyList<Diagnostic> errors)
    {
        var items = string.Concat(errors.Select(e => "<li><code>" + WebUtility.HtmlEncode(e.ToString()) + "</code></li>"));
        return "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>内容にエラーがあります</title></head>"
            + "<body><h1>内容にエラーがあります</h1><p>直して保存すると、このページは自動で更新されます。</p><ul>" + items + "</ul>"
            + ReloadScript + "</body></html>";
    }

    private static Task Plain(HttpResponse response, int status, string text) =>
        Body(response, status, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text));

    private static async Task Body(HttpResponse response, int status, string type, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(response.HttpContext.Request.Method))
        {
            await response.Body.WriteAsync(body);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }

    /// <summary>Temporary folders of servers that were killed (their process is gone), so they do not pile up.</summary>
    private static void RemoveAbandonedFolders()
    {
        try
        {
            foreach (var dir in Directory.EnumerateDirectories(Path.GetTempPath(), TempPrefix + "*"))
            {
                var rest = Path.GetFileName(dir)[TempPrefix.Length..];
                var dash = rest.IndexOf('-', StringComparison.Ordinal);
                if (dash > 0 && int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
                {
                    TryDelete(dir);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Tidying up is a courtesy; the server works without it.
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        lock (_gate)
        {
            _debounce?.Dispose();
        }

        _stopping.Cancel();
        _rebuilds.Writer.TryComplete();
        using (var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            _app?.StopAsync(grace.Token).GetAwaiter().GetResult();
        }

        _app?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        try
        {
            _rebuildLoop?.Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
            // The loop ends by cancellation.
        }

        TryDelete(_root);
        _stopping.Dispose();
    }
}
