namespace ReportGen.Content;

/// <summary>What a content field holds, as the loader reads it and as the JSON Schema types it.</summary>
internal enum FieldType
{
    /// <summary>A string, one line or a block.</summary>
    Text,

    /// <summary>An id following <see cref="Model.ContentIds"/>.</summary>
    Id,

    /// <summary>A whole number written in half-width digits.</summary>
    Integer,

    /// <summary>A number, possibly with a fraction.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A date written as <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>A list of strings (<c>[◎厚, 経]</c>).</summary>
    TextList,

    /// <summary>A mapping of names to strings (<c>厚: 厚生労働省</c>).</summary>
    NameMap,

    /// <summary>A mapping read as a place of its own (<see cref="FieldPlace"/>).</summary>
    Mapping,

    /// <summary>A list of mappings, each read as a place of its own.</summary>
    MappingList,

    /// <summary>A mapping of fiscal years (<c>2024:</c>) to <see cref="FieldPlace.Year"/> mappings.</summary>
    YearMap,
}
