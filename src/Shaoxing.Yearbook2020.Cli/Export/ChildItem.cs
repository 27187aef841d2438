using System.Text.Json.Nodes;

namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>One item of a nested list, on its way to a row of a child table.</summary>
/// <param name="Parent">The key of the row the list belongs to.</param>
/// <param name="Position">The item's 0-based position in its list.</param>
/// <param name="Node">The item as JSON.</param>
internal sealed record ChildItem(string Parent, int Position, JsonNode? Node);
