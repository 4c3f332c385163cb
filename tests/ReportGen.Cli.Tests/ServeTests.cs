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
    public async Task Serve_HasThePdfOfTheNewestEdition_AndThePagesLinkToIt()
    {
        var pdf = await _http.GetByteArrayAsync(new Uri("pdf/2024.pdf", UriKind.Relative));
        var index = await _http.GetStringAsync(new Uri("index.html", UriKind.Relative));

        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        Assert.Contains("href=\"pdf/2024.pdf\"", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_ShowsTheWarningsOfTheFilesBeingEdited_AboveThePage()
    {
        var clean = await _http.GetStringAsync(new Uri("index.html", UriKind.Relative));
        SaveAndWait(() => _temp.Replace("measures/m002.yaml", "- 引き続き連携会議を開催する。", "- 引き続き連携会議を開催する（6.0憶円）。"));

        var page = await _http.GetStringAsync(new Uri("index.html", UriKind.Relative));

        Assert.DoesNotContain("reportgen-warnings", clean, StringComparison.Ordinal);
        Assert.Contains("<div class=\"reportgen-warnings\" role=\"status\"", page, StringComparison.Ordinal);
        Assert.Contains("measures/m002.yaml:14:", page, StringComparison.Ordinal);
        Assert.Contains("「憶円」は「億円」の誤記ではありませんか。<br>対処: ", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("[::1]")]
    public async Task Serve_AnswersOnLocalhost_OnBothLoopbacks(string host)
    {
        using var client = new HttpClient();

        var response = await client.GetAsync(new Uri($"http://{host}:{_server.Port}/index.html"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
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

    [Theory]
    [InlineData("/x%00.html")]
    [InlineData("/%zz.html")]
    [InlineData("/%C3%28.html")]
    [InlineData("/a%5C..%5Cindex.html")]
    [InlineData("/%1B%5B2J.html")]
    [InlineData("/x%")]
    public async Task Serve_AnswersABadlyEncodedPathWith400_AndKeepsServing(string target)
    {
        var bad = await Raw($"GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        var after = await _http.GetAsync(new Uri("index.html", UriKind.Relative));

        Assert.StartsWith("HTTP/1.1 400 ", bad, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Serve_RefusesATenMegabyteUrl_WithoutEchoingIt_AndKeepsServing()
    {
        var answer = await Raw("GET /" + new string('a', 10_000_000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
        var after = await _http.GetAsync(new Uri("index.html", UriKind.Relative));

        Assert.StartsWith("HTTP/1.1 414 ", answer, StringComparison.Ordinal);
        Assert.InRange(answer.Length, 1, 1024);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Serve_RefusesHugeOrManyHeaders_AndKeepsServing()
    {
        var huge = await Raw("GET / HTTP/1.1\r\nHost: x\r\nX-A: " + new string('b', 100_000) + "\r\n\r\n");
        var many = await Raw("GET / HTTP/1.1\r\nHost: x\r\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"X-{i}: v\r\n")) + "\r\n");
        var after = await _http.GetAsync(new Uri("index.html", UriKind.Relative));

        Assert.StartsWith("HTTP/1.1 431 ", huge, StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 431 ", many, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Serve_DoesNotEchoTheRequestedPath()
    {
        var response = await _http.GetAsync(new Uri("no-such-page-<script>.html", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("no-such-page", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_CoalescesSavesMadeDuringARebuild_AndNeverRebuildsTwiceAtOnce()
    {
        var before = _server.Generation;
        // Each save comes after the debounce has passed, so each asks for a rebuild while the previous one may run.
        for (var i = 0; i < 30; i++)
        {
            _temp.Replace("measures/m001.yaml", i == 0 ? "- 拠点整備を行った。" : $"- 拠点整備を{i - 1}回行った。", $"- 拠点整備を{i}回行った。");
            await Task.Delay(60);
        }

        var watch = Stopwatch.StartNew();
        string html;
        do
        {
            await Task.Delay(50);
            html = await _http.GetStringAsync(new Uri("measures/m001.html", UriKind.Relative));
        }
        while (!html.Contains("拠点整備を29回行った。", StringComparison.Ordinal) && watch.Elapsed < TimeSpan.FromSeconds(20));

        Assert.Contains("拠点整備を29回行った。", html, StringComparison.Ordinal);
        Assert.Equal(1, _server.MostRebuildsAtOnce);
        Assert.InRange(_server.Generation - before, 1, 30);
    }

    /// <summary>Sends bytes as they are, for requests no HTTP client would send, and returns what came back.</summary>
    private async Task<string> Raw(string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _server.Port);
        var stream = client.GetStream();
        try
        {
            await stream.WriteAsync(System.Text.Encoding.Latin1.GetBytes(request));
        }
        catch (IOException)
        {
            // The server may answer and close before reading the whole request.
        }

        using var reader = new StreamReader(stream, System.Text.Encoding.Latin1);
        return await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(20));
    }
}

/// <summary><c>reportgen serve</c> as its own process: stopped by a signal, it removes its temporary folder.</summary>
public sealed class ServeProcessTests : IDisposable
{
    private readonly TempContent _temp = TempContent.Minimal();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Serve_StoppedBySignal_RemovesItsTemporaryFolder(string signal)
    {
        var tmp = Directory.CreateDirectory(Path.Combine(_temp.Root, "tmp")).FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", ["exec", ReportGenProcess.Dll, "serve", "--content", _temp.Content, "--templates", Repo.Templates, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["TMPDIR"] = tmp;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var started = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Contains($"http://127.0.0.1:{port}/", started, StringComparison.Ordinal);
        Assert.Single(Directory.GetDirectories(tmp, "reportgen-serve-*"));

        using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(process.ExitCode == 0, await stderr);
        Assert.Empty(Directory.GetDirectories(tmp, "reportgen-serve-*"));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
