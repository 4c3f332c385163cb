using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ReportGen.Cli.Preview;
using ReportGen.Cli.Tests.Support;

namespace ReportGen.Cli.Tests;

/// <summary><c>reportgen serve</c>: the preview server on loopback, rebuilding on saves and showing errors in the page.</summary>
public sealed class ServeTests : IDisposable
{
    private readonly TempContent _temp = TempContent.Minimal();
    private readonly PreviewServer _server;
    private readonly HttpClient _http = new();

    public ServeTests()
    {
        _server = new PreviewServer(_temp.Content, Path.Combine(Repo.Root, "templates"), FreePort(), TextWriter.Null);
        _server.Start();
        _http.BaseAddress = new Uri($"http://127.0.0.1:{_server.Port}/");
    }

    public void Dispose()
    {
        _http.Dispose();
        _server.Dispose();
        _temp.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Saves a change and waits until the server has rebuilt after it.</summary>
    private void SaveAndWait(Action save)
    {
        var before = _server.Generation;
        save();
        var watch = Stopwatch.StartNew();
        while (_server.Generation == before && watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            Thread.Sleep(20);
        }

        Assert.True(_server.Generation > before, "the server did not rebuild after the save");
    }

    [Fact]
    public async Task Serve_ShowsTheSite_WithTheReloadScript()
    {
        var html = await _http.GetStringAsync(new Uri("measures/m001.html", UriKind.Relative));

        Assert.Contains("拠点整備を行った。", html, StringComparison.Ordinal);
        Assert.Contains("new EventSource('/__reportgen/events')", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_RebuildsWhenAContentFileIsSaved()
    {
        SaveAndWait(() => _temp.Replace("measures/m001.yaml", "- 拠点整備を行った。", "- 拠点整備を2か所で行った。"));

        var html = await _http.GetStringAsync(new Uri("measures/m001.html", UriKind.Relative));

        Assert.Contains("拠点整備を2か所で行った。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_ShowsContentErrorsInThePage_AndRecoversWhenTheyAreFixed()
    {
        SaveAndWait(() => _temp.Replace("measures/m001.yaml", "goal: g01", "goal: g77"));
        var broken = await _http.GetStringAsync(new Uri("index.html", UriKind.Relative));
        SaveAndWait(() => _temp.Replace("measures/m001.yaml", "goal: g77", "goal: g01"));
        var fixedPage = await _http.GetStringAsync(new Uri("index.html", UriKind.Relative));

        Assert.Contains("内容にエラーがあります", broken, StringComparison.Ordinal);
        Assert.Contains("目標「g77」", broken, StringComparison.Ordinal);
        Assert.DoesNotContain("内容にエラーがあります", fixedPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_TellsOpenPagesToReload_AfterARebuild()
    {
        using var stream = await _http.GetStreamAsync(new Uri("__reportgen/events", UriKind.Relative));
        using var reader = new StreamReader(stream);
        Assert.Equal(": connected", await reader.ReadLineAsync());
        await reader.ReadLineAsync();

        SaveAndWait(() => _temp.Replace("measures/m002.yaml", "- 連携会議を開催した。", "- 連携会議を開いた。"));
        var line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.StartsWith("data: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_DoesNotServeFilesOutsideTheSite()
    {
        var response = await _http.GetAsync(new Uri("../../etc/passwd", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
