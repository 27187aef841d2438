using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>
/// Turns a data file (a JSON array of records) into flat tables: nested objects become prefixed columns
/// (<c>source_line</c>), nested lists become child tables keyed by the parent's key and the position.
/// Works on any record kind, so every data file the package ships is exported the same way.
/// </summary>
internal sealed partial class TableFlattener(DocComments docs)
{
    private const string KeyColumn = "key";
    private const string ParentColumn = "parent";
    private const string PositionColumn = "position";

    /// <summary>Flattens one data file.</summary>
    public IEnumerable<ExportTable> Flatten(string fileName, JsonArray records)
    {
        var name = Path.GetFileNameWithoutExtension(fileName).Replace('-', '_');
        var items = records.Select((r, i) => (Key: KeyOf(r, i), Node: r)).ToList();
        return Build(name, $"One row per record of {fileName}.", items, parent: null);
    }

    private IEnumerable<ExportTable> Build(string name, string description, List<(string Key, JsonNode? Node)> items, string? parent)
    {
        var objects = items.Where(i => i.Node is JsonObject).Select(i => (JsonObject)i.Node!).ToList();
        var type = docs.TypeFor(objects.SelectMany(o => o.Select(p => p.Key)).Distinct());
        var columns = new List<string>();
        var childLists = new List<string>();
        var rows = new List<Dictionary<string, object?>>();
        var children = new Dictionary<string, List<(string Key, JsonNode? Node)>>(StringComparer.Ordinal);
        foreach (var (key, node) in items)
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal) { [KeyColumn] = key };
            if (parent is not null)
            {
                row[ParentColumn] = key[..key.LastIndexOf('/')];
                row[PositionColumn] = long.Parse(key[(key.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
            }

            if (node is JsonObject obj)
            {
                AddColumns(obj, prefix: string.Empty, key, row, columns, childLists, children);
            }
            else
            {
                AddColumn("value", Scalar(node), row, columns);
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
        var exportColumns = allColumns.Select(c => new ExportColumn(c, TypeOf(rows.Select(r => r.GetValueOrDefault(c))), Describe(c, type, parent))).ToImmutableArray();
        yield return new ExportTable(
            name,
            description,
            exportColumns,
            [.. rows.Select(r => allColumns.Select(c => r.GetValueOrDefault(c)).ToImmutableArray())],
            KeyColumn,
            parent);

        foreach (var list in childLists)
        {
            foreach (var table in Build($"{name}__{Snake(list.Replace('.', '_'))}", $"One row per item of the {list} list of {name}, with the parent's key and the item's position.", children[list], name))
            {
                yield return table;
            }
        }
    }

    private static void AddColumns(
        JsonObject obj,
        string prefix,
        string key,
        Dictionary<string, object?> row,
        List<string> columns,
        List<string> childLists,
        Dictionary<string, List<(string Key, JsonNode? Node)>> children)
    {
        foreach (var (property, value) in obj)
        {
            var path = prefix + property;
            switch (value)
            {
                case JsonObject nested:
                    AddColumns(nested, path + ".", key, row, columns, childLists, children);
                    break;
                case JsonArray list:
                    if (!children.TryGetValue(path, out var items))
                    {
                        children[path] = items = [];
                        childLists.Add(path);
                    }

                    items.AddRange(list.Select((item, i) => ($"{key}/{i.ToString(CultureInfo.InvariantCulture)}", item)));
                    break;
                default:
                    AddColumn(path.Replace('.', '_'), Scalar(value), row, columns);
                    break;
            }
        }
    }

    private static void AddColumn(string column, object? value, Dictionary<string, object?> row, List<string> columns)
    {
        if (!columns.Contains(column))
        {
            columns.Add(column);
        }

        row[column] = value;
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

    private static string TypeOf(IEnumerable<object?> values)
    {
        var present = values.Where(v => v is not null).ToList();
        if (present.Count == 0)
        {
            return "string";
        }

        return present switch
        {
            _ when present.All(v => v is long) => "integer",
            _ when present.All(v => v is long or decimal) => "number",
            _ when present.All(v => v is bool) => "boolean",
            _ when present.All(v => v is string s && IsoDate().IsMatch(s)) => "date",
            _ => "string",
        };
    }

    private string Describe(string column, string? type, string? parent) => column switch
    {
        KeyColumn => parent is null ? "The record's id (or its 1-based position where it has none)." : "The item's key: the parent's key, '/', and the item's position.",
        ParentColumn => $"The key of the row of {parent} this item belongs to.",
        PositionColumn => "The item's 0-based position in the list.",
        "value" => "The item.",
        _ => docs.Describe(type, column.Split('_')[0]) is { Length: > 0 } summary ? summary : $"The {column.Replace('_', ' ')}.",
    };

    // Frictionless resource names are lower case ([-a-z0-9._/]); list names are camelCase JSON names.
    private static string Snake(string name) => string.Concat(name.Select(c => char.IsAsciiLetterUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex IsoDate();
}
