namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>The formats <c>export</c> writes.</summary>
internal enum ExportFormat
{
    /// <summary>One CSV file per table (RFC 4180, UTF-8).</summary>
    Csv = 0,

    /// <summary>One JSON file per table: an array of flat objects.</summary>
    Json = 1,

    /// <summary>One JSON Lines file per table: one flat object per line.</summary>
    Jsonl = 2,

    /// <summary>One SQLite database with a table per table, primary and foreign keys declared.</summary>
    Sqlite = 3,

    /// <summary>One Parquet file per table, with typed columns.</summary>
    Parquet = 4,
}
