using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>
/// Turns a record kind (its records as a JSON array) into flat tables: nested objects become prefixed columns
/// (<c>source_line</c>), nested lists become child tables keyed by the parent's key and the position.
/// Works on any record kind, so every kind the package declares is exported the same way; column types and
/// descriptions come from the record type's properties.
/// </summary>
internal sealed class TableFlattener(DocComments docs)
{
    private const string KeyColumn = "key";
    private const string ParentColumn = "parent";
    private const string PositionColumn = "position";
    private const string ValueColumn = "value";

    /// <summary>Flattens one record kind.</summary>
    public IEnumerable<ExportTable> Flatten(RecordKind kind, JsonArray records)
    {
        var name = kind.Name.Replace('-', '_');
        var items = records.Select((r, i) => (Key: KeyOf(r, i), Node: r)).ToList();
        return Build(name, $"One row per record of {kind.FileName}.", kind.RecordType, items, parent: null);
    }

    private IEnumerable<ExportTable> Build(string name, string description, Type itemType, List<(string Key, JsonNode? Node)> items, string? parent)
    {
        var columns = new List<string>();
        var columnTypes = new Dictionary<string, (Type Type, string Description)>(StringComparer.Ordinal);
        var children = new Dictionary<string, (Type ItemType, List<(string Key, JsonNode? Node)> Items)>(StringComparer.Ordinal);
        var childLists = new List<string>();
        var rows = new List<Dictionary<string, object?>>();
        foreach (var (key, node) in items)
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal) { [KeyColumn] = key };
            if (parent is not null)
            {
                row[ParentColumn] = key[..key.LastIndexOf('/')];
                row[PositionColumn] = long.Parse(key[(key.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
            }

            var table = new TableParts(key, row, columns, columnTypes, childLists, children);
            if (node is JsonObject obj)
            {
                AddColumns(obj, prefix: string.Empty, itemType, describedBy: null, table);
            }
            else
            {
                AddColumn(ValueColumn, Scalar(node), itemType, "The item.", table);
            }

            rows.Add(row);
        }

        var allColumns = new List<string> { KeyColumn };
        if (parent is not null)
        {
            allColumns.Add(ParentColumn);
            allColumns.Add(PositionColumn);
        }

        allColumns.AddRange(columns);
        var exportColumns = allColumns
            .Select(c => columnTypes.TryGetValue(c, out var typed)
                ? new ExportColumn(c, SchemaType(typed.Type), typed.Description)
                : new ExportColumn(c, c == PositionColumn ? "integer" : "string", DescribeKey(c, parent)))
            .ToImmutableArray();
        yield return new ExportTable(
            name,
            description,
            exportColumns,
            [.. rows.Select(r => allColumns.Select(c => r.GetValueOrDefault(c)).ToImmutableArray())],
            KeyColumn,
            parent);

        foreach (var list in childLists)
        {
            var (childType, childItems) = children[list];
            foreach (var table in Build($"{name}__{Snake(list.Replace('.', '_'))}", $"One row per item of the {list} list of {name}, with the parent's key and the item's position.", childType, childItems, name))
            {
                yield return table;
            }
        }
    }

    /// <param name="obj">The JSON object.</param>
    /// <param name="prefix">The JSON path of the object within the row (empty for the row's own object).</param>
    /// <param name="type">The object's record type.</param>
    /// <param name="describedBy">For a nested object, the description of the row's property that holds it.</param>
    /// <param name="table">The table being built.</param>
    private void AddColumns(JsonObject obj, string prefix, Type type, string? describedBy, TableParts table)
    {
        foreach (var (jsonName, value) in obj)
        {
            var property = PropertyOf(type, jsonName);
            var path = prefix + jsonName;
            var description = describedBy ?? Describe(type, property, path);
            switch (value)
            {
                case JsonObject nested:
                    AddColumns(nested, path + ".", property.PropertyType, description, table);
                    break;
                case JsonArray list:
                    if (!table.Children.TryGetValue(path, out var child))
                    {
                        table.Children[path] = child = (ItemTypeOf(property.PropertyType), []);
                        table.ChildLists.Add(path);
                    }

                    child.Items.AddRange(list.Select((item, i) => ($"{table.Key}/{i.ToString(CultureInfo.InvariantCulture)}", item)));
                    break;
                default:
                    AddColumn(path.Replace('.', '_'), Scalar(value), property.PropertyType, description, table);
                    break;
            }
        }
    }

    private static void AddColumn(string column, object? value, Type type, string description, TableParts table)
    {
        if (!table.Columns.Contains(column))
        {
            table.Columns.Add(column);
            table.ColumnTypes[column] = (type, description);
        }

        table.Row[column] = value;
    }

    private string Describe(Type type, PropertyInfo property, string column) =>
        docs.Describe(type, property.Name) is { Length: > 0 } summary ? summary : $"The {column.Replace('.', ' ')}.";

    private static string DescribeKey(string column, string? parent) => column switch
    {
        KeyColumn => parent is null ? "The record's id (or its 1-based position where it has none)." : "The item's key: the parent's key, '/', and the item's position.",
        ParentColumn => $"The key of the row of {parent} this item belongs to.",
        _ => "The item's 0-based position in the list.",
    };

    // The package writes its records with camelCase names (YearbookJsonContext), so a JSON name is its property's name.
    private static PropertyInfo PropertyOf(Type type, string jsonName) =>
        type.GetProperty(char.ToUpperInvariant(jsonName[0]) + jsonName[1..], BindingFlags.Public | BindingFlags.Instance)
        ?? throw new InvalidOperationException($"{type.Name} has no property for the JSON name '{jsonName}'.");

    private static Type ItemTypeOf(Type listType) =>
        listType.IsArray ? listType.GetElementType()! : listType.GetGenericArguments().Single();

    private static string SchemaType(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            _ when underlying == typeof(bool) => "boolean",
            _ when underlying == typeof(int) || underlying == typeof(long) => "integer",
            _ when underlying == typeof(decimal) || underlying == typeof(double) => "number",
            _ when underlying == typeof(DateOnly) => "date",

            // Times are written HH:mm, which Table Schema's default time format (HH:MM:SS) does not accept;
            // enums are written as kebab-case names; a nested object that is null has no columns of its own.
            _ => "string",
        };
    }

    private static string KeyOf(JsonNode? record, int index) =>
        record is JsonObject o && o["id"] is JsonValue id && id.TryGetValue<string>(out var text)
            ? text
            : (index + 1).ToString(CultureInfo.InvariantCulture);

    private static object? Scalar(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        _ => node.ToJsonString(),
    };

    // Frictionless resource names are lower case ([-a-z0-9._/]); list names are camelCase JSON names.
    private static string Snake(string name) => string.Concat(name.Select(c => char.IsAsciiLetterUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));

}
