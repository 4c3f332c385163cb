using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Content;
using ReportGen.Model;
using ReportGen.Text;

namespace ReportGen.Import;

/// <summary>What the caller knows about the seed that the extracted text does not say.</summary>
public sealed record SeedInfo(DateOnly Date, string? Meeting, string Publisher);

/// <summary>
/// Turns the text extracted from the PDF of 資料２－２ into the content model, undoing what the extraction did:
/// repeated header rows, cells wrapped at their width, cells sharing a line, office names broken over lines, lost
/// brackets. It keeps every character of the published text; where the source itself lost text, it says so.
/// </summary>
public static partial class SeedImporter
{
    /// <summary>Lines wider than any results cell belong to the numbered list under a plan text (①…⑤).</summary>
    private const int DetailsMinWidth = 124;

    /// <summary>A title line is a heading, narrower than the text column it sits in.</summary>
    private const int TitleMaxWidth = 96;

    /// <summary>Plans cells are the narrowest text column; a block wider than this is not a plans cell.</summary>
    private const int PlansMaxWidth = 90;

    /// <summary>担当 cells are about ten characters wide.</summary>
    private const int OfficeMaxWidth = 24;

    /// <summary>A line this much narrower than its cell ended where the author pressed Enter, not where it wrapped.</summary>
    private const int WrapSlack = 8;

    private static readonly string[] OfficePrefixes = ["厚労省", "厚生労働省", "経済産業省", "文部科学省", "内閣府", "内閣官房", "総務省", "（"];

    public static Report Import(string seedText, SeedInfo info)
    {
        var lines = seedText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var header = ReadHeader(lines);
        var blocks = ToBlocks(SplitSharedLines(lines));
        var builder = new Builder(header, info);
        builder.Run(blocks);
        return builder.Result();
    }

    private sealed record Header(string Title, string Label, string TextHeader, string ResultsHeader, string PlansHeader, string? OfficesHeader);

    [GeneratedRegex(@"^\s*(該当箇所)\s+列1\s+列2\s+列3\s+(\S+)\s+(\S+)(?:\s+(\S+))?\s*$")]
    private static partial Regex HeaderRow();

    [GeneratedRegex(@"^(.+?)\s+(資料[０-９0-9]+[－-][０-９0-9]+)\s*$")]
    private static partial Regex TitleRow();

    private static Header ReadHeader(string[] lines)
    {
        var row = lines.Select(l => HeaderRow().Match(l)).FirstOrDefault(m => m.Success)
            ?? throw new SeedFormatException(1, "表の見出しの行（該当箇所 令和…年度の実績・状況 令和…年度の取組予定 …）がありません。");
        var title = lines.Select(l => TitleRow().Match(l)).FirstOrDefault(m => m.Success);
        return new Header(
            title?.Groups[1].Value ?? "医療機器基本計画に関する各省における取り組みの状況について",
            title?.Groups[2].Value ?? "資料２－２",
            row.Groups[1].Value,
            row.Groups[2].Value,
            row.Groups[3].Value,
            row.Groups[4].Success ? row.Groups[4].Value : null);
    }

    /// <summary>
    /// Splits lines where two cells of one table row were extracted onto one line, separated by a space:
    /// results and plans (<c>…行った。 ・引き続き…</c>), plans and 担当 (<c>…努める。 経済産業省医福室</c>), or a marker and
    /// the results after it (<c>…経］ ・健康…</c>). Spaces inside a cell (<c>ARO に</c>, <c>第 12 条</c>) stay.
    /// </summary>
    private static List<SeedLine?> SplitSharedLines(string[] lines)
    {
        var result = new List<SeedLine?>();
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i];
            if (HeaderRow().IsMatch(text) || TitleRow().IsMatch(text) || string.IsNullOrWhiteSpace(text))
            {
                result.Add(null);
                continue;
            }

