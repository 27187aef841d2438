namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>
/// How <c>datapackage.json</c> describes the files of each export format. Frictionless Data Package v1 defines a
/// tabular data resource as a CSV file (or data inline in the descriptor), so only the CSV exports (plain and for
/// spreadsheets) are tabular data packages. The other formats are described as plain data packages: each resource names its file, format and media
/// type and still carries its Table Schema (columns, types, units, keys), which the Data Resource profile allows, so
/// that a reader knows the columns without claiming that a v1 tool can read the rows.
/// </summary>
internal static class ResourceFormat
{
    /// <summary>Every format, in the order <c>--format</c>'s help lists them.</summary>
    public static IReadOnlyList<ExportFormat> All { get; } = Enum.GetValues<ExportFormat>();

    /// <summary>The format's name, as <c>--format</c> takes it and the export's subfolder is named in a run of several formats.</summary>
    /// <param name="format">The export format.</param>
    /// <returns>csv, json, jsonl, sqlite, parquet or csv-excel.</returns>
    public static string Name(ExportFormat format) => format == ExportFormat.CsvExcel ? "csv-excel" : format.ToString().ToLowerInvariant();

    /// <summary>The format of the files, as the descriptor's <c>format</c> states it and their names end: the
    /// spreadsheet variant's files are CSV files.</summary>
    /// <param name="format">The export format.</param>
    /// <returns>csv, json, jsonl, sqlite or parquet.</returns>
    public static string FileFormat(ExportFormat format) => format == ExportFormat.CsvExcel ? "csv" : Name(format);

    /// <summary>Reads <c>--format</c>: one name or several separated by commas (<c>csv,parquet</c>), each at most once.</summary>
    /// <param name="text">What was given.</param>
    /// <param name="formats">The formats in the order given, without repeats.</param>
    /// <param name="problem">What is wrong with the text, naming the item, when it cannot be read.</param>
    /// <returns>Whether every item names a format.</returns>
    public static bool TryParseList(string text, out IReadOnlyList<ExportFormat> formats, out string problem)
    {
        var names = string.Join(", ", All.Select(Name));
        var chosen = new List<ExportFormat>();
        formats = chosen;
        problem = string.Empty;
        foreach (var item in text.Split(','))
        {
            // Exactly one name per item: Enum.TryParse would read "jsonl,json" as the flags Json | Jsonl, which is Sqlite.
            var name = item.Trim().ToLowerInvariant();
            var format = All.Where(f => Name(f) == name).Cast<ExportFormat?>().FirstOrDefault();
            if (format is not { } known)
            {
                problem = name.Length == 0
                    ? $"--format '{text}' has an empty item; give one or more of {names}, separated by commas."
                    : $"unknown format '{item.Trim()}'; use {names}, or several separated by commas (csv,parquet).";
                return false;
            }

            if (!chosen.Contains(known))
            {
                chosen.Add(known);
            }
        }

        return true;
    }

    /// <summary>The package's profile: <c>tabular-data-package</c> for the CSVs, <c>data-package</c> for the others.</summary>
    /// <param name="format">The export format.</param>
    /// <returns>The profile's name.</returns>
    public static string PackageProfile(ExportFormat format) => IsTabular(format) ? "tabular-data-package" : "data-package";

    /// <summary>A resource's profile: <c>tabular-data-resource</c> for the CSVs, <c>data-resource</c> for the others.</summary>
    /// <param name="format">The export format.</param>
    /// <returns>The profile's name.</returns>
    public static string ResourceProfile(ExportFormat format) => IsTabular(format) ? "tabular-data-resource" : "data-resource";

    /// <summary>The IANA media type of the format's files, or <see langword="null"/> where none is registered (JSON Lines).</summary>
    /// <param name="format">The export format.</param>
    /// <returns>The media type, or <see langword="null"/>.</returns>
    public static string? MediaType(ExportFormat format) => format switch
    {
        ExportFormat.Csv or ExportFormat.CsvExcel => "text/csv",
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
    public static string Note(ExportFormat format) => format switch
    {
        ExportFormat.Csv => string.Empty,
        ExportFormat.CsvExcel => " This is the CSV for spreadsheets: its files begin with a UTF-8 byte-order mark, so that a spreadsheet reads the Chinese as UTF-8, "
            + "and a text cell that begins with =, +, -, @, a tab or a carriage return is written with an apostrophe (') before it, so that a spreadsheet shows it as text "
            + "rather than running it as a formula; remove that one apostrophe to get the data's value back, or use the plain CSV export, which adds nothing.",
        _ => $" Frictionless v1 reads tabular data from CSV only, so this {Name(format)} export is described as a plain data package: "
            + "each resource keeps its Table Schema (columns, types, units, keys) to say what its rows hold; the CSV export is the one to validate with v1 tools.",
    };

    /// <summary>The line ending a CSV format writes, for the resource's CSV dialect.</summary>
    /// <param name="format">The export format.</param>
    /// <returns>CRLF (<see cref="CsvText.RecordEnd"/>) for csv and csv-excel, <see langword="null"/> for the formats that are not CSV.</returns>
    public static string? CsvLineTerminator(ExportFormat format) => IsTabular(format) ? CsvText.RecordEnd : null;

    private static bool IsTabular(ExportFormat format) => format is ExportFormat.Csv or ExportFormat.CsvExcel;
}
