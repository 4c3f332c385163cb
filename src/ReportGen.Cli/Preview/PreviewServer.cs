using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using ReportGen.Content;
using ReportGen.Diagnostics;
using ReportGen.Html;

namespace ReportGen.Cli.Preview;

/// <summary>
/// The local preview behind <c>reportgen serve</c>: builds the site into a temporary folder, serves it on
/// 127.0.0.1, rebuilds when a file under content/ or templates/ changes, and tells open pages to reload through a
/// server-sent event stream. When the content has errors the pages show them instead, and the server keeps running.
/// </summary>
public sealed class PreviewServer : IDisposable
{
    private const string ReloadPath = "/__reportgen/events";

    /// <summary>Appended to every HTML page: reload when the server says the site was rebuilt.</summary>
    private const string ReloadScript =
        "<script>new EventSource('" + ReloadPath + "').onmessage=function(){location.reload();};</script>";

    private readonly string _contentDir;
    private readonly string _templatesDir;
    private readonly TextWriter _log;
    private readonly HttpListener _listener = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Lock _gate = new();

    // One rebuild at a time, and none once disposed: a rebuild still writing into _root when Dispose deletes it
    // made the deletion fail (seen on a busy machine).
    private readonly Lock _rebuilding = new();
    private bool _disposed;
    private readonly List<HttpListenerResponse> _subscribers = [];
    private readonly string _root = Directory.CreateTempSubdirectory("reportgen-serve-").FullName;
    private string? _siteDir;
    private IReadOnlyList<Diagnostic> _errors = [];
    private Timer? _debounce;
    private int _generation;

    public PreviewServer(string contentDir, string templatesDir, int port, TextWriter log)
    {
        _contentDir = contentDir;
        _templatesDir = templatesDir;
        _log = log;
        Port = port;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    /// <summary>How many builds have finished; pages reload when it changes.</summary>
    public int Generation => Volatile.Read(ref _generation);

    /// <summary>Time the last build took, for the console and the tests.</summary>
    public TimeSpan LastBuild { get; private set; }

    public void Start()
    {
        Rebuild();
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

        _listener.Start();
        _ = Task.Run(AcceptLoop);
    }

    /// <summary>Editors save a file in several writes; wait until they stop for a moment.</summary>
    private void Schedule()
    {
        lock (_gate)
        {
            _debounce?.Dispose();
            _debounce = new Timer(_ => Rebuild(), null, 40, Timeout.Infinite);
        }
    }

    private void Rebuild()
    {
        lock (_rebuilding)
        {
            if (!_disposed)
            {
                RebuildNow();
            }
        }
    }

    private void RebuildNow()
    {
        var watch = Stopwatch.StartNew();
        var result = ContentLoader.Load(_contentDir);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        string? site = null;
        if (result.Report is { } report)
        {
            var dir = Path.Combine(_root, "site-" + (Generation + 1).ToString(CultureInfo.InvariantCulture));
            try
            {
                var overrides = Path.Combine(_contentDir, "templates");
                SiteBuilder.Build(report, new SiteOptions(_templatesDir, Directory.Exists(overrides) ? overrides : null, dir, new Dictionary<string, string>()));
                site = dir;
            }
            catch (TemplateException e)
            {
                errors.Add(new Diagnostic(Severity.Error, e.File, e.Line, e.Column, e.Message));
            }
        }

        string? previous;
        lock (_gate)
        {
            previous = _siteDir;
            _siteDir = site ?? _siteDir;
            _errors = errors;
            LastBuild = watch.Elapsed;
            Interlocked.Increment(ref _generation);
        }

        if (previous is not null && previous != _siteDir && Directory.Exists(previous))
        {
            Directory.Delete(previous, recursive: true);
        }

        foreach (var error in errors)
        {
            _log.WriteLine(error);
        }

        _log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reportgen serve: {(errors.Count == 0 ? "更新しました" : $"エラー {errors.Count} 件")}（{watch.Elapsed.TotalMilliseconds:0} ms）"));
        Notify();
    }

    private void Notify()
    {
        List<HttpListenerResponse> subscribers;
        lock (_gate)
        {
            subscribers = [.. _subscribers];
        }

        var message = Encoding.UTF8.GetBytes($"data: {Generation}\n\n");
        foreach (var response in subscribers)
        {
            try
            {
                response.OutputStream.Write(message);
                response.OutputStream.Flush();
            }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
            {
                lock (_gate)
                {
                    _subscribers.Remove(response);
                }
            }
        }
    }

    private async Task AcceptLoop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                Handle(context);
            }
            catch (Exception e) when (e is HttpListenerException or IOException)
            {
                // The browser went away mid-response; nothing to do.
            }
        }
    }

    private void Handle(HttpListenerContext context)
    {
        var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
        var response = context.Response;
        if (path == ReloadPath)
        {
            response.ContentType = "text/event-stream";
            response.Headers["Cache-Control"] = "no-store";
            response.SendChunked = true;
            response.OutputStream.Write(Encoding.UTF8.GetBytes(": connected\n\n"));
            response.OutputStream.Flush();
            lock (_gate)
            {
                _subscribers.Add(response);
            }

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
            Write(response, 200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(ErrorPage(errors)));
            return;
        }

        var file = site is null ? null : Resolve(site, path);
        if (file is null)
        {
            Write(response, 404, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("見つかりません: " + path));
            return;
        }

        var bytes = File.ReadAllBytes(file);
        var type = ContentType(file);
        if (type.StartsWith("text/html", StringComparison.Ordinal))
        {
            var html = Encoding.UTF8.GetString(bytes);
            var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            bytes = Encoding.UTF8.GetBytes(at < 0 ? html + ReloadScript : html[..at] + ReloadScript + html[at..]);
        }

        Write(response, 200, type, bytes);
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

    private static string ErrorPage(IReadOnlyList<Diagnostic> errors)
    {
        var items = string.Concat(errors.Select(e => "<li><code>" + WebUtility.HtmlEncode(e.ToString()) + "</code></li>"));
        return "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>内容にエラーがあります</title></head>"
            + "<body><h1>内容にエラーがあります</h1><p>直して保存すると、このページは自動で更新されます。</p><ul>" + items + "</ul>"
            + ReloadScript + "</body></html>";
    }

    private static void Write(HttpListenerResponse response, int status, string type, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
        response.Close();
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _debounce?.Dispose();
        _listener.Close();
        lock (_rebuilding)
        {
            _disposed = true;
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
