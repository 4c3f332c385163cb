using ReportGen.Model;

namespace ReportGen.Content;

/// <summary>
/// 担当 as published: offices separated by 、, supporting offices in parentheses
/// (経済産業省医福室（文部科学省）, （経済産業省ヘル産課）、厚労省医療国際展開推進室).
/// The published text is kept as written; main and supporting offices are derived from it.
/// </summary>
public static class OfficesText
{
    public static Offices Parse(string text)
    {
        var main = new List<string>();
        var supporting = new List<string>();
        var depth = 0;
        var current = new System.Text.StringBuilder();

        void Flush()
        {
            var name = current.ToString().Trim();
            if (name.Length > 0)
            {
                (depth > 0 ? supporting : main).Add(name);
            }

            current.Clear();
        }

        foreach (var c in text)
        {
            switch (c)
            {
                case '（' or '(':
                    Flush();
                    depth++;
                    break;
                case '）' or ')':
                    Flush();
                    depth = Math.Max(0, depth - 1);
                    break;
                case '、' or '，' or ',':
                    Flush();
                    break;
                default:
                    current.Append(c);
                    break;
            }
        }

        Flush();
        return new Offices(text, main, supporting);
    }

    /// <summary>Null when parentheses are balanced, else what is wrong.</summary>
    public static string? CheckBrackets(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c is '（' or '(' ? 1 : c is '）' or ')' ? -1 : 0;
            if (depth < 0)
            {
                return "閉じ括弧「）」に対応する「（」がありません。";
            }
        }

        return depth > 0 ? "「（」が閉じられていません。" : null;
    }
}
