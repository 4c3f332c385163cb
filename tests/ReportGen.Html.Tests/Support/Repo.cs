namespace ReportGen.Html.Tests.Support;

/// <summary>Paths in the repository, found from the test assembly's folder.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Templates => Path.Combine(Root, "templates");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ReportGen.sln not found above " + AppContext.BaseDirectory);
    }
}
