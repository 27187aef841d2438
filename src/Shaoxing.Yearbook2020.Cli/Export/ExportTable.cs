using System.Collections.Immutable;

namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>
/// One exported table: a record kind (one row per record) or a nested list flattened into a child
/// table (one row per item, with the parent's key and the item's position).
/// </summary>
/// <param name="Name">The table name, e.g. <c>entries</c> or <c>entries__segments</c>.</param>
/// <param name="Description">What a row is.</param>
/// <param name="Columns">The columns, in a stable order.</param>
/// <param name="Rows">The rows; each value is a string, long, decimal, bool or null.</param>
/// <param name="PrimaryKey">The column that identifies a row.</param>
/// <param name="Parent">For a child table, the parent table's name; its <c>parent</c> column refers to the parent's key.</param>
internal sealed record ExportTable(
    string Name,
    string Description,
    ImmutableArray<ExportColumn> Columns,
    ImmutableArray<ImmutableArray<object?>> Rows,
    string PrimaryKey,
    string? Parent)
{
    /// <summary>The name of the record kind whose records the table's rows come from (<c>safety-incidents</c>), or
    /// <see langword="null"/> for a table made otherwise.</summary>
    public string? Kind { get; init; }

    /// <summary>The table's foreign keys: a child table's <c>parent</c> column first, then the columns that hold ids of
    /// records of other tables (see <see cref="ExportLinks"/>).</summary>
    public ImmutableArray<ExportForeignKey> ForeignKeys { get; init; } = [];

    /// <summary>Whether the table is a link table that <see cref="ExportLinks"/> added (one row per id of a column that
    /// holds ids of several kinds), rather than a kind's records or a nested list's items.</summary>
    public bool IsLinkTable { get; init; }
}
