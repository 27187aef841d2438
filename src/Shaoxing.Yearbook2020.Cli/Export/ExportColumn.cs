using System.Collections.Immutable;

namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>One column of an exported table, with its Table Schema type and description.</summary>
/// <param name="Name">The column name (JSON names joined with <c>_</c> for nested objects).</param>
/// <param name="Type">The Frictionless Table Schema type: string, integer, number, boolean, date or time.</param>
/// <param name="Description">What the column holds, from the package's XML documentation (see <see cref="Data.FieldSchema.Description"/>).</param>
internal sealed record ExportColumn(string Name, string Type, string Description)
{
    /// <summary>For a column of enum names, the names allowed (Table Schema <c>constraints.enum</c>); otherwise empty.</summary>
    public ImmutableArray<string> AllowedValues { get; init; } = [];

    /// <summary>The unit of the column's numbers (<see cref="Data.FieldSchema.Unit"/>), or <see langword="null"/> where it has none.</summary>
    public string? Unit { get; init; }

    /// <summary>
    /// The property the column's values come from, as <see cref="Data.RecordLink.Path"/> writes it from the record
    /// (<c>AgendaItems[].Presenters[].AgencyId</c>; <c>ConferrerIds[]</c> for the value column of a list's child table), or
    /// <see langword="null"/> for a column the export adds (<c>key</c>, <c>parent</c>, <c>position</c>): how the
    /// kinds' links find the columns that hold their ids.
    /// </summary>
    public string? Source { get; init; }
}
