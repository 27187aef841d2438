using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>
/// Turns a record kind (its records as a JSON array) into flat tables: nested objects become prefixed columns
/// (<c>source_line</c>), nested lists become child tables with the parent's key and the position, keyed by the
/// items' own ids where they have them (<c>executive-68-01</c>).
/// Works on any record kind, so every kind the package declares is exported the same way; column types and
/// descriptions come from the record type's properties.
/// </summary>
internal sealed class TableFlattener(DocComments docs)
{
    private const string KeyColumn = "key";
    private const string ParentColumn = "parent";
    private const string PositionColumn = "position";
    private const string ValueColumn = "value";
    private const string TotalFlag = "isTotal";

    /// <summary>Flattens one record kind.</summary>
    public IEnumerable<ExportTable> Flatten(RecordKind kind, JsonArray records)
    {
        var name = kind.Name.Replace('-', '_');
        var items = records.Select((r, i) => (Key: ExportKeys.Of(kind, r) ?? KeyOf(r, i), Parent: (string?)null, Position: i, Node: r)).ToList();
        var description = $"One row per record of {kind.FileName}.";
        if (records.Any(r => r is JsonObject o && o.ContainsKey(TotalFlag)))
        {
            description += $" The row whose {TotalFlag} is true is the printed total (合计) of the others: skip it when summing rows.";
        }

        return Build(name, description, kind.RecordType, items, parent: null);
    }

    private IEnumerable<ExportTable> Build(string name, string description, Type itemType, List<(string Key, string? Parent, int Position, JsonNode? Node)> items, string? parent)
    {
        var columns = new List<string>();
        var columnTypes = new Dictionary<string, (Type Type, string Description)>(StringComparer.Ordinal);
        var children = new Dictionary<string, (Type ItemType, List<ChildItem> Items)>(StringComparer.Ordinal);
        var childLists = new List<string>();
        var rows = new List<Dictionary<string, object?>>();
        foreach (var (key, parentKey, position, node) in items)
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal) { [KeyColumn] = key };
            if (parent is not null)
            {
                row[ParentColumn] = parentKey;
                row[PositionColumn] = (long)position;
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
                ? new ExportColumn(c, SchemaType(typed.Type), typed.Description) { AllowedValues = EnumNames.Of(typed.Type) }
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
            foreach (var table in Build($"{name}__{Snake(list.Replace('.', '_'))}", $"One row per item of the {list} list of {name}, with the parent's key and the item's position.", childType, ChildKeys(childItems), name))
            {
                yield return table;
            }
        }
    }

    /// <param name="obj">The JSON object.</param>
    /// <param name="prefix">The JSON path of the object within the row (empty for the row's own object).</param>
    /// <param name="type">The object's record type.</param>
    /// <param name="describedBy">For a nested object, the JSON path of the row's property that holds it.</param>
    /// <param name="table">The table being built.</param>
    private void AddColumns(JsonObject obj, string prefix, Type type, string? describedBy, TableParts table)
    {
        foreach (var (jsonName, value) in obj)
        {
            var property = PropertyOf(type, jsonName);
            var path = prefix + jsonName;
            var description = describedBy is null ? Describe(type, property, path) : $"{describedBy}: {Describe(type, property, path)}";
            switch (value)
            {
                case JsonObject nested:
                    AddColumns(nested, path + ".", property.PropertyType, path, table);
                    break;

                // A nested object that is absent has no column of its own: its fields' columns (chair_name …),
                // added by the rows that have it, are empty in this row.
                case null when IsNested(property.PropertyType):
                    break;
                case JsonArray list:
                    if (!table.Children.TryGetValue(path, out var child))
                    {
                        table.Children[path] = child = (ItemTypeOf(property.PropertyType), []);
                        table.ChildLists.Add(path);
                    }

                    child.Items.AddRange(list.Select((item, i) => new ChildItem(table.Key, i, item)));
                    break;
                default:
                    AddColumn(path.Replace('.', '_'), Scalar(value), property.PropertyType, description, table);
                    break;
            }
        }
    }

    private static void AddColumn(string column, object? value, Type type, string description, TableParts table)
    {
        // Times are written HH:mm; Table Schema's time (and SQLite's) is HH:MM:SS.
        if (value is string time && (Nullable.GetUnderlyingType(type) ?? type) == typeof(TimeOnly) && time.Length == 5)
        {
            value = time + ":00";
        }

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
        KeyColumn => parent is null
            ? "The record's id (or its 1-based position where it has none); 表6 rows are keyed like their figures: t6-total, t6-yuecheng, …"
            : "The item's key: its id where the items have ids, else the parent's key, '/', and the item's position.",
        ParentColumn => $"The key of the row of {parent} this item belongs to.",
        _ => "The item's 0-based position in the list.",
    };

    // The package writes its records with camelCase names (YearbookJsonContext), so a JSON name is its property's name.
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "TrimmerRoots.xml keeps the package's model whole: every record type keeps its public properties.")]
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
            _ when underlying == typeof(TimeOnly) => "time",

            // Enums are written as names (with constraints.enum listing them).
            _ => "string",
        };
    }

    // A list's items are keyed by their own ids when every item has one and no two share it (agenda items:
    // executive-68-01), so that a key read in one table is the id the package uses; otherwise by position.
    private static List<(string Key, string? Parent, int Position, JsonNode? Node)> ChildKeys(List<ChildItem> items)
    {
        var ids = items.Select(i => IdOf(i.Node)).ToList();
        var byId = ids.All(id => id is not null) && ids.Distinct(StringComparer.Ordinal).Count() == ids.Count;
        return [.. items.Select((item, n) => (
            byId ? ids[n]! : $"{item.Parent}/{item.Position.ToString(CultureInfo.InvariantCulture)}",
            (string?)item.Parent,
            item.Position,
            item.Node))];
    }

    private static string? IdOf(JsonNode? node) =>
        node is JsonObject o && o["id"] is JsonValue id && id.TryGetValue<string>(out var text) ? text : null;

    private static bool IsNested(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return !(underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal)
            || underlying == typeof(DateOnly) || underlying == typeof(TimeOnly) || underlying == typeof(DateTime));
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
