using System.Collections;
using System.Collections.Frozen;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data;

/// <summary>
/// Every text of a record, by its path as the data files name it (<c>purpose</c>, <c>activities[1]</c>,
/// <c>rows[3].cells[0]</c>, <c>chair.title</c>), walked by the generated schemas alone: the texts whose whole names a
/// record's <see cref="NamedRecord"/> links point into, so that a text field added to any kind is read for names
/// without being listed.
/// </summary>
/// <remarks>A record nested in another that carries its own links (an agenda item in a meeting) holds its texts
/// itself: the walk of the outer record stops at it.</remarks>
internal static class RecordTexts
{
    /// <summary>The JSON name of the field that holds a record's links.</summary>
    public const string LinksField = "namedRecords";

    private static readonly Lazy<FrozenDictionary<Type, RecordSchema>> Schemas = new(() =>
    {
        var found = new Dictionary<Type, RecordSchema>();
        void Add(RecordSchema schema)
        {
            if (found.TryAdd(schema.RecordType, schema))
            {
                foreach (var nested in schema.Fields.Select(f => f.Record).OfType<RecordSchema>())
                {
                    Add(nested);
                }
            }
        }

        foreach (var kind in RecordKindRegistry.All)
        {
            Add(kind.Schema);
        }

        return found.ToFrozenDictionary();
    });

    /// <summary>The schema of a record type of the data (a kind's record, or one nested in it).</summary>
    /// <returns>The schema, or <see langword="null"/> for a type the data files do not hold.</returns>
    public static RecordSchema? SchemaOf(Type recordType) => Schemas.Value.GetValueOrDefault(recordType);

    /// <summary>Whether records of a schema carry their own links.</summary>
    public static bool HoldsLinks(RecordSchema schema) => schema.Fields.Any(f => f.Name == LinksField);

    /// <summary>Every text of a record and of the records nested in it that carry no links of their own, in the order
    /// the data files write them, with the innermost record each stands in (a participant, a table's row).</summary>
    /// <param name="record">A record of the data.</param>
    /// <returns>The path, the text and the record holding it; empty for a type the data files do not hold.</returns>
    public static IEnumerable<(string Path, string Text, object Owner)> Of(object record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return SchemaOf(record.GetType()) is { } schema ? Walk(record, schema, string.Empty) : [];
    }

    /// <summary>The texts of a record by path (see <see cref="Of"/>).</summary>
    public static IReadOnlyDictionary<string, string> ByPath(object record) =>
        Of(record).ToDictionary(t => t.Path, t => t.Text, StringComparer.Ordinal);

    private static IEnumerable<(string Path, string Text, object Owner)> Walk(object record, RecordSchema schema, string prefix)
    {
        foreach (var field in schema.Fields)
        {
            if (field.Name == LinksField || (field.Type != "string" && field.Record is null))
            {
                continue;
            }

            var value = field.ValueOf(record);
            if (field.IsList)
            {
                var i = 0;
                foreach (var item in (IEnumerable?)value ?? Array.Empty<object>())
                {
                    foreach (var text in Item(item, field, record, FormattableString.Invariant($"{prefix}{field.Name}[{i}]")))
                    {
                        yield return text;
                    }

                    i++;
                }
            }
            else
            {
                foreach (var text in Item(value, field, record, prefix + field.Name))
                {
                    yield return text;
                }
            }
        }
    }

    private static IEnumerable<(string Path, string Text, object Owner)> Item(object? value, FieldSchema field, object owner, string path)
    {
        if (value is string text && field.Record is null)
        {
            return [(path, text, owner)];
        }

        // Spans and dates are records of the data too, but hold no text; a nested record with links of its own is walked on its own.
        return value is not null && field.Record is { } nested && !HoldsLinks(nested)
            ? Walk(value, nested, path + ".")
            : [];
    }
}
