using Microsoft.Playwright;

namespace ReportGen.Html.Tests.Browser;

/// <summary>The shared browser tab, with every console error, page error and dialog raised since it was last reset.</summary>
public sealed class BrowserTab : IAsyncDisposable
{
    public BrowserTab(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Errors.Add("console: " + message.Text);
            }
        };
        page.PageError += (_, error) => Errors.Add("page error: " + error);
        page.Dialog += async (_, dialog) =>
        {
            Dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public List<string> Dialogs { get; } = [];

    public async Task ResetAsync(int width, int height)
    {
        Errors.Clear();
        Dialogs.Clear();
        await Page.SetViewportSizeAsync(width, height);
        await Page.EmulateMediaAsync(new() { Media = Media.Screen });
    }

    /// <summary>Nothing to close: the tab is reused by the next test. Kept so tests read <c>await using var tab</c>.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
