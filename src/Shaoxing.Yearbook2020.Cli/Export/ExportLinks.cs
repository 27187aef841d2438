using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>
/// Declares the export's foreign keys from the kinds' links (<see cref="RecordKind.Links"/>, which the package's
/// generator writes from each <c>[LinksTo]</c> declaration), so that a link declared on a record type is a key of every
/// format without this program naming it. A link whose ids are all of one kind is a foreign key of the column that holds
/// them: <c>meetings__agenda_items__presenters.agencyId</c> → <c>agencies</c>, and for a list of ids the <c>value</c>
/// column of the list's child table (<c>honours__conferrer_ids</c>, one row per record and id, its <c>parent</c> the other
/// key), which is then the link table. A link whose ids may be of several kinds (an honour's <c>recipientId</c>: a person,
/// a body or a place) cannot be one foreign key: it gets a link table (<c>honours__recipient_id__links</c>) with one row
/// per id, the id in the column of the kind it is an id of, so that each kind has a foreign key of its own.
/// </summary>
internal static class ExportLinks
{
    /// <summary>The end of a link table's name: the table and column it splits, then this.</summary>
    public const string LinkTableSuffix = "__links";

    /// <summary>The column of a link table that holds the id, whatever its kind.</summary>
    public const string LinkedIdColumn = "linkedId";

    /// <summary>The column of a link table that names the table the id is a key of.</summary>
    public const string LinkedTableColumn = "linkedTable";

    private const string KeyColumn = "key";
    private const string ParentColumn = "parent";
    private const string IdColumn = "id";

    /// <summary>The tables with the foreign keys of every link of the kinds, each followed by its link tables.</summary>
    /// <param name="tables">The kinds' tables as flattened (see <see cref="TableFlattener"/>).</param>
    /// <param name="kinds">The kinds whose links to declare.</param>
    /// <returns>The tables in the same order, with their keys, and the link tables after the tables whose columns they split.</returns>
    /// <exception cref="InvalidOperationException">A link goes to a kind the tables do not include.</exception>
    public static ImmutableArray<ExportTable> Declare(IReadOnlyList<ExportTable> tables, IEnumerable<RecordKind> kinds)
    {
        var kindTables = tables.Where(t => t.Parent is null && t.Kind is not null).ToDictionary(t => t.Kind!, StringComparer.Ordinal);
        var keys = tables.ToDictionary(t => t.Name, _ => new List<ExportForeignKey>(), StringComparer.Ordinal);
        var linkTables = tables.ToDictionary(t => t.Name, _ => new List<ExportTable>(), StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            foreach (var link in kind.Links)
            {
                var targets = link.Targets.Select(target => kindTables.TryGetValue(target.Name, out var table)
                    ? table
                    : throw new InvalidOperationException($"The link {link} goes to {target.Name}, which the export has no table of; export the kind, or its ids are keys of nothing.")).ToList();

                // A column the link's property has none of is absent from its table when no row has a value (a nested record
                // every record lacks): then there is nothing to refer to.
                foreach (var table in tables.Where(t => t.Kind == kind.Name))
                {
                    foreach (var column in table.Columns.Where(c => c.Source == link.Path))
                    {
                        if (targets.Count == 1)
                        {
                            keys[table.Name].Add(new ExportForeignKey(column.Name, targets[0].Name, KeyOf(targets[0]), link));
                        }
                        else
                        {
                            linkTables[table.Name].Add(LinkTable(table, column, targets, link));
                        }
                    }
                }
            }
        }

        return [.. tables.SelectMany(t => linkTables[t.Name].Prepend(t with { ForeignKeys = [.. t.ForeignKeys, .. keys[t.Name]] }))];
    }

    /// <summary>The column of a kind's table that its records' ids are in: <c>key</c>, unless the table keys its rows
    /// otherwise (表6's rows by area, see <see cref="ExportKeys"/>), when it is the <c>id</c> column.</summary>
    /// <param name="table">A kind's table.</param>
    public static string KeyOf(ExportTable table)
    {
        var key = ColumnIndex(table, KeyColumn);
        var id = ColumnIndex(table, IdColumn);
        return id >= 0 && table.Rows.Any(r => !Equals(r[key], r[id])) ? IdColumn : KeyColumn;
    }

    /// <summary>A link table's column for the ids of one kind.</summary>
    /// <param name="target">The kind's table.</param>
    public static string KeyColumnFor(ExportTable target) => $"{target.Name}_{KeyOf(target)}";

    private static ExportTable LinkTable(ExportTable table, ExportColumn column, List<ExportTable> targets, RecordLink link)
    {
        // A list's ids are the value column of its child table, which is named after the list: the link table is named
        // after that table alone.
        var name = column.Source!.EndsWith("[]", StringComparison.Ordinal)
            ? table.Name + LinkTableSuffix
            : $"{table.Name}__{TableFlattener.Snake(column.Name)}{LinkTableSuffix}";
        var keysOf = targets.Select(t => (Table: t, Keys: t.Rows.Select(r => r[ColumnIndex(t, KeyOf(t))] as string).OfType<string>().ToHashSet(StringComparer.Ordinal))).ToList();
        var kinds = string.Join(", ", targets.Select(t => t.Name));
        var columns = new List<ExportColumn>
        {
            new(KeyColumn, "string", $"The key of the row of {table.Name} whose {column.Name} this row holds."),
            new(ParentColumn, "string", $"The key of the row of {table.Name} whose {column.Name} this row holds (the same as key)."),
            new(LinkedIdColumn, "string", $"The id, as {table.Name}.{column.Name} holds it: {column.Description}"),
            new(LinkedTableColumn, "string", $"The table the id is a key of.") { AllowedValues = [.. targets.Select(t => t.Name)] },
        };
        columns.AddRange(targets.Select(t => new ExportColumn(KeyColumnFor(t), "string", $"The id where it is a key of {t.Name} ({KeyOf(t)}); empty where it is of another kind.")));

        var rowKey = ColumnIndex(table, KeyColumn);
        var held = ColumnIndex(table, column.Name);
        var rows = table.Rows.Where(r => r[held] is string).Select(r =>
        {
            var id = (string)r[held]!;
            var of = keysOf.Where(k => k.Keys.Contains(id)).Select(k => k.Table.Name).FirstOrDefault();
            return (ImmutableArray<object?>)[r[rowKey], r[rowKey], id, of, .. keysOf.Select(k => k.Keys.Contains(id) ? id : null)];
        });
        return new ExportTable(
            name,
            $"The link table of {table.Name}.{column.Name}, whose ids are keys of {kinds}: one row per row of {table.Name} with an id there, the id again in the column of the table it is a key of, "
                + "so that each of those tables has a foreign key.",
            [.. columns],
            [.. rows],
            KeyColumn,
            table.Name)
        {
            Kind = table.Kind,
            IsLinkTable = true,
            ForeignKeys = [new ExportForeignKey(ParentColumn, table.Name, KeyColumn, Link: null), .. targets.Select(t => new ExportForeignKey(KeyColumnFor(t), t.Name, KeyOf(t), link))],
        };
    }

    private static int ColumnIndex(ExportTable table, string column)
    {
        for (var i = 0; i < table.Columns.Length; i++)
        {
            if (table.Columns[i].Name == column)
            {
                return i;
            }
        }

        return -1;
    }
}