            text = text.Trim(' ');
            var start = 0;
            for (var p = text.IndexOf(' ', StringComparison.Ordinal); p > 0; p = text.IndexOf(' ', p + 1))
            {
                var left = text[start..p];
                var right = text[(p + 1)..];
                var afterMarker = left.EndsWith('］') && right.StartsWith('・');
                var cellBoundary = (left.EndsWith('。') || left.EndsWith('）'))
                    && (right.StartsWith('・') || right.StartsWith("（対応済み）", StringComparison.Ordinal)
                        || (OfficePrefixes.Any(o => right.StartsWith(o, StringComparison.Ordinal)) && !right.Contains('。', StringComparison.Ordinal)));
                if (!afterMarker && !cellBoundary)
                {
                    continue;
                }

                result.Add(new SeedLine(i + 1, left));
                if (cellBoundary)
                {
                    result.Add(null);
                }

                start = p + 1;
            }

            result.Add(new SeedLine(i + 1, text[start..]));
        }

        return result;
    }

    private static List<SeedBlock> ToBlocks(List<SeedLine?> lines)
    {
        var blocks = new List<SeedBlock>();
        var current = new List<SeedLine>();
        foreach (var line in lines.Append(null))
        {
            if (line is null)
            {
                if (current.Count > 0)
                {
                    blocks.Add(new SeedBlock(current));
                    current = [];
                }
            }
            else
            {
                current.Add(line);
            }
        }

        return blocks;
    }

    [GeneratedRegex(@"^（([０-９0-9]+)）(.+)$")]
    private static partial Regex SectionLine();

    [GeneratedRegex(@"^【(.+)】(（再掲）)?$")]
    private static partial Regex GoalLine();

    [GeneratedRegex(@"^＜(.+)＞（再掲）$")]
    private static partial Regex MeasureRepeatLine();

    // ［◎厚、経］ at the end of a plan text, or ◎内官、文、厚、経］ where the extraction lost the opening bracket.
    [GeneratedRegex(@"(［)?((?:◎?(?:内官|内|総|文|厚|経))(?:、◎?(?:内官|内|総|文|厚|経))*)］$")]
    private static partial Regex MinistriesMarker();

    [GeneratedRegex(@"［([^［］]+)］$")]
    private static partial Regex NoteMarker();

    private static bool IsStructural(SeedBlock b) =>
        b.Lines.Count == 1 && (SectionLine().IsMatch(b.First.Text) || GoalLine().IsMatch(b.First.Text)
            || MeasureRepeatLine().IsMatch(b.First.Text) || b.First.Text == "（上記参照）");

    private static bool IsDash(SeedBlock b) => b.Lines.Count == 1 && b.First.Text is "－" or "―" or "-" or "—";

    private static bool IsOfficeBlock(SeedBlock b) =>
        !IsDash(b) && !b.First.Text.StartsWith('・')
        && b.Lines.All(l => l.Width <= OfficeMaxWidth && !l.Text.Contains('。', StringComparison.Ordinal))
        && b.Joined.IndexOfAny(['省', '室', '課', '府', '房', '局', '庁']) >= 0;

    private static bool OfficeTextComplete(string text) =>
        text.Length > 0 && text[^1] is '室' or '課' or '省' or '府' or '房' or '局' or '庁' or '）' or '官';

    private static bool EndsWithPunctuation(string s) => s.Length > 0 && "。、，．）」』】〕］＞｣)]>.,:;!?！？：；".Contains(s[^1], StringComparison.Ordinal);

    private static bool StartsWithCircledNumber(string s) => s.Length > 0 && s[0] is >= '①' and <= '⑳';

    /// <summary>Walks the blocks in order, keeping the current section and goal, and collects measures.</summary>
    private sealed class Builder(Header header, SeedInfo info)
    {
        private readonly List<(string Id, int Number, string Title, List<GoalDraft> Goals)> _sections = [];
        private readonly List<Measure> _measures = [];
        private GoalDraft? _goal;
        private int _goalCount;

        private sealed class GoalDraft(string id, string sectionId, string title, string? repeatOf)
        {
            public string Id { get; } = id;

            public string SectionId { get; } = sectionId;

            public string Title { get; } = title;

            public string? RepeatOf { get; } = repeatOf;

            public List<string> RepeatedMeasures { get; } = [];

            public int MeasureCount { get; set; }
        }

        private int ResultsYear => FiscalYear.Parse(header.ResultsHeader.Split('の')[0])
            ?? throw new SeedFormatException(1, $"見出し「{header.ResultsHeader}」に年度がありません。");

        private int PlansYear => FiscalYear.Parse(header.PlansHeader.Split('の')[0])
            ?? throw new SeedFormatException(1, $"見出し「{header.PlansHeader}」に年度がありません。");

        public void Run(List<SeedBlock> blocks)
        {
            var i = 0;
            while (i < blocks.Count)
            {
                var block = blocks[i];
                var first = block.First.Text;
                if (block.Lines.Count == 1 && SectionLine().Match(first) is { Success: true } s)
                {
                    var number = int.Parse(JapaneseDigits.ToHalfWidth(s.Groups[1].Value), CultureInfo.InvariantCulture);
                    _sections.Add(($"s{number}", number, s.Groups[2].Value, []));
                    _goal = null;
                    i++;
                }
                else if (block.Lines.Count == 1 && GoalLine().Match(first) is { Success: true } g)
                {
                    StartGoal(g.Groups[1].Value, isRepeat: g.Groups[2].Success, block);
                    i++;
                    if (g.Groups[2].Success && i < blocks.Count && blocks[i].First.Text == "（上記参照）")
                    {
                        i++;
                    }
                }
                else if (block.Lines.Count == 1 && MeasureRepeatLine().Match(first) is { Success: true } r)
                {
                    i++;
                    var copy = ReadMeasure(blocks, ref i);
                    var original = _measures.LastOrDefault(m => m.Title == r.Groups[1].Value)
                        ?? throw new SeedFormatException(block.First.Number, $"（再掲）の施策「{r.Groups[1].Value}」が前にありません。");
                    _ = copy;
                    CurrentGoal(block).RepeatedMeasures.Add(original.Id);
                }
                else
                {
                    var draft = ReadMeasure(blocks, ref i);
                    AddMeasure(draft, block);
                }
            }
        }

        private void StartGoal(string title, bool isRepeat, SeedBlock at)
        {
            var section = _sections.Count > 0 ? _sections[^1] : throw new SeedFormatException(at.First.Number, "項目（（１）…）より前に目標【…】があります。");
            if (isRepeat)
            {
                var original = _sections.SelectMany(x => x.Goals).FirstOrDefault(x => x.Title == title && x.RepeatOf is null)
                    ?? throw new SeedFormatException(at.First.Number, $"（再掲）の目標【{title}】が前にありません。");
                _goal = new GoalDraft($"{section.Id}-{original.Id}", section.Id, title, original.Id);
            }
            else
            {
                _goalCount++;
                _goal = new GoalDraft(string.Create(CultureInfo.InvariantCulture, $"g{_goalCount:00}"), section.Id, title, null);
            }

            section.Goals.Add(_goal);
        }

        private GoalDraft CurrentGoal(SeedBlock at) =>
            _goal is { RepeatOf: null } ? _goal : throw new SeedFormatException(at.First.Number, "目標【…】の外に施策があります。");

        private void AddMeasure(MeasureDraft draft, SeedBlock at)
        {
            var goal = CurrentGoal(at);
            goal.MeasureCount++;
            var id = string.Create(CultureInfo.InvariantCulture, $"m{_measures.Count + 1:000}");
            var years = new List<FiscalYearEntry>();
            if (draft.Results is not null)
            {
                years.Add(new FiscalYearEntry(ResultsYear, draft.Results, null, null));
            }

            if (draft.Plans is not null || draft.Offices is not null)
            {
                years.Add(new FiscalYearEntry(PlansYear, null, draft.Plans, draft.Offices is null ? null : OfficesText.Parse(draft.Offices)));
            }

            _measures.Add(new Measure(
                id,
                goal.SectionId,
                goal.Id,
                goal.MeasureCount * 10,
                draft.Title,
                draft.Text,
                draft.TextIncomplete,
                draft.Details,
                draft.Ministries,
                draft.Note,
                [.. years.OrderBy(y => y.FiscalYear)],
                new SourceRef("seed", at.First.Number, 1)));
        }

        public Report Result()
        {
            var sections = _sections
                .Select(s => new Section(s.Id, s.Number, s.Title, [.. s.Goals.Select(g => new Goal(g.Id, g.SectionId, g.Title, g.RepeatOf, g.RepeatedMeasures))]))
                .ToList();
            var columns = new List<EditionColumn>
            {
                new(ColumnKind.Text, header.TextHeader, null, 34),
                new(ColumnKind.Results, header.ResultsHeader, ResultsYear, 35),
                new(ColumnKind.Plans, header.PlansHeader, PlansYear, 24),
            };
            if (header.OfficesHeader is not null)
            {
                columns.Add(new EditionColumn(ColumnKind.Offices, header.OfficesHeader, PlansYear, 7));
            }

            var edition = new Edition(
                PlansYear.ToString(CultureInfo.InvariantCulture),
                header.Label,
                header.Title,
                info.Meeting,
                info.Date,
                columns,
                new PageSetup("A4", true, 12, 10, 12, 10),
                FontSettings.Default,
                "- {n} -",
                SourceRef.None);
            var ministries = new List<Ministry>
            {
                new("内官", "内閣官房"),
                new("内", "内閣府"),
                new("総", "総務省"),
                new("文", "文部科学省"),
                new("厚", "厚生労働省"),
                new("経", "経済産業省"),
            };
            return new Report(new ReportSettings(header.Title, info.Publisher, ministries), sections, _measures, [edition]);
        }
    }

    private sealed record MeasureDraft(
        string? Title,
        string Text,
        bool TextIncomplete,
        RichText? Details,
        IReadOnlyList<MinistryRef> Ministries,
        string? Note,
        RichText? Results,
        RichText? Plans,
        string? Offices);

    /// <summary>
    /// One row of the table: an optional title and plan text ending in the marker, then the results, plans and
    /// 担当 cells. Some rows have no title (they continue the measure above), no text, or no marker.
    /// </summary>
    private static MeasureDraft ReadMeasure(List<SeedBlock> blocks, ref int i)
    {
        var head = new List<SeedLine>();
        string? markerBody = null;
        var lostBracket = false;
        var headLineCount = 0;
        while (i < blocks.Count)
        {
            var block = blocks[i];
            if (IsStructural(block) || (head.Count > 0 && (block.First.Text.StartsWith('・') || IsDash(block))))
            {
                break;
            }

            if (head.Count == 0 && block.First.Text.StartsWith('・'))
            {
                break;
            }

            var markerAt = -1;
            for (var k = 0; k < block.Lines.Count && markerAt < 0; k++)
            {
                var soFar = string.Concat(head.Concat(block.Lines.Take(k + 1)).Select(l => l.Text));
                if (soFar.EndsWith('］') && (MinistriesMarker().IsMatch(soFar) || NoteMarker().IsMatch(soFar)))
                {
                    markerAt = k;
                }
            }

            if (markerAt < 0)
            {
                head.AddRange(block.Lines);
                i++;
                continue;
            }

            head.AddRange(block.Lines.Take(markerAt + 1));
            var rest = block.Lines.Skip(markerAt + 1).ToList();
            if (rest.Count > 0)
            {
                blocks[i] = new SeedBlock(rest);
            }
            else
            {
                i++;
            }

            headLineCount = head.Count;
            var joined = string.Concat(head.Select(l => l.Text));
            var m = MinistriesMarker().Match(joined);
            if (m.Success && (m.Groups[1].Success || head.Count == 0 || StartsAtLine(head, m.Index)))
            {
                markerBody = m.Groups[2].Value;
                lostBracket = !m.Groups[1].Success;
                TrimHeadEnd(head, joined.Length - m.Index);
            }
            else
            {
                var n = NoteMarker().Match(joined);
                markerBody = "note:" + n.Groups[1].Value;
                TrimHeadEnd(head, joined.Length - n.Index);
            }

            break;
        }

        string? title = null;
        if (head.Count > 0)
        {
            var first = head[0].Text;
            var looksLikeTitle = first.Length > 0 && !first.Contains('。', StringComparison.Ordinal) && head[0].Width <= TitleMaxWidth;
            if (looksLikeTitle && (head.Count > 1 || markerBody is null || lostBracket))
            {
                title = first.EndsWith('＞') && !first.StartsWith('＜') ? "＜" + first : first;
                head.RemoveAt(0);
            }
        }

        var textLines = head.Where(l => l.Text.Length > 0).ToList();
        var text = JoinWrapped(textLines.Select(l => l.Text));
        var incomplete = markerBody is not null && IsIncomplete(headLineCount - (title is null ? 0 : 1), text);

        // The numbered list (①…⑤) printed under a plan text, after its marker: headings without punctuation, each
        // followed by lines that wrap at the full width.
        RichText? details = null;
        var detailLines = new List<SeedLine>();
        while (i < blocks.Count && blocks[i].Lines.Any(l => l.Text.Contains('\t', StringComparison.Ordinal) || l.Width >= DetailsMinWidth))
        {
            detailLines.AddRange(blocks[i].Lines);
            i++;
        }

        if (detailLines.Count > 0)
        {
            details = ToRichText([.. detailLines.Select(l => l with { Text = l.Text.Replace('\t', '　') })], DetailsMinWidth + WrapSlack - 4, headings: true);
        }

        // Cells after the head: results, plans, then 担当 (short lines).
        var cells = new List<SeedBlock>();
        string? offices = null;
        while (i < blocks.Count && !IsStructural(blocks[i]))
        {
            var block = blocks[i];
            if (IsOfficeBlock(block) && (cells.Count > 0 || head.Count > 0 || title is not null))
            {
                offices = block.Joined;
                i++;
                while (!OfficeTextComplete(offices) && i < blocks.Count && IsOfficeBlock(blocks[i]))
                {
                    offices += blocks[i].Joined;
                    i++;
                }

                break;
            }

            // After a dash for the results, a wide block is the next measure, not a plans cell.
            if (cells.Count == 2 || (cells.Count == 1 && IsDash(cells[0]) && !IsDash(block) && block.MaxWidth > PlansMaxWidth))
            {
                break;
            }

            cells.Add(block);
            i++;
        }

        var ministries = new List<MinistryRef>();
        string? note = null;
        if (markerBody?.StartsWith("note:", StringComparison.Ordinal) == true)
        {
            note = markerBody["note:".Length..];
        }
        else if (markerBody is not null)
        {
            ministries.AddRange(markerBody.Split('、').Select(x => new MinistryRef(x.TrimStart('◎'), x.StartsWith('◎'))));
        }

        return new MeasureDraft(
            title,
            text,
            incomplete,
            details,
            ministries,
            note,
            cells.Count > 0 ? ToRichText(cells[0].Lines, cells[0].MaxWidth) : null,
            cells.Count > 1 ? ToRichText(cells[1].Lines, cells[1].MaxWidth) : null,
            offices);
    }

    private static bool StartsAtLine(List<SeedLine> head, int index)
    {
        var offset = 0;
        foreach (var line in head)
        {
            if (offset == index)
            {
                return true;
            }

            offset += line.Text.Length;
        }

        return false;
    }

    /// <summary>Removes the last <paramref name="count"/> characters (the marker) from the head lines.</summary>
    private static void TrimHeadEnd(List<SeedLine> head, int count)
    {
        while (count > 0 && head.Count > 0)
        {
            var last = head[^1];
            if (last.Text.Length <= count)
            {
                count -= last.Text.Length;
                head.RemoveAt(head.Count - 1);
            }
            else
            {
                head[^1] = last with { Text = last.Text[..^count] };
                count = 0;
            }
        }
    }

    /// <summary>
    /// Whether the plan text starts mid-sentence because its first line was lost in the source. Line widths do not
    /// tell (the extraction kept no indent), so this reads the text: no plan text of the Basic Plan fits on one
    /// line; a sentence does not start with a particle or verb ending (ることが…, の進捗…), with a verb's
    /// continuative form (踏まえ、…), or with the tail of a katakana word that appears whole later (チェーン…).
    /// </summary>
    internal static bool IsIncomplete(int sourceLineCount, string text)
    {
        // One source line holding the text and its whole marker is the last line of a paragraph; a paragraph that
        // starts on a line fills it and pushes the marker to the next.
        if (sourceLineCount <= 1 || text.Length == 0)
        {
            return true;
        }

        if (IsHiragana(text[0]))
        {
            return !SentenceOpeners.Any(o => text.StartsWith(o, StringComparison.Ordinal));
        }

        if (VerbContinuativeStart().IsMatch(text))
        {
            return true;
        }

        var katakana = KatakanaStart().Match(text);
        return katakana.Success && text.IndexOf(katakana.Value, katakana.Length, StringComparison.Ordinal) is var at and > 0
            && IsKatakana(text[at - 1]);
    }

    private static readonly string[] SentenceOpeners = ["これ", "この", "こう", "ここ", "あわせて", "また", "さらに", "なお", "ただし", "しかし", "その上", "そのため"];

    private static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u309F';

    private static bool IsKatakana(char c) => c is >= '\u30A1' and <= '\u30FF';

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,2}[\u3041-\u3096]{0,1}[えいきしちひみりけせ]、")]
    private static partial Regex VerbContinuativeStart();

    [GeneratedRegex(@"^[\u30A1-\u30FF]{2,}")]
    private static partial Regex KatakanaStart();

    /// <summary>Joins lines wrapped at a cell's width: no space between Japanese, one between two Latin words.</summary>
    private static string JoinWrapped(IEnumerable<string> lines)
    {
        var result = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            AppendWrapped(result, line);
        }

        return result.ToString();
    }

    private static void AppendWrapped(System.Text.StringBuilder sb, string line)
    {
        if (sb.Length > 0 && line.Length > 0 && TextWidth.IsLatinLetter(sb[^1]) && TextWidth.IsLatinLetter(line[0]))
        {
            sb.Append(' ');
        }

        sb.Append(line);
    }

    /// <summary>
    /// A cell's lines as paragraphs and bullet items: 「・」 starts an item, ①… starts a paragraph, a line that ends
    /// inside a word or fills the cell continues on the next line, and a shorter line ending in punctuation ends
    /// where its author broke it.
    /// </summary>
    private static RichText ToRichText(IReadOnlyList<SeedLine> lines, int cellWidth, bool headings = false)
    {
        var blocks = new List<(bool Bullet, List<System.Text.StringBuilder> Lines)>();
        SeedLine? previous = null;
        foreach (var line in lines)
        {
            var text = line.Text;
            if (text.StartsWith('・'))
            {
                blocks.Add((true, [new(text[1..])]));
            }
            else if (blocks.Count == 0 || StartsWithCircledNumber(text))
            {
                blocks.Add((false, [new(text)]));
            }
            else
            {
                var current = blocks[^1].Lines;
                // A line ending inside a word (kana, kanji, a Latin run) can only have wrapped; one ending with
                // punctuation wrapped only if it filled the cell.
                var wrapped = previous!.Width >= cellWidth - WrapSlack || (!headings && !EndsWithPunctuation(previous.Text));
                if (wrapped)
                {
                    AppendWrapped(current[^1], text);
                }
                else
                {
                    current.Add(new(text));
                }
            }

            previous = line;
        }

        var textBlocks = blocks.Select(b => new TextBlock(b.Bullet, b.Bullet ? 1 : 0, [.. b.Lines.Select(l => l.ToString())])).ToList();
        return MarkdownText.Parse(MarkdownText.Write(textBlocks));
    }
}

/// <summary>The seed text is not a 資料２－２ the importer can read; the line is 1-based.</summary>
public sealed class SeedFormatException(int line, string message) : FormatException(message)
{
    public int Line { get; } = line;
}
