using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>What the rows of a table are: records of a schema, or values (of a list of texts or enum names) of a type.</summary>
/// <param name="Schema">The records' schema, or null for values.</param>
/// <param name="Type">The values' Table Schema type.</param>
/// <param name="AllowedValues">The values' allowed names, for enum values.</param>
internal sealed record Item(RecordSchema? Schema, string Type, ImmutableArray<string> AllowedValues)
{
    /// <summary>The rows of a kind's own table.</summary>
    public static Item Of(RecordSchema schema) => new(schema, "object", []);

    /// <summary>The rows of the child table of a list field.</summary>
    public static Item Of(FieldSchema list) => new(list.Record, list.Type, list.AllowedValues);
}
