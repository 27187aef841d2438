using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>What the rows of a table are: records of a schema, or values (of a list of texts or enum names) of a type.</summary>
/// <param name="Schema">The records' schema, or null for values.</param>
/// <param name="Type">The values' Table Schema type.</param>
/// <param name="AllowedValues">The values' allowed names, for enum values.</param>
/// <param name="Source">Where the rows are, from the kind's record, as <see cref="RecordLink.Path"/> writes it: empty for the
/// kind's own records, <c>AgendaItems[]</c> for the items of a list.</param>
internal sealed record Item(RecordSchema? Schema, string Type, ImmutableArray<string> AllowedValues, string Source)
{
    /// <summary>The rows of a kind's own table.</summary>
    public static Item Of(RecordSchema schema) => new(schema, "object", [], string.Empty);

    /// <summary>The rows of the child table of a list field.</summary>
    /// <param name="list">The list field.</param>
    /// <param name="source">Its path from the kind's record (<c>AgendaItems[].Presenters[]</c>).</param>
    public static Item Of(FieldSchema list, string source) => new(list.Record, list.Type, list.AllowedValues, source);
}
