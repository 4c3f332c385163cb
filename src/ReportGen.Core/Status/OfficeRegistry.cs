using ReportGen.Model;

namespace ReportGen.Status;

/// <summary>What one 担当 entry names: the registry's offices it mentions and the parts no office matches.</summary>
public sealed record OfficeMatch(IReadOnlyList<OfficeInfo> Offices, IReadOnlyList<string> Unknown);

/// <summary>
/// Reads 担当 as people write it against the registry in report.yaml. One entry may name several offices
/// (「経済産業省ヘル産課・医福室」 is ヘル産課 and 医福室 of 経済産業省), so each office's name and short forms are looked for
/// in the entry, the longest first, and what is left over after the ministry's prefix is reported as unknown.
/// </summary>
public sealed class OfficeRegistry
{
    private readonly IReadOnlyList<OfficeInfo> _offices;
    private readonly List<(string Form, OfficeInfo Office)> _forms;
    private readonly HashSet<string> _prefixes;

    public OfficeRegistry(IReadOnlyList<OfficeInfo> offices)
    {
        _offices = offices;
        _forms = [.. offices
            .SelectMany(o => o.ShortForms.Prepend(o.Name).Select(f => (Form: f, Office: o)))
            .Where(x => x.Form.Length > 0)
            .OrderByDescending(x => x.Form.Length)
            .ThenBy(x => x.Form, StringComparer.Ordinal)];

        // 「厚労省」 in 「厚労省・機器室」 is what the office names start with, not an office of its own.
        _prefixes = [.. offices.SelectMany(o => o.ShortForms.Where(s => o.Name.EndsWith(s, StringComparison.Ordinal) && o.Name.Length > s.Length).Select(s => o.Name[..^s.Length]))];
    }

    public bool IsEmpty => _offices.Count == 0;

    public IReadOnlyList<OfficeInfo> Offices => _offices;

    public OfficeMatch Match(string entry)
    {
        var taken = new bool[entry.Length];
        var found = new List<(int At, OfficeInfo Office)>();
        foreach (var (form, office) in _forms)
        {
            for (var i = entry.IndexOf(form, StringComparison.Ordinal); i >= 0; i = entry.IndexOf(form, i + 1, StringComparison.Ordinal))
            {
                if (Enumerable.Range(i, form.Length).Any(k => taken[k]))
                {
                    continue;
                }

                for (var k = i; k < i + form.Length; k++)
                {
                    taken[k] = true;
                }

                found.Add((i, office));
            }
        }

        var unknown = new List<string>();
        var rest = new string([.. entry.Select((c, i) => taken[i] ? '・' : c)]);
        foreach (var part in rest.Split('・', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!_prefixes.Contains(part))
            {
                unknown.Add(part);
            }
        }

        return new OfficeMatch([.. found.OrderBy(f => f.At).Select(f => f.Office).Distinct()], unknown);
    }

    /// <summary>The offices a 担当 cell names, main and supporting, and the parts no office of the registry matches.</summary>
    public (IReadOnlyList<(OfficeInfo Office, bool Supporting)> Offices, IReadOnlyList<string> Unknown) Resolve(Model.Offices offices)
    {
        var result = new List<(OfficeInfo, bool)>();
        var unknown = new List<string>();
        foreach (var (entry, supporting) in offices.Main.Select(e => (e, false)).Concat(offices.Supporting.Select(e => (e, true))))
        {
            var match = Match(entry);
            result.AddRange(match.Offices.Where(o => result.All(r => r.Item1 != o)).Select(o => (o, supporting)));
            unknown.AddRange(match.Unknown);
        }

        return (result, unknown);
    }

    /// <summary>The registry's office a person means by <paramref name="name"/>: its name or one of its short forms.</summary>
    public OfficeInfo? Find(string name) =>
        _offices.FirstOrDefault(o => o.Name == name) ?? _offices.FirstOrDefault(o => o.ShortForms.Contains(name));
}
