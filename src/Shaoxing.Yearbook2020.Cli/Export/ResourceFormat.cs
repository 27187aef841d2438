namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>
/// How <c>datapackage.json</c> describes the files of each export format. Frictionless Data Package v1 defines a
/// tabular data resource as a CSV file (or data inline in the descriptor), so only the CSV export is a tabular data
/// package. The other formats are described as plain data packages: each resource names its file, format and media
/// type and still carries its Table Schema (columns, types, units, keys), which the Data Resource profile allows, so
/// that a reader knows the columns without claiming that a v1 tool can read the rows.
/// </summary>
internal static class ResourceFormat
{
    /// <summary>The format's name, as <c>--format</c> takes it and the descriptor's <c>format</c> states it.</summary>
    /// <param name="format">The export format.</param>
    /// <returns>csv, json, jsonl, sqlite or parquet.</returns>
    public static string Name(ExportFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>The package's profile: <c>tabular-data-package</c> for CSV, <c>data-package</c> for the others.</summary>
    /// <param name="format">The export format.</param>
    /// <returns>The profile's name.</returns>
    public static string PackageProfile(ExportFormat format) => IsTabular(format) ? "tabular-data-package" : "data-package";

    /// <summary>A resource's profile: <c>tabular-data-resource</c> for CSV, <c>data-resource</c> for the others.</summary>
    /// <param name="format">The export format.</param>
    /// <returns>The profile's name.</returns>
    public static string ResourceProfile(ExportFormat format) => IsTabular(format) ? "tabular-data-resource" : "data-resource";

    /// <summary>The IANA media type of the format's files, or <see langword="null"/> where none is registered (JSON Lines).</summary>
    /// <param name="format">The export format.</param>
    /// <returns>The media type, or <see langword="null"/>.</returns>
    public static string? MediaType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv",
        ExportFormat.Json => "application/json",
        ExportFormat.Sqlite => "application/vnd.sqlite3",
        ExportFormat.Parquet => "application/vnd.apache.parquet",
        _ => null,
    };

    /// <summary>The text encoding of the format's files, or <see langword="null"/> for the binary formats (SQLite, Parquet).</summary>
    /// <param name="format">The export format.</param>
    /// <returns><c>utf-8</c>, or <see langword="null"/>.</returns>
    public static string? Encoding(ExportFormat format) => format is ExportFormat.Sqlite or ExportFormat.Parquet ? null : "utf-8";

    /// <summary>A sentence for the package's description saying how far a Frictionless v1 tool can read the export.</summary>
    /// <param name="format">The export format.</param>
    /// <returns>The sentence, or an empty text for CSV, which v1 tools read in full.</returns>
    public static string Note(ExportFormat format) => IsTabular(format)
        ? string.Empty
        : $" Frictionless v1 reads tabular data from CSV only, so this {Name(format)} export is described as a plain data package: "
            + "each resource keeps its Table Schema (columns, types, units, keys) to say what its rows hold; the CSV export is the one to validate with v1 tools.";

    private static bool IsTabular(ExportFormat format) => format == ExportFormat.Csv;
}
