using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using ReportGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using ContentFields = ReportGen.Content.ContentFields;
using ContentLoader = ReportGen.Content.ContentLoader;
using FieldPlace = ReportGen.Content.FieldPlace;
using FieldType = ReportGen.Content.FieldType;

namespace ReportGen.Tests;

/// <summary>
/// The JSON Schemas in <c>schema/</c> give editors validation and completion in VS Code; <see cref="ContentLoader"/>
/// is what the build trusts. These tests keep the two in agreement: the real content passes the schemas, the same
/// mistakes are caught by both, and every mapping lists exactly the fields of <see cref="ContentFields"/>, which the
/// loader accepts.
/// </summary>
public partial class SchemaTests
{
    private static readonly string ContentDir = Repo.Content;

    private static readonly string SchemaDir = Repo.Schemas;

    /// <summary>Mistakes an editor might make, each as one text replacement in a real content file.</summary>
    private static readonly Dictionary<string, Mistake> Mistakes = new(StringComparer.Ordinal)
    {
        ["unknown key"] = new("measures/m001.yaml", "\nyears:", "\ntitel: 見出し\nyears:"),
        ["missing goal"] = new("measures/m001.yaml", "\ngoal: g01\n", "\n"),
        // The real content has no draft edition between publication and new-year; the fixture's 2025 is one.
        ["misspelt column kind"] = new("editions/2025.yaml", "kind: results", "kind: result", Repo.Fixture("edition-2025")),
        ["era year key"] = new("measures/m001.yaml", "\n  2023:", "\n  令和5:"),
        ["year with a leading zero"] = new("measures/m001.yaml", "\n  2023:", "\n  02023:"),
        ["id that climbs"] = new("editions/2025.yaml", "\nid: 2025\n", "\nid: ../2025\n", Repo.Fixture("edition-2025")),
        ["id too long"] = new("measures/m001.yaml", "id: m001", "id: m001-aaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
    };

    [Fact]
    public void EveryIdPattern_IsTheLoadersRule()
    {
        var patterns = Directory.EnumerateFiles(SchemaDir, "*.schema.json")
            .SelectMany(f => IdPattern().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToList();

        Assert.True(patterns.Count >= 6, string.Join(", ", patterns));
        Assert.All(patterns, p => Assert.Equal(Model.ContentIds.Pattern, JsonSerializer.Deserialize<string>("\"" + p + "\"")));
    }

    [GeneratedRegex("\"pattern\": \"(\\^\\[a-z0-9\\][^\"]*)\"")]
    private static partial Regex IdPattern();

    public static TheoryData<string> ContentFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(ContentDir, "*.*", SearchOption.AllDirectories)
                     .Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".yml", StringComparison.Ordinal))
                     .Select(p => Path.GetRelativePath(ContentDir, p).Replace('\\', '/'))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(path);
        }

        return data;
    }

    public static TheoryData<string> MistakeNames() => [.. Mistakes.Keys];

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void ContentFile_IsValidAgainstItsSchema(string file)
    {
        var errors = Validate(SchemaFor(file), File.ReadAllText(Path.Combine(ContentDir, file)));

        Assert.True(errors.Count == 0, $"content/{file} does not match schema/{SchemaFor(file)}: {errors.FirstOrDefault()}");
    }

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void ContentFile_ModelineNamesTheSchemaThatValidatesIt(string file)
    {
        var path = Path.Combine(ContentDir, file);
        var match = ModelinePattern().Match(File.ReadLines(path).FirstOrDefault() ?? string.Empty);

        Assert.True(match.Success, $"content/{file} does not start with '# yaml-language-server: $schema=…'.");
        var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, match.Groups["path"].Value));
        Assert.Equal(Path.Combine(SchemaDir, SchemaFor(file)), target);
    }

    [Fact]
    public void MeasureSchema_RejectsAnUnknownKey()
    {
        var errors = ValidateWith("unknown key");

        Assert.Contains(errors, e => e.Location == "/titel");
    }

    [Fact]
    public void MeasureSchema_RejectsAMeasureWithoutGoal()
    {
        var errors = ValidateWith("missing goal");

        Assert.Contains(errors, e => e.Location.Length == 0 && e.Keyword == "required" && e.Message.Contains("goal", StringComparison.Ordinal));
    }

    [Fact]
    public void EditionSchema_RejectsAMisspeltColumnKind()
    {
        var errors = ValidateWith("misspelt column kind");

        Assert.Contains(errors, e => e.Location == "/columns/1/kind" && e.Keyword == "enum");
    }

    [Fact]
    public void MeasureSchema_RejectsAYearWrittenInTheJapaneseEra()
    {
        var errors = ValidateWith("era year key");

        Assert.Contains(errors, e => e.Location == "/years/令和5");
    }

    [Theory]
    [MemberData(nameof(MistakeNames))]
    public void Loader_RejectsTheMistakesTheSchemasReject(string mistake)
    {
        var (file, find, replace, _) = Mistakes[mistake];
        using var temp = TempContent.Of(Mistakes[mistake].Dir, "reportgen-schema-");
        temp.Write(file, Apply(temp.Read(file), find, replace));

        var result = ContentLoader.Load(temp.Content);

        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.File.EndsWith(file, StringComparison.Ordinal));
    }

    /// <summary>Where each place of the field table is described: the schema file and the path of its object.</summary>
    private static readonly Dictionary<FieldPlace, (string File, string Path)> SchemaObjects = new()
    {
        [FieldPlace.Report] = ("report.schema.json", ""),
        [FieldPlace.Office] = ("report.schema.json", "offices/items"),
        [FieldPlace.Structure] = ("structure.schema.json", ""),
        [FieldPlace.Section] = ("structure.schema.json", "sections/items"),
        [FieldPlace.Goal] = ("structure.schema.json", "sections/items/goals/items"),
        [FieldPlace.Measure] = ("measure.schema.json", ""),
        [FieldPlace.Year] = ("measure.schema.json", "years/*"),
        [FieldPlace.Edition] = ("edition.schema.json", ""),
        [FieldPlace.Column] = ("edition.schema.json", "columns/items"),
        [FieldPlace.Page] = ("edition.schema.json", "page"),
        [FieldPlace.Margins] = ("edition.schema.json", "page/margins_mm"),
        [FieldPlace.Fonts] = ("edition.schema.json", "fonts"),
    };

    /// <summary>The JSON Schema type that describes each type of the table.</summary>
    private static string JsonType(FieldType type) => type switch
    {
        FieldType.Text or FieldType.Id or FieldType.Date => "string",
        FieldType.Integer => "integer",
        FieldType.Number => "number",
        FieldType.Boolean => "boolean",
        FieldType.TextList or FieldType.MappingList => "array",
        FieldType.NameMap or FieldType.Mapping or FieldType.YearMap => "object",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    // Places are passed by name: the table is internal to ReportGen.Core, and a theory's parameters are public.
    public static TheoryData<string> Places() => [.. Enum.GetNames<FieldPlace>()];

    [Theory]
    [MemberData(nameof(Places))]
    public void Schema_ListsExactlyTheFieldsOfTheTable_InItsOrder(string placeName)
    {
        var place = Enum.Parse<FieldPlace>(placeName);
        var (schemaFile, path) = SchemaObjects[place];
        var schema = SchemaObjectAt(schemaFile, path);

        var schemaKeys = schema["properties"]!.AsObject().Select(p => p.Key).ToList();

        Assert.Equal(ContentFields.KeysOf(place), schemaKeys);
        Assert.False(schema["additionalProperties"]!.GetValue<bool>(), $"{schemaFile} at '{path}' must set additionalProperties: false, as the loader rejects unknown keys.");
        Assert.Contains($"書ける項目は {string.Join(", ", schemaKeys)} です", schema["errorMessage"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Places))]
    public void Schema_RequiresWhatTheTableRequires(string placeName)
    {
        var place = Enum.Parse<FieldPlace>(placeName);
        var (schemaFile, path) = SchemaObjects[place];
        var required = SchemaObjectAt(schemaFile, path)["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [];

        Assert.Equal(ContentFields.Of(place).Where(f => f.Required).Select(f => f.Key), required);
    }

    [Theory]
    [MemberData(nameof(Places))]
    public void Schema_TypesAndTitlesEachFieldAsTheTableDoes(string placeName)
    {
        var place = Enum.Parse<FieldPlace>(placeName);
        var (schemaFile, path) = SchemaObjects[place];
        var properties = SchemaObjectAt(schemaFile, path)["properties"]!.AsObject();

        Assert.All(ContentFields.Of(place), field =>
        {
            var property = properties[field.Key]!.AsObject();
            var types = property["type"] is JsonArray list ? list.Select(t => t!.GetValue<string>()).ToList() : [property["type"]!.GetValue<string>()];
            Assert.True(types.Contains(JsonType(field.Type)), $"{field}: the schema types it as {string.Join(", ", types)}, the table as {field.Type}.");
            Assert.Equal(field.Title, property["title"]?.GetValue<string>());
        });
    }

    [Fact]
    public void EveryMappingOfTheSchemas_IsAPlaceOfTheTable()
    {
        var mappings = Directory.EnumerateFiles(SchemaDir, "*.schema.json")
            .SelectMany(file => MappingsIn(JsonNode.Parse(File.ReadAllText(file))!.AsObject(), string.Empty).Select(path => (Path.GetFileName(file), path)))
            .Order()
            .ToList();

        Assert.Equal(SchemaObjects.Values.Order(), mappings);
        Assert.Equal(Enum.GetValues<FieldPlace>().Order(), SchemaObjects.Keys.Order());
    }

    /// <summary>
    /// The paths (as <see cref="SchemaObjectAt"/> takes them) of the objects with named properties: the mappings an
    /// editor writes keys into. The conditions of if/then/else only narrow properties already listed.
    /// </summary>
    private static IEnumerable<string> MappingsIn(JsonObject schema, string path)
    {
        if (schema["properties"] is JsonObject properties)
        {
            yield return path;
            foreach (var (key, value) in properties)
            {
                foreach (var inner in MappingsIn(value!.AsObject(), Join(path, key)))
                {
                    yield return inner;
                }
            }
        }

        if (schema["items"] is JsonObject items)
        {
            foreach (var inner in MappingsIn(items, Join(path, "items")))
            {
                yield return inner;
            }
        }

        foreach (var (_, value) in schema["patternProperties"]?.AsObject() ?? [])
        {
            foreach (var inner in MappingsIn(value!.AsObject(), Join(path, "*")))
            {
                yield return inner;
            }
        }

        static string Join(string path, string step) => path.Length == 0 ? step : path + "/" + step;
    }

    private static List<SchemaError> ValidateWith(string mistake)
    {
        var (file, find, replace, _) = Mistakes[mistake];
        var text = Apply(File.ReadAllText(Path.Combine(Mistakes[mistake].Dir, file)), find, replace);
        var errors = Validate(SchemaFor(file), text);
        Assert.NotEmpty(errors);
        return errors;
    }

    private static string Apply(string text, string find, string replace)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains(find, text, StringComparison.Ordinal);
        return text.Replace(find, replace, StringComparison.Ordinal);
    }

    /// <summary>The schema for a content file, by where it lives (as in <c>.vscode/settings.json</c>).</summary>
    private static string SchemaFor(string file) => file switch
    {
        ContentLoader.ReportFile => "report.schema.json",
        ContentLoader.StructureFile => "structure.schema.json",
        _ when file.StartsWith(ContentLoader.EditionsFolder + "/", StringComparison.Ordinal) => "edition.schema.json",
        _ when file.StartsWith(ContentLoader.MeasuresFolder + "/", StringComparison.Ordinal) => "measure.schema.json",
        _ => throw new InvalidOperationException($"content/{file}: no schema is meant for this file."),
    };

    private static List<SchemaError> Validate(string schemaFile, string yaml)
    {
        // The schemas say draft-07 in $schema, but JsonSchema.Net only applies all of draft-07's rules (e.g. that
        // $ref ignores its siblings) when the dialect is also chosen in the build options.
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(SchemaDir, schemaFile)), new BuildOptions { Dialect = Dialect.Draft07 });
        using var instance = JsonDocument.Parse(YamlToJson(yaml)?.ToJsonString() ?? "null");
        var results = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        // The list output also reports the conditions of if/then/else that did not hold; those are not errors.
        var errors = (results.Details ?? [])
            .Prepend(results)
            .Where(d => d.Errors is { Count: > 0 } && !d.EvaluationPath.ToString().Split('/').Contains("if"))
            .SelectMany(d => d.Errors!.Select(e => new SchemaError(d.InstanceLocation.ToString(), e.Key, e.Value, d.EvaluationPath.ToString())))
            .ToList();
        Assert.NotEmpty(errors);
        return errors;
    }

    /// <summary>
    /// Reads YAML as the editor's YAML extension does (YAML 1.2 core schema): unquoted null, true/false and numbers
    /// become JSON null, booleans and numbers; everything else, and anything quoted, is a string.
    /// </summary>
    private static JsonNode? YamlToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : ToJson(stream.Documents[0].RootNode);
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(e => KeyValuePair.Create(((YamlScalarNode)e.Key).Value ?? string.Empty, ToJson(e.Value)))),
        YamlSequenceNode seq => new JsonArray([.. seq.Children.Select(ToJson)]),
        YamlScalarNode scalar => ToJson(scalar),
        _ => throw new InvalidOperationException($"Unexpected YAML node at {node.Start}."),
    };

    private static JsonValue? ToJson(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain || !scalar.Tag.IsEmpty)
        {
            return JsonValue.Create(text);
        }

        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        if (IntegerPattern().IsMatch(text) && decimal.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        if (FloatPattern().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(text);
    }

    /// <summary>
    /// The schema object for one mapping, by a path of property names from the root: <c>items</c> steps into an
    /// array's items, <c>*</c> into the only pattern property.
    /// </summary>
    private static JsonObject SchemaObjectAt(string schemaFile, string path)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaDir, schemaFile)))!.AsObject();
        foreach (var step in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = step switch
            {
                "items" => node["items"]!.AsObject(),
                "*" => Assert.Single(node["patternProperties"]!.AsObject()).Value!.AsObject(),
                _ => node["properties"]![step]!.AsObject(),
            };
        }

        return node;
    }

    [GeneratedRegex(@"^# yaml-language-server: \$schema=(?<path>\S+)\s*$")]
    private static partial Regex ModelinePattern();

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();

    private sealed record Mistake(string File, string Find, string Replace, string? Root = null)
    {
        public string Dir => Root ?? ContentDir;
    }

    private sealed record SchemaError(string Location, string Keyword, string Message, string SchemaPath)
    {
        public override string ToString() => $"at '{Location}' ({SchemaPath}): {Message}";
    }
}
