using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>A foreign key of an exported table: a column whose values are values of a column of another table (or of itself).</summary>
/// <param name="Column">The column of the table that holds the key.</param>
/// <param name="Table">The table the values refer to.</param>
/// <param name="TargetColumn">The column of <paramref name="Table"/> that holds the values referred to (its <c>key</c>).</param>
/// <param name="Link">The kind's link the key comes from, or <see langword="null"/> for a child table's <c>parent</c>.</param>
internal sealed record ExportForeignKey(string Column, string Table, string TargetColumn, RecordLink? Link);
