namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>The formats <c>export</c> writes.</summary>
internal enum ExportFormat
{
    /// <summary>One CSV file per table (RFC 4180, UTF-8), every cell exactly as the data holds it.</summary>
    Csv = 0,

    /// <summary>One JSON file per table: an array of flat objects.</summary>
    Json = 1,

    /// <summary>One JSON Lines file per table: one flat object per line.</summary>
    Jsonl = 2,

    /// <summary>One SQLite database with a table per table, primary and foreign keys declared.</summary>
    Sqlite = 3,

    /// <summary>One Parquet file per table, with typed columns.</summary>
    Parquet = 4,

    /// <summary>
    /// One CSV file per table for spreadsheets (<c>csv-excel</c>): UTF-8 with a byte-order mark, so that a spreadsheet
    /// reads the Chinese as UTF-8, and a text cell that a spreadsheet would run as a formula guarded by a leading
    /// apostrophe (<see cref="CsvText.ForSpreadsheet"/>).
    /// </summary>
    CsvExcel = 5,
}
