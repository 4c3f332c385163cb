using System.Text;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Cli.Tests.Workflows;

/// <summary>A step of a job: an action (<see cref="Uses"/> with its <see cref="With"/>) or a shell script (<see cref="Run"/>).</summary>
public sealed record WorkflowStep(string? Name, string? Uses, string? Run, IReadOnlyDictionary<string, string> With)
{
    public override string ToString() => Name ?? Uses ?? Run ?? "(step)";
}

/// <summary>A job of a workflow: where it runs and its steps.</summary>
public sealed record WorkflowJob(string Id, string? Container, IReadOnlyList<WorkflowStep> Steps)
{
    public IEnumerable<WorkflowStep> RunSteps => Steps.Where(s => s.Run is not null);
}

/// <summary>The parts of a GitHub workflow file that the tests hold to the repository, read with YamlDotNet.</summary>
public sealed record Workflow(string FileName, IReadOnlyList<WorkflowJob> Jobs)
{
    public static string Folder => Path.Combine(Repo.Root, ".github", "workflows");

    public static IEnumerable<string> FileNames =>
        Directory.GetFiles(Folder, "*.yml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static Workflow Load(string fileName)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Folder, fileName), Encoding.UTF8))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var jobs = new List<WorkflowJob>();
        foreach (var (key, value) in (YamlMappingNode)root["jobs"])
        {
            var job = (YamlMappingNode)value;
            var container = Child(job, "container") switch
            {
                YamlScalarNode image => image.Value,
                YamlMappingNode mapping => Scalar(mapping, "image"),
                _ => null,
            };
            var steps = Child(job, "steps") is YamlSequenceNode sequence
                ? sequence.Children.Cast<YamlMappingNode>().Select(Step).ToList()
                : [];
            jobs.Add(new WorkflowJob(((YamlScalarNode)key).Value!, container, steps));
        }

        return new Workflow(fileName, jobs);
    }

    private static WorkflowStep Step(YamlMappingNode step)
    {
        var with = Child(step, "with") is YamlMappingNode mapping
            ? mapping.Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => (kv.Value as YamlScalarNode)?.Value ?? string.Empty, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        return new WorkflowStep(Scalar(step, "name"), Scalar(step, "uses"), Scalar(step, "run"), with);
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static string? Scalar(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;
}
