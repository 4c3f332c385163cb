using System.Globalization;
using System.Text;
using ReportGen.Text;

namespace ReportGen.Html.Site;

/// <summary>
/// Where every page lives, relative to the site root. URLs come from ids, never from positions or titles, so a link
/// to <c>measures/m001.html</c> keeps working in every later edition.
/// </summary>
internal static class SitePaths
{
    public const string Index = "index.html";
    public const string Search = "search.html";
    public const string SearchIndexScript = "search-index.js";
    public const string Editions = "editions/index.html";
    public const string Ministries = "ministries/index.html";
    public const string Offices = "offices/index.html";

    public const string Status = "status.html";

    public static string Measure(string id) => $"measures/{Slug(id)}.html";

    public static string Edition(string id) => $"editions/{Slug(id)}.html";

    public static string Pdf(string editionId) => $"pdf/{Slug(editionId)}.pdf";

    public static string Ministry(string code) => $"ministries/{Slug(code)}.html";

    public static string Office(string name) => $"offices/{Slug(name)}.html";

    /// <summary>How far a page is from the site root, as a prefix for its links: "" or "../".</summary>
    public static string RootOf(string path)
    {
        // Templates write page.root before every link, thousands of times on a table page: the usual depths are kept.
        var depth = path.AsSpan().Count('/');
        return depth < Roots.Length ? Roots[depth] : string.Concat(Enumerable.Repeat("../", depth));
    }

    private static readonly string[] Roots = [string.Empty, "../", "../../", "../../../"];

    /// <summary>
    /// A file name (and HTML id) for an id or a Japanese name. Ids such as <c>m001</c> and <c>2024</c> are kept as
    /// they are. Anything else — ministry codes (厚, 内官) and office names are Japanese — becomes <c>_</c> and the
    /// hex of its UTF-16 code units (厚 → <c>_539a</c>): plain ASCII that every file system and static host serves,
    /// and derived from the name alone, so reordering the ministries in <c>report.yaml</c> moves no URL. Kept ids
    /// never start with <c>_</c>, so the two kinds cannot collide. A name longer than <see cref="MaxHexChars"/>
    /// characters (an office name can be a sentence) becomes <c>_h</c> and a SHA-256 prefix instead, so no file name
    /// is ever longer than 70 characters; <c>h</c> is not a hex digit, so it cannot collide with the short form.
    /// </summary>
    public const int MaxHexChars = 16;

    public static string Slug(string value)
    {
        if (IsPlainId(value))
        {
            return value;
        }

        if (value.Length > MaxHexChars)
        {
            var hash = Sha256.Of(Encoding.UTF8.GetBytes(value));
            return "_h" + Convert.ToHexStringLower(hash, 0, 16);
        }

        var sb = new StringBuilder(1 + (value.Length * 4));
        sb.Append('_');
        foreach (var c in value)
        {
            sb.Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    private static bool IsPlainId(string value) =>
        value.Length is > 0 and <= 64 && char.IsAsciiLetterOrDigit(value[0]) &&
        value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
