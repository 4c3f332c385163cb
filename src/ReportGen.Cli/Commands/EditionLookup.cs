using ReportGen.Model;

namespace ReportGen.Cli.Commands;

/// <summary>An edition named on the command line (<c>--edition</c>, <c>--from</c>, <c>--to</c>), with one message when it is not there.</summary>
internal static class EditionLookup
{
    /// <summary>
    /// The edition <paramref name="id"/> of <paramref name="report"/>, or null after saying which editions there are.
    /// <paramref name="origin"/> names where the report came from when it is not the content folder (a git revision).
    /// </summary>
    public static Edition? Find(Report report, string id, TextWriter stderr, string? origin = null)
    {
        var edition = report.FindEdition(id);
        if (edition is null)
        {
            var where = origin is null ? string.Empty : origin + " に";
            stderr.WriteLine($"reportgen: {where}版「{id}」がありません。ある版: {string.Join(", ", report.Editions.Select(e => e.Id))}");
        }

        return edition;
    }
}
