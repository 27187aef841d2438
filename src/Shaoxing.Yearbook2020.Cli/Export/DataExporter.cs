using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>
/// Exports every data file the package ships as flat tables in one format, plus a Frictionless
/// <c>datapackage.json</c> (Table Schema: field types, units, descriptions, primary and foreign keys) and a
/// <c>CODEBOOK.md</c> saying the same for people.
/// </summary>
internal static class DataExporter
{
    public const string SqliteFileName = "yearbook2020.sqlite";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Flattens every record kind of a yearbook into tables, in file-name order.</summary>
    /// <remarks>Each kind's records are laid out by the kind's schema (as its data file holds them), so the tables
    /// follow the files without this program knowing any record type by name.</remarks>
    /// <exception cref="YearbookDataException">A data file is damaged.</exception>
    public static ImmutableArray<ExportTable> Tables(Yearbook yearbook) =>
        [.. Yearbook.Kinds.OrderBy(k => k.FileName, StringComparer.Ordinal).SelectMany(k => TableFlattener.Flatten(k, k.RecordsIn(yearbook)))];

    /// <summary>
    /// Writes the tables, <c>datapackage.json</c> and <c>CODEBOOK.md</c> into a folder the caller holds. Every file is
    /// first written into a staging folder inside it; only when all are written are they renamed into place, the
    /// descriptors last. A target that is a symbolic link is replaced, never followed, so nothing outside the folder is
    /// written; an export that fails or is cancelled leaves the folder's files as they were, and removes its staging
    /// folder (one killed outright leaves it for the next export into the folder to remove).
    /// </summary>
    /// <returns>The files written, relative to the folder.</returns>
    /// <exception cref="IOException">A target is a folder, or the folder cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be written.</exception>
    /// <exception cref="SqliteException">SQLite cannot write the database.</exception>
    /// <exception cref="OperationCanceledException">The export was cancelled before its files were put in place.</exception>
    public static ImmutableArray<string> Export(ImmutableArray<ExportTable> tables, DatasetManifest dataset, ExportFormat format, ExportFolder folder, CancellationToken cancellation)
    {
        var directory = folder.Path;
        var extension = "." + format.ToString().ToLowerInvariant();
        var writes = new List<(string File, Action<string> Write)>();
        if (format == ExportFormat.Sqlite)
        {
            writes.Add((SqliteFileName, path => WriteSqlite(tables, path)));
        }
        else
        {
            foreach (var table in tables)
            {
                writes.Add((table.Name + extension, format switch
                {
                    ExportFormat.Csv => path => WriteCsv(table, path),
                    ExportFormat.Json => path => WriteJson(table, path, lines: false),
                    ExportFormat.Parquet => path => ParquetTableWriter.Write(table, path),
                    _ => path => WriteJson(table, path, lines: true),
                }));
            }
        }

        writes.Add(("datapackage.json", path => File.WriteAllText(path, DataPackage.Describe(tables, dataset, format), Utf8)));
        writes.Add((Codebook.FileName, path => File.WriteAllText(path, Codebook.Describe(tables, dataset), Utf8)));

        // Every target is checked before the first is written, so that a folder in the way stops the export
        // before it has replaced anything.
        foreach (var (file, _) in writes)
        {
            var target = Path.Combine(directory, file);
            if (Directory.Exists(target) && new DirectoryInfo(target).LinkTarget is null)
            {
                throw new IOException($"{target} is a folder; remove it or export to another folder.");
            }
        }

        var staging = folder.NewStaging();
        using var undo = Interruption.OnInterrupt(() => Directory.Delete(staging, recursive: true));
        try
        {
            foreach (var (file, write) in writes)
            {
                cancellation.ThrowIfCancellationRequested();
                write(Path.Combine(staging, file));
            }

            cancellation.ThrowIfCancellationRequested();
            foreach (var (file, _) in writes)
            {
                File.Move(Path.Combine(staging, file), Path.Combine(directory, file), overwrite: true);
            }
        }
        finally
        {
            try
            {
                Directory.Delete(staging, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The folder refused the writes in the first place; the next export into it removes what is left.
            }
        }

        return [.. writes.Select(w => w.File)];
    }

    private static void WriteCsv(ExportTable table, string path)
    {
        using var writer = new StreamWriter(path, append: false, Utf8);
        CsvText.WriteRecord(writer, table.Columns.Select(c => c.Name));
        foreach (var row in table.Rows)
        {
            CsvText.WriteRecord(writer, row.Select(Text));
        }
    }

    private static void WriteJson(ExportTable table, string path, bool lines)
    {
        using var stream = File.Create(path);
        var options = new JsonWriterOptions { Indented = !lines, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };
        if (!lines)
        {
            using var writer = new Utf8JsonWriter(stream, options);
            writer.WriteStartArray();
            foreach (var row in table.Rows)
            {
                WriteRow(writer, table, row);
            }

            writer.WriteEndArray();
            writer.Flush();
            stream.WriteByte((byte)'\n');
            return;
        }

        foreach (var row in table.Rows)
        {
            using (var writer = new Utf8JsonWriter(stream, options))
            {
                WriteRow(writer, table, row);
            }

            stream.WriteByte((byte)'\n');
        }
    }

    private static void WriteRow(Utf8JsonWriter writer, ExportTable table, ImmutableArray<object?> row)
    {
        writer.WriteStartObject();
        for (var i = 0; i < table.Columns.Length; i++)
        {
            writer.WritePropertyName(table.Columns[i].Name);
            switch (row[i])
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case long l:
                    writer.WriteNumberValue(l);
                    break;
                case decimal d:
                    writer.WriteNumberValue(d);
                    break;
                case bool b:
                    writer.WriteBooleanValue(b);
                    break;
                default:
                    writer.WriteStringValue(Text(row[i]));
                    break;
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteSqlite(ImmutableArray<ExportTable> tables, string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA foreign_keys = ON;";
            pragma.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        foreach (var table in tables)
        {
            var columns = table.Columns.Select(c => $"\"{c.Name}\" {SqlType(c.Type)}{(c.Name == table.PrimaryKey ? " PRIMARY KEY" : string.Empty)}{(table.Parent is not null && c.Name == "parent" ? $" REFERENCES \"{table.Parent}\"(\"key\")" : string.Empty)}");
            using (var create = connection.CreateCommand())
            {
                create.Transaction = transaction;
                create.CommandText = $"CREATE TABLE \"{table.Name}\" ({string.Join(", ", columns)});";
                create.ExecuteNonQuery();
            }

            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO \"{table.Name}\" VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))});";
            var parameters = table.Columns.Select((_, i) => insert.Parameters.Add("$p" + i.ToString(CultureInfo.InvariantCulture), SqliteType.Text)).ToList();
            foreach (var row in table.Rows)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    parameters[i].SqliteType = row[i] switch { long => SqliteType.Integer, decimal => SqliteType.Real, bool => SqliteType.Integer, _ => SqliteType.Text };
                    parameters[i].Value = row[i] switch { null => DBNull.Value, bool b => b ? 1L : 0L, var v => v };
                }

                insert.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }

    private static string SqlType(string type) => type switch
    {
        "integer" or "boolean" => "INTEGER",
        "number" => "REAL",
        _ => "TEXT",
    };

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
