namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>The unit of a column's numbers, where the package's property name states it.</summary>
/// <remarks>The record types name a measured property after its unit (<c>DirectEconomicLossYuan</c>,
/// <c>TotalDeathsChangePercent</c>); reading the unit from that suffix keeps it beside the property it belongs to,
/// rather than in a list here that could fall behind the model. Counts (accidents, deaths) have no unit.</remarks>
internal static class ColumnUnits
{
    private static readonly (string Suffix, string Unit)[] Suffixes =
    [
        ("Yuan", "yuan (元)"),
        ("Percent", "percent"),
    ];

    /// <summary>The unit of a numeric column, or <see langword="null"/>.</summary>
    /// <param name="column">The column name.</param>
    /// <param name="type">The column's Table Schema type; only <c>integer</c> and <c>number</c> columns have units.</param>
    /// <returns>The unit's name, or <see langword="null"/> when the column has none.</returns>
    public static string? Of(string column, string type) =>
        type is "integer" or "number"
            ? Suffixes.FirstOrDefault(s => column.EndsWith(s.Suffix, StringComparison.Ordinal)).Unit
            : null;
}
