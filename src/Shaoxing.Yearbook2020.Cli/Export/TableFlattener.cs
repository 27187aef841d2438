using System.Collections.Immutable;
using System.Globalization;
using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>
/// Turns a record kind (its records, read through the kind's generated schema) into flat tables: nested objects become prefixed columns
/// (<c>source_line</c>), nested lists become child tables with the parent's key and the position, keyed by the
/// items' own ids where they have them (<c>executive-68-01</c>).
/// Works on any record kind, so every kind the package declares is exported the same way; column names, types, units,
/// allowed values and descriptions come from <see cref="RecordKind.Schema"/>, which the package's generator wrote from the
/// record types' declarations and XML documentation: nothing is reflected over when the tool runs.
/// </summary>
internal sealed class TableFlattener
{
    private const string KeyColumn = "key";
    private const string ParentColumn = "parent";
    private const string PositionColumn = "position";
    private const string ValueColumn = "value";
    private const string TotalFlag = "isTotal";

    /// <summary>Flattens one record kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="records">Its records, in file order.</param>
    public static IEnumerable<ExportTable> Flatten(RecordKind kind, IReadOnlyList<object> records)
    {
        var name = kind.Name.Replace('-', '_');
        var items = records.Select((r, i) => (Key: ExportKeys.Of(r) ?? KeyOf(kind, r, i), Parent: (string?)null, Position: i, Value: (object?)r)).ToList();
        var description = $"One row per record of {kind.FileName}.";
        if (records.Count > 0 && kind.Schema.Fields.Any(f => f.Name == TotalFlag))
        {
            description += $" The row whose {TotalFlag} is true is the printed total (合计) of the others: skip it when summing rows.";
        }

        return Build(name, description, Item.Of(kind.Schema), items, parent: null).Select(t => t with { Kind = kind.Name });
    }

    private static IEnumerable<ExportTable> Build(string name, string description, Item item, List<(string Key, string? Parent, int Position, object? Value)> items, string? parent)
    {
        // The properties of the rows' items are named from the kind's record: AgendaItems[].Presenters[].AgencyId.
        var source = item.Source.Length == 0 ? string.Empty : item.Source + ".";
        var columns = new List<string>();
        var columnTypes = new Dictionary<string, ExportColumn>(StringComparer.Ordinal);
        var children = new Dictionary<string, (Item Item, List<ChildItem> Items)>(StringComparer.Ordinal);
        var childLists = new List<string>();
        var rows = new List<Dictionary<string, object?>>();
        foreach (var (key, parentKey, position, value) in items)
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal) { [KeyColumn] = key };
            if (parent is not null)
            {
                row[ParentColumn] = parentKey;
                row[PositionColumn] = (long)position;
            }

            var table = new TableParts(key, row, columns, columnTypes, childLists, children);
            if (item.Schema is { } schema && value is not null)
            {
                AddColumns(value, schema, prefix: string.Empty, source, describedBy: null, table);
            }
            else
            {
                AddColumn(ValueColumn, value, item.Type, "The item.", item.AllowedValues, table, item.Source);
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
                ? typed
                : new ExportColumn(c, c == PositionColumn ? "integer" : "string", DescribeKey(c, parent)))
            .ToImmutableArray();
        yield return new ExportTable(
            name,
            description,
            exportColumns,
            [.. rows.Select(r => allColumns.Select(c => r.GetValueOrDefault(c)).ToImmutableArray())],
            KeyColumn,
            parent)
        {
            ForeignKeys = parent is null ? [] : [new ExportForeignKey(ParentColumn, parent, KeyColumn, Link: null)],
        };

