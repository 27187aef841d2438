using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Consistency;

/// <summary>
/// Counts the records a <see cref="RuleOperandKind.RecordCount"/> operand names: the records of a kind (by its
/// <see cref="RecordKind.Name"/>, with the filters its collection knows), or <c>table-rows</c>, the data rows of
/// a printed table.
/// </summary>
internal static class RecordCounter
{
    /// <summary>The name of the count of a printed table's data rows, which is not a record kind.</summary>
    public const string TableRows = "table-rows";

    /// <summary>Whether an operand may name this kind: a record kind of the registry, or <see cref="TableRows"/>.</summary>
    public static bool IsKnownKind(string kind) => kind == TableRows || FindKind(kind) is not null;

    /// <summary>Counts records, or returns null when the kind or its filter is not known.</summary>
    public static int? Count(Yearbook yearbook, string kind, string? filter) =>
        kind == TableRows ? CountTableRows(yearbook, filter) : FindKind(kind)?.Count(yearbook, filter);

    private static RecordKind? FindKind(string name)
    {
        foreach (var kind in RecordKindRegistry.All)
        {
            if (kind.Name == name)
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>
    /// Counts the data rows of a table: the rows below its column-heading row (the row without digits
    /// that has the most cells) that have at least two non-empty cells. A filter <c>table-7/应急管理组</c>
    /// counts only the rows below the group row (a row with fewer than two non-empty cells) holding that text.
    /// </summary>
    private static int? CountTableRows(Yearbook yearbook, string? filter)
    {
        if (filter is null)
        {
            return null;
        }

        var slash = filter.IndexOf('/', StringComparison.Ordinal);
        var tableId = slash < 0 ? filter : filter[..slash];
        var group = slash < 0 ? null : filter[(slash + 1)..];
        var table = yearbook.Tables.Find(tableId);
        if (table is null)
        {
            return null;
        }

        static int Filled(SeedTableRow row) => row.Cells.Count(c => c.Length > 0);
        var headings = table.Rows
            .Select((row, index) => (row, index))
            .Where(r => !r.row.Cells.Any(c => c.Any(char.IsAsciiDigit)))
            .ToList();
        if (headings.Count == 0)
        {
            // Without a heading row there is no telling where the data rows begin.
            return null;
        }

        var heading = headings.MaxBy(r => Filled(r.row)).index;
        var count = 0;
        string? currentGroup = null;
        foreach (var row in table.Rows.Skip(heading + 1))
        {
            if (Filled(row) < 2)
            {
                currentGroup = string.Concat(row.Cells);
                continue;
            }

            if (group is null || currentGroup == group)
            {
                count++;
            }
        }

        return count;
    }
}
