namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>What the flattener has gathered for one table so far, and the row it is filling.</summary>
/// <param name="Key">The key of the row being filled.</param>
/// <param name="Row">The row being filled: column → value.</param>
/// <param name="Columns">The columns, in the order they were first seen.</param>
/// <param name="ColumnTypes">Each column's type, description, unit and allowed values.</param>
/// <param name="ChildLists">The JSON paths of the nested lists, in the order they were first seen.</param>
/// <param name="Children">Each nested list's items (what they are, and the items across all rows).</param>
internal sealed record TableParts(
    string Key,
    Dictionary<string, object?> Row,
    List<string> Columns,
    Dictionary<string, ExportColumn> ColumnTypes,
    List<string> ChildLists,
    Dictionary<string, (Item Item, List<ChildItem> Items)> Children);
