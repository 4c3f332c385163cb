namespace ReportGen.Html.Tests.Support;

/// <summary>The site built once from the real <c>content/</c> into a temporary folder, shared by a test class.</summary>
public sealed class RealSiteFixture : IDisposable
{
    private readonly TempFolder _folder = new("reportgen-site-");

    public RealSiteFixture()
    {
        Result = Sites.Build(Sites.Real, _folder.Path);
    }

    public string Dir => _folder.Path;

    public SiteResult Result { get; }

    public string Read(string relativePath) => Sites.Read(Dir, relativePath);

    public void Dispose() => _folder.Dispose();
}
