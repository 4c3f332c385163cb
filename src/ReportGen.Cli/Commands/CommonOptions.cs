using System.CommandLine;

namespace ReportGen.Cli.Commands;

/// <summary>The options several commands share, each defined once so that they read and behave alike.</summary>
internal static class CommonOptions
{
    public static Option<string> Content() => new("--content")
    {
        Description = "内容フォルダ（既定: content）",
        DefaultValueFactory = _ => "content",
    };

    /// <summary>The site's templates, for <c>build</c> and <c>serve</c>.</summary>
    public static Option<string> Templates() => new("--templates")
    {
        Description = "サイトのテンプレート（既定: templates）。内容フォルダの templates/ にある同名のファイルが優先される",
        DefaultValueFactory = _ => "templates",
    };

    /// <summary>A YYYY-MM-DD date given on the command line.</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        ReportGen.Text.IsoDate.TryParse(text, out date);
}
