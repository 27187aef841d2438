namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>One column of an exported table, with its Table Schema type and description.</summary>
/// <param name="Name">The column name (JSON names joined with <c>_</c> for nested objects).</param>
/// <param name="Type">The Frictionless Table Schema type: string, integer, number, boolean or date.</param>
/// <param name="Description">What the column holds, from the package's XML documentation.</param>
internal sealed record ExportColumn(string Name, string Type, string Description);
