namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>One item of a nested list, on its way to a row of a child table.</summary>
/// <param name="Parent">The key of the row the list belongs to.</param>
/// <param name="Position">The item's 0-based position in its list.</param>
/// <param name="Value">The item: a record, or a value as the data files write it.</param>
internal sealed record ChildItem(string Parent, int Position, object? Value);
