using System.Text;

namespace ReportGen.Html.Text;

/// <summary>The one HTML escaper of the site, used by the templates' output and by our own renderers.</summary>
internal static class HtmlText
{
    /// <summary>
    /// Escapes the five characters that can end a text run or a quoted attribute. Japanese text passes through
    /// unchanged, so the pages stay readable and small.
    /// </summary>
    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny("&<>\"'");
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, first);
        Append(sb, text.AsSpan(first));
        return sb.ToString();
    }

    public static void Append(StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    sb.Append("&amp;");
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '"':
                    sb.Append("&quot;");
                    break;
                case '\'':
                    sb.Append("&#39;");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
    }
}
