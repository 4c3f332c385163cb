using System.Diagnostics;
using System.Text;
using ReportGen.Cli.Tests.Support;
using ReportGen.Content;
using ReportGen.Diff;
using ReportGen.Diff.Output;
using ReportGen.Export;
using ReportGen.Html;
using ReportGen.Pdf;

namespace ReportGen.Cli.Tests;

/// <summary>
/// Thousands of mutated measure files and Markdown cells, from a fixed seed: random Unicode (control and bidi
/// characters, surrogates, full-width forms), random YAML structure and random Markdown. Every one must end as a
/// report or as diagnostics naming the file and line, through <c>check</c> as the command line runs it and through the
/// JSON export, the diff, the site and the PDF in-process — never an exception, never 内部エラー.
/// Seeds that once failed are kept in <see cref="Regressions"/> and run first.
/// </summary>
public sealed class FuzzTests : IDisposable
{
    private const int Seed = 20241127;
    private const int MeasureFiles = 2000;
    private const int Cells = 3000;

    /// <summary>Render the site and PDF for every n-th case that loads; the renderers are slower than the loader.</summary>
    private const int RenderEvery = 10;

    /// <summary>Cases (seeds of <see cref="Fuzz.MeasureFile"/>) that crashed a command before it was fixed.</summary>
    public static readonly TheoryData<int> Regressions = [20241196, 20241206, 20241409, 20241422, 20241721, 20242044, 20242054];

    private readonly TempContent _temp = TempContent.Minimal();
    private readonly string _base;

    public FuzzTests() => _base = _temp.Read("measures/m001.yaml");

    public void Dispose() => _temp.Dispose();

    [Theory]
    [MemberData(nameof(Regressions))]
    public void ARegressionCase_EndsInAReportOrDiagnostics(int seed) => RunCase(seed, render: true);

    [Fact]
    public void MutatedMeasureFiles_EndInAReportOrDiagnostics_NeverACrash()
    {
        var watch = Stopwatch.StartNew();
        var (loaded, rejected, rendered) = (0, 0, 0);
        for (var i = 0; i < MeasureFiles; i++)
        {
            var outcome = RunCase(Seed + i, render: false);
            if (outcome)
            {
                loaded++;
                if (loaded % RenderEvery == 0)
                {
                    RunCase(Seed + i, render: true);
                    rendered++;
                }
            }
            else
            {
                rejected++;
            }
        }

        // Both outcomes must be common, or the mutations are too timid or too wild to test anything.
        Assert.InRange(loaded, MeasureFiles / 10, MeasureFiles);
        Assert.InRange(rejected, MeasureFiles / 10, MeasureFiles);
        Assert.InRange(rendered, 20, MeasureFiles);

        // About 15 s on an idle machine; the bound only catches a case that became slow for everyone.
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 180);
    }

    [Fact]
    public void RandomMarkdownCells_ParseAndWriteBack()
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(Seed);
        for (var i = 0; i < Cells; i++)
        {
            var markdown = Fuzz.Markdown(random);
            var text = MarkdownText.Parse(markdown);
            var back = MarkdownText.Parse(MarkdownText.Write(text.Blocks));
            Assert.True(text.Blocks.All(b => b.Lines.Count > 0) && back.Blocks.All(b => b.Lines.Count > 0), $"cell {i} has an empty block:\n{markdown}");
        }

        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 20);
    }

    /// <summary>One mutated m001.yaml through every command; true when the content loaded.</summary>
    private bool RunCase(int seed, bool render)
    {
        var file = Fuzz.MeasureFile(new Random(seed), _base);
        _temp.WriteBytes("measures/m001.yaml", file);
        var watch = Stopwatch.StartNew();
        var context = $"seed {seed}:\n{Encoding.UTF8.GetString(file)}";

        var check = CliRun.Of("check", "--content", _temp.Content);
        Assert.True(check.ExitCode is 0 or 1, $"check exited {check.ExitCode}; {context}\n{check.Stderr}");
        Assert.True(!check.Stderr.Contains("内部エラー", StringComparison.Ordinal), $"{context}\n{check.Stderr}");
        var prefix = _temp.Content + "/measures/m001.yaml:";
        foreach (var line in check.ErrorLines)
        {
            Assert.True(line.StartsWith(prefix, StringComparison.Ordinal) && line.Length > prefix.Length && line[prefix.Length] is >= '1' and <= '9', $"not file:line: {line}\n{context}");
            Assert.True(line.All(c => !char.IsControl(c)), $"a control character was printed raw: {line}");
        }

        if (check.ExitCode != 0)
        {
            return false;
        }

        var report = ContentLoader.Load(_temp.Content).Report;
        Assert.True(report is not null, context);

        JsonExporter.Export(report);
        var edition = report.LatestEdition!;
        var changes = EditionDiffer.Compare(new EditionSource(report, edition, "a"), new EditionSource(report, edition, "b"));
        MarkdownSummary.Render(ComparisonDocument.Build(changes));
        if (render)
        {
            var site = Path.Combine(_temp.Root, "site-" + seed);
            SiteBuilder.Build(report, new SiteOptions(Repo.Templates, null, site, new Dictionary<string, string>()));
            Directory.Delete(site, recursive: true);
            PdfRenderer.Render(report, edition);
        }

        // Generous: the first PDF of a run loads fonts and compiles code on a machine that may be busy.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}; {context}");
        return true;
    }
}

