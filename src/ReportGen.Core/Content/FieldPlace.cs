namespace ReportGen.Content;

/// <summary>
/// Where in the content a field may be written: which file, and which mapping inside it. Each place is one mapping
/// the loader reads with <see cref="Fields"/> and one object of a JSON Schema in <c>schema/</c>.
/// </summary>
internal enum FieldPlace
{
    /// <summary>The top of <c>report.yaml</c>.</summary>
    Report,

    /// <summary>One item of <c>offices:</c> in <c>report.yaml</c>.</summary>
    Office,

    /// <summary>The top of <c>structure.yaml</c>.</summary>
    Structure,

    /// <summary>One item of <c>sections:</c> in <c>structure.yaml</c>.</summary>
    Section,

    /// <summary>One item of a section's <c>goals:</c>.</summary>
    Goal,

    /// <summary>The top of a measure file, <c>measures/*.yaml</c>.</summary>
    Measure,

    /// <summary>One fiscal year under a measure's <c>years:</c>.</summary>
    Year,

    /// <summary>The top of an edition file, <c>editions/*.yaml</c>.</summary>
    Edition,

    /// <summary>One item of an edition's <c>columns:</c>.</summary>
    Column,

    /// <summary>An edition's <c>page:</c>.</summary>
    Page,

    /// <summary>An edition's <c>page: margins_mm:</c>.</summary>
    Margins,

    /// <summary>An edition's <c>fonts:</c>.</summary>
    Fonts,
}
