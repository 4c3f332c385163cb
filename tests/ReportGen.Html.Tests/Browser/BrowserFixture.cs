using Microsoft.Playwright;
using ReportGen.Html.Tests.Support;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ReportGen.Html.Tests.Browser;

/// <summary>
/// One Chromium for every browser test (found by <see cref="ChromiumLocator"/>: Playwright must not download its own),
/// and the sites they open, built once per test run: the real content, and a report whose text tries to inject markup.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    public const string HostileResults = "- 実績<script>window.injected = 1; alert(1)</script>\n- <img src=x onerror=\"window.injected = 2\">画像\n- [リンク](javascript:window.injected=3)";

    private readonly IMessageSink _messages;
    private readonly TempFolder _site = new("reportgen-browser-site-");
    private readonly TempFolder _hostile = new("reportgen-browser-hostile-");
    private readonly TempFolder _draft = new("reportgen-browser-draft-");
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IBrowserContext? _context;
    private BrowserTab? _tab;

    public BrowserFixture(IMessageSink messages) => _messages = messages;

    public string SiteDir => _site.Path;

    public string HostileSiteDir => _hostile.Path;

    /// <summary>The site of tests/fixtures/edition-2025, whose 2025 edition is a draft: the banner and 記入状況.</summary>
    public string DraftSiteDir => _draft.Path;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        Sites.Build(Sites.Real, _site.Path);
        Sites.Build(SampleReport.Create(results: HostileResults, title: "<b onmouseover=\"window.injected=4\">見出し</b>"), _hostile.Path);
        Sites.Build(Content.ContentLoader.Load(Repo.Fixture("edition-2025")).Report!, _draft.Path);
        var chromium = ChromiumLocator.Find();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium.Path,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        _messages.OnMessage(new DiagnosticMessage($"Browser tests use {_browser.BrowserType.Name} {_browser.Version} from {chromium.Reason}"));
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }

        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    public void Dispose()
    {
        _site.Dispose();
        _hostile.Dispose();
        _draft.Dispose();
    }

    /// <summary>The file:// URL of a page of the real site, with an optional query string.</summary>
    public string Url(string relativePath, string? query = null) => UrlIn(SiteDir, relativePath, query);

    public static string UrlIn(string siteDir, string relativePath, string? query = null) =>
        new Uri(Path.Combine(siteDir, relativePath)).AbsoluteUri + (query is null ? string.Empty : "?q=" + Uri.EscapeDataString(query));

    /// <summary>
    /// Opens a URL in the shared tab, reset to the given window size and screen media, with fresh error and dialog
    /// lists. The tests of the collection run one at a time, so one tab is enough; opening a tab per test costs a
    /// renderer process each time and made the suite several times slower.
    /// </summary>
    public async Task<BrowserTab> OpenAsync(string url, int width = 1280, int height = 900)
    {
        _context ??= await Browser.NewContextAsync(new() { Locale = "ja-JP" });
        if (_tab is null)
        {
            _tab = new BrowserTab(await _context.NewPageAsync());
        }

        await _tab.ResetAsync(width, height);
        await _tab.Page.GotoAsync(url);
        return _tab;
    }
}

/// <summary>The browser tests: run one after another, sharing one <see cref="BrowserFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
