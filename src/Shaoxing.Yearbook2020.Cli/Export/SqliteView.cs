namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>A view of the SQLite export: a join asked for often, written once.</summary>
/// <param name="Name">The view's name.</param>
/// <param name="Description">What a row of the view is.</param>
/// <param name="Select">The view's query (the SELECT after <c>CREATE VIEW name AS</c>), which runs as well in DuckDB over the other formats' files.</param>
internal sealed record SqliteView(string Name, string Description, string Select);