        foreach (var list in childLists)
        {
            var (childItem, childItems) = children[list];
            foreach (var table in Build($"{name}__{Snake(list.Replace('.', '_'))}", $"One row per item of the {list} list of {name}, with the parent's key and the item's position.", childItem, ChildKeys(childItems, childItem.Schema), name))
            {
                yield return table;
            }
        }
    }

    /// <param name="record">The record.</param>
    /// <param name="schema">The record's schema.</param>
    /// <param name="prefix">The JSON path of the record within the row (empty for the row's own record).</param>
    /// <param name="source">The record's property path from the kind's record, with a dot after it (empty for the kind's record).</param>
    /// <param name="describedBy">For a nested record, the JSON path of the row's field that holds it.</param>
    /// <param name="table">The table being built.</param>
    private static void AddColumns(object record, RecordSchema schema, string prefix, string source, string? describedBy, TableParts table)
    {
        foreach (var field in schema.Fields)
        {
            var path = prefix + field.Name;
            var property = source + field.PropertyName + (field.IsList ? "[]" : string.Empty);
            var description = describedBy is null ? Describe(field, path) : $"{describedBy}: {Describe(field, path)}";
            var value = field.ValueOf(record);
            if (field.IsList)
            {
                if (!table.Children.TryGetValue(path, out var child))
                {
                    table.Children[path] = child = (Item.Of(field, property), []);
                    table.ChildLists.Add(path);
                }

                child.Items.AddRange(((IReadOnlyList<object?>)value!).Select((item, i) => new ChildItem(table.Key, i, item)));
            }
            else if (field.Record is { } nested)
            {
                // A nested record that is absent has no column of its own: its fields' columns (chair_name …),
                // added by the rows that have it, are empty in this row.
                if (value is not null)
                {
                    AddColumns(value, nested, path + ".", property + ".", path, table);
                }
            }
            else
            {
                AddColumn(path.Replace('.', '_'), value, field.Type, description, field.AllowedValues, table, property, field.Unit);
            }
        }
    }

    private static void AddColumn(string column, object? value, string type, string description, ImmutableArray<string> allowedValues, TableParts table, string source, string? unit = null)
    {
        // Times are written HH:mm; Table Schema's time (and SQLite's) is HH:MM:SS.
        if (value is string time && type == "time" && time.Length == 5)
        {
            value = time + ":00";
        }

        // A decimal without fraction digits is an integer in the tables, as its JSON number reads (12, not 12.0).
        if (value is decimal number && number.Scale == 0 && number >= long.MinValue && number <= long.MaxValue)
        {
            value = (long)number;
        }

        if (!table.Columns.Contains(column))
        {
            table.Columns.Add(column);
            table.ColumnTypes[column] = new ExportColumn(column, type, description) { AllowedValues = allowedValues, Unit = unit, Source = source };
        }

        table.Row[column] = value;
    }

    private static string Describe(FieldSchema field, string column) =>
        field.Description is { Length: > 0 } summary ? summary : $"The {column.Replace('.', ' ')}.";

    private static string DescribeKey(string column, string? parent) => column switch
    {
        KeyColumn => parent is null
            ? "The record's id (or its 1-based position where it has none); 表6 rows are keyed like their figures: t6-total, t6-yuecheng, …"
            : "The item's key: its id where the items have ids, else the parent's key, '/', and the item's position.",
        ParentColumn => $"The key of the row of {parent} this item belongs to.",
        _ => "The item's 0-based position in the list.",
    };

    // A list's items are keyed by their own ids when every item has one and no two share it (agenda items:
    // executive-68-01), so that a key read in one table is the id the package uses; otherwise by position.
    private static List<(string Key, string? Parent, int Position, object? Value)> ChildKeys(List<ChildItem> items, RecordSchema? schema)
    {
        var id = schema?.Fields.FirstOrDefault(f => f.Name == "id" && f.Type == "string" && !f.IsList);
        var ids = items.Select(i => i.Value is null ? null : id?.ValueOf(i.Value) as string).ToList();
        var byId = ids.All(id => id is not null) && ids.Distinct(StringComparer.Ordinal).Count() == ids.Count;
        return [.. items.Select((item, n) => (
            byId ? ids[n]! : $"{item.Parent}/{item.Position.ToString(CultureInfo.InvariantCulture)}",
            (string?)item.Parent,
            item.Position,
            item.Value))];
    }

    private static string KeyOf(RecordKind kind, object record, int index) =>
        kind.Schema.Fields.FirstOrDefault(f => f.Name == "id")?.ValueOf(record) as string
            ?? (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>A camelCase name in snake case (<c>placeIds</c> → <c>place_ids</c>): Frictionless resource names are lower
    /// case (<c>[-a-z0-9._/]</c>), and the tables are named after the lists' and columns' camelCase names.</summary>
    /// <param name="name">The name.</param>
    public static string Snake(string name) => string.Concat(name.Select(c => char.IsAsciiLetterUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));
}