/// <summary>Random content from a seed: the same seed always gives the same bytes.</summary>
internal static class Fuzz
{
    private static readonly string[] MarkdownLines =
    [
        "---", "***", "___", "* * *", "- - -", "# 見出し", "## ", "#", "見出し\n===", "見出し\n---", "```", "```yaml", "~~~",
        "    字下げ", "> 引用", ">", "[注1]: 令和5年度補正予算を含む。", "[a]: <>", "[^1]: 注記", "[^1]", "[リンク](http://x)", "[x][注1]",
        "<div>", "</div>", "<!-- c -->", "<script>alert(1)</script>", "| a | b |", "|---|---|", "- 項目", "  - 入れ子", "1. 番号", "1) 番号",
        "+ 項目", "* 項目", "**太字**", "*斜体*", "_下線_", "`コード`", "``", "\\", "&amp;", "&#0;", "&#xD800;", "&nbsp;", "<http://x>",
        "<a@b.c>", "![画像](x.png)", "- [ ] 課題", "\t- タブ", "・中黒で始まる", "令和５年度予算：10.2億円", "",
    ];

    private static readonly string[] Keys =
        ["id", "section", "goal", "order", "title", "text", "details", "ministries", "years", "2023", "2024", "02024", "results", "plans", "offices", "text_incomplete", "ministries_note"];

    private static readonly string[] Atoms =
    [
        ":", " ", "  ", "\t", "\n", "-", "- ", "? ", "|", ">", "&a", "*a", "!!str", "!!binary", "%YAML 1.2", "---", "...", "\"", "'", "[", "]", "{", "}",
        "#", ",", "@", "`", "~", "null", "true", "0x1F", "1e999", "-0", "2024", "令和5年度", "◎厚", "（", "）",
    ];

    public static byte[] MeasureFile(Random random, string baseText)
    {
        var lines = baseText.Split('\n').ToList();
        var mutations = random.Next(1, 4);
        for (var m = 0; m < mutations; m++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(10))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(at, lines[random.Next(lines.Count)]);
                    break;
                case 2:
                    lines[at] = new string(' ', random.Next(0, 8)) + lines[at].TrimStart();
                    break;
                case 3:
                    lines[at] = Insert(random, lines[at], Pick(random, Atoms));
                    break;
                case 4:
                    lines[at] = Insert(random, lines[at], RandomText(random, random.Next(1, 12)));
                    break;
                case 5:
                    lines.Insert(at, new string(' ', 2 * random.Next(0, 4)) + Pick(random, Keys) + ": " + RandomText(random, random.Next(0, 6)));
                    break;
                case 6:
                    // A cell of random Markdown, as a block scalar under the year the edition shows.
                    var cell = Markdown(random).Split('\n').Select(l => "      " + l);
                    var results = lines.FindIndex(l => l.TrimStart().StartsWith("results:", StringComparison.Ordinal));
                    if (results >= 0)
                    {
                        lines[results] = "    results: |";
                        lines.InsertRange(results + 1, cell);
                    }

                    break;
                case 7:
                    lines = [.. lines.Take(random.Next(lines.Count + 1))];
                    if (lines.Count == 0)
                    {
                        lines.Add(string.Empty);
                    }

                    break;
                case 8:
                    var value = lines.FindIndex(l => l.StartsWith(Pick(random, Keys) + ":", StringComparison.Ordinal));
                    if (value >= 0)
                    {
                        lines[value] = lines[value].Split(':')[0] + ": " + Pick(random, ["[a, b]", "{a: 1}", "", "~", "\"\\e[2J\\u202E\"", "|", ">-", "- x", "&a x", "*a"]);
                    }

                    break;
                default:
                    (lines[at], lines[^1]) = (lines[^1], lines[at]);
                    break;
            }
        }

        var text = string.Join(random.Next(8) == 0 ? "\r\n" : "\n", lines);
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        switch (random.Next(20))
        {
            case 0:
                bytes.InsertRange(0, [0xEF, 0xBB, 0xBF]);
                break;
            case 1:
                bytes.Insert(random.Next(bytes.Count + 1), (byte)random.Next(0x80, 0x100));
                break;
            case 2:
                bytes.Insert(random.Next(bytes.Count + 1), 0);
                break;
        }

        return [.. bytes];
    }

    public static string Markdown(Random random)
    {
        var sb = new StringBuilder();
        var count = random.Next(1, 8);
        for (var i = 0; i < count; i++)
        {
            sb.Append(new string(' ', random.Next(4) == 0 ? random.Next(0, 6) : 0));
            sb.Append(random.Next(3) == 0 ? RandomText(random, random.Next(1, 20)) : Pick(random, MarkdownLines));
            if (random.Next(4) == 0)
            {
                sb.Append(RandomText(random, random.Next(1, 10)));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Characters from ranges that have broken text tools: controls, bidi, surrogates, combining marks, CJK.</summary>
    public static string RandomText(Random random, int length)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            var c = random.Next(12) switch
            {
                0 => (char)random.Next(0x00, 0x20),
                1 => Pick(random, ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C', '\u200B', '\uFEFF']),
                2 => (char)random.Next(0xD800, 0xE000),
                3 => (char)random.Next(0x0300, 0x0370),
                4 => (char)random.Next(0x3040, 0x3100),
                5 => (char)random.Next(0x4E00, 0x4F00),
                6 => (char)random.Next(0xFF01, 0xFF5F),
                7 => (char)random.Next(0x7F, 0xA0),
                8 => Pick(random, ['◎', '、', '。', '（', '）', '「', '」', '・', 'ー', '－', '〜', '\u3000']),
                _ => (char)random.Next(0x20, 0x7F),
            };
            sb.Append(c);
        }

        return sb.ToString();
    }

    private static string Insert(Random random, string line, string what) => line.Insert(random.Next(line.Length + 1), what);

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
