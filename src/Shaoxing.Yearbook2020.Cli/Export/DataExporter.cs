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
/// Exports every data file the package ships as flat tables in one or more formats, each with a Frictionless
/// <c>datapackage.json</c> (Table Schema: field types, units, descriptions, primary and foreign keys) and a
/// <c>CODEBOOK.md</c> saying the same for people.
/// </summary>
internal static class DataExporter
{
    public const string SqliteFileName = "yearbook2020.sqlite";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly UTF8Encoding Utf8WithMark = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Flattens every record kind of a yearbook into tables, in file-name order, with the foreign keys of the kinds' links and their link tables (see <see cref="ExportLinks"/>).</summary>
    /// <remarks>Each kind's records are laid out by the kind's schema (as its data file holds them), so the tables
    /// follow the files without this program knowing any record type by name.</remarks>
    /// <exception cref="YearbookDataException">A data file is damaged.</exception>
    public static ImmutableArray<ExportTable> Tables(Yearbook yearbook) => ExportLinks.Declare(Flatten(yearbook), Yearbook.Kinds);

    /// <summary>Flattens every record kind of a yearbook into tables, in file-name order, without the keys of the kinds' links (see <see cref="ExportLinks"/>).</summary>
    /// <exception cref="YearbookDataException">A data file is damaged.</exception>
    public static ImmutableArray<ExportTable> Flatten(Yearbook yearbook) =>
        [.. Yearbook.Kinds.OrderBy(k => k.FileName, StringComparer.Ordinal).SelectMany(k => TableFlattener.Flatten(k, k.RecordsIn(yearbook)))];

    /// <summary>
    /// Writes the tables, <c>datapackage.json</c> and <c>CODEBOOK.md</c> of each format into a folder the caller holds:
    /// one format into the folder itself, several each into a subfolder named after the format (<c>csv/</c>,
    /// <c>parquet/</c>), so that every format is a whole data package whose descriptor has the name Frictionless tools
    /// look for. Every file is first written into a staging folder inside the folder; only when all are written are they
    /// renamed into place, the descriptors last. A target that is a symbolic link is replaced, never followed, so nothing
    /// outside the folder is written; an export that fails or is cancelled leaves the folder's files as they were, and
    /// removes its staging folder (one killed outright leaves it for the next export into the folder to remove).
    /// </summary>
    /// <returns>The files written, relative to the folder.</returns>
    /// <exception cref="IOException">A target is a folder, or the folder cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be written.</exception>
    /// <exception cref="SqliteException">SQLite cannot write the database.</exception>
    /// <exception cref="OperationCanceledException">The export was cancelled before its files were put in place.</exception>
    public static ImmutableArray<string> Export(ImmutableArray<ExportTable> tables, DatasetManifest dataset, IReadOnlyList<ExportFormat> formats, ExportFolder folder, CancellationToken cancellation)
    {
        var directory = folder.Path;
        var data = new List<(string File, Action<string> Write)>();
        var descriptors = new List<(string File, Action<string> Write)>();
        foreach (var format in formats)
        {
            var subfolder = formats.Count == 1 ? string.Empty : ResourceFormat.Name(format);
            data.AddRange(DataFiles(tables, format).Select(w => (Path.Join(subfolder, w.File), w.Write)));
            descriptors.Add((Path.Join(subfolder, "datapackage.json"), path => File.WriteAllText(path, DataPackage.Describe(tables, dataset, format), Utf8)));
            descriptors.Add((Path.Join(subfolder, Codebook.FileName), path => File.WriteAllText(path, Codebook.Describe(tables, dataset), Utf8)));
        }

        var writes = data.Concat(descriptors).ToList();

        // Every target is checked before the first is written, so that a folder in the way stops the export
        // before it has replaced anything.
        foreach (var (file, _) in writes)
        {
            var target = Path.Combine(directory, file);
            if (Directory.Exists(target) && new DirectoryInfo(target).LinkTarget is null)
            {
                throw new IOException($"{target} is a folder; remove it or export to another folder.");
            }

            if (Path.GetDirectoryName(file) is { Length: > 0 } subfolder && File.Exists(Path.Combine(directory, subfolder)))
            {
                throw new IOException($"{Path.Combine(directory, subfolder)} is a file where the {subfolder} export's folder goes; remove it or export to another folder.");
            }
        }

        var staging = folder.NewStaging();
        using var undo = Interruption.OnInterrupt(() => Directory.Delete(staging, recursive: true));
        try
        {
            foreach (var (file, write) in writes)
            {
                cancellation.ThrowIfCancellationRequested();
                var path = Path.Combine(staging, file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                write(path);
            }

            cancellation.ThrowIfCancellationRequested();
            foreach (var subfolder in writes.Select(w => Path.GetDirectoryName(w.File)).OfType<string>().Where(d => d.Length > 0).Distinct(StringComparer.Ordinal))
            {
                RealFolder(Path.Combine(directory, subfolder));
            }

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

        return [.. writes.Select(w => w.File.Replace(Path.DirectorySeparatorChar, '/'))];
    }

    // The data files of one format, named relative to the format's folder.
    private static IEnumerable<(string File, Action<string> Write)> DataFiles(ImmutableArray<ExportTable> tables, ExportFormat format)
    {
        if (format == ExportFormat.Sqlite)
        {
            return [(SqliteFileName, path => WriteSqlite(tables, path))];
        }

        var extension = "." + ResourceFormat.FileFormat(format);
        return tables.Select(table => (table.Name + extension, format switch
        {
            ExportFormat.Csv => path => WriteCsv(table, path, forSpreadsheet: false),
            ExportFormat.CsvExcel => path => WriteCsv(table, path, forSpreadsheet: true),
            ExportFormat.Json => path => WriteJson(table, path, lines: false),
            ExportFormat.Parquet => path => ParquetTableWriter.Write(table, path),
            _ => (Action<string>)(path => WriteJson(table, path, lines: true)),
        }));
    }

    // A format's subfolder is made a real folder before files are moved into it: a symbolic link in its place (which
    // would send the files wherever it points) is removed, never followed.
    private static void RealFolder(string path)
    {
        if (new DirectoryInfo(path).LinkTarget is not null)
        {
            File.Delete(path);
        }

        Directory.CreateDirectory(path);
    }

    private static void WriteCsv(ExportTable table, string path, bool forSpreadsheet)
    {
        // The spreadsheet variant begins with a byte-order mark: the spreadsheet most offices open CSV with reads a file
        // without one in the system's code page, and the Chinese as mojibake. The plain CSV has none, since pandas would
        // read it into the first column's name.
        using var writer = new StreamWriter(path, append: false, forSpreadsheet ? Utf8WithMark : Utf8);
        CsvText.WriteRecord(writer, table.Columns.Select(c => c.Name));
        var guarded = table.Columns.Select(c => forSpreadsheet && c.Type == "string").ToArray();
        foreach (var row in table.Rows)
        {
            CsvText.WriteRecord(writer, row.Select((value, i) => guarded[i] ? CsvText.ForSpreadsheet(Text(value)) : Text(value)));
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
        Execute(connection, null, "PRAGMA foreign_keys = ON;");
        using var transaction = connection.BeginTransaction();

        // The keys are checked when the transaction commits: the tables refer to each other both ways (entries to their
        // sections, sections to their entries) and places to their own rows, so no order of inserts satisfies every key
        // row by row.
        Execute(connection, transaction, "PRAGMA defer_foreign_keys = ON;");

        // A column other tables refer to must be unique for SQLite: the key, or a kind's id column where its rows are keyed otherwise.
        var referenced = tables.SelectMany(t => t.ForeignKeys).Select(k => (k.Table, k.TargetColumn)).ToHashSet();
        foreach (var table in tables)
        {
            var columns = table.Columns.Select(c =>
            {
                var column = new StringBuilder($"\"{c.Name}\" {SqlType(c.Type)}");
                if (c.Name == table.PrimaryKey)
                {
                    column.Append(" PRIMARY KEY");
                }
                else if (referenced.Contains((table.Name, c.Name)))
                {
                    column.Append(" UNIQUE");
                }

                foreach (var key in table.ForeignKeys.Where(k => k.Column == c.Name))
                {
                    column.Append($" REFERENCES \"{key.Table}\"(\"{key.TargetColumn}\")");
                }

                return column.ToString();
            });
            Execute(connection, transaction, $"CREATE TABLE \"{table.Name}\" ({string.Join(", ", columns)});");
        }

        foreach (var table in tables)
        {
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

        foreach (var view in SqliteViews.Of(tables))
        {
            Execute(connection, transaction, $"CREATE VIEW \"{view.Name}\" AS {view.Select};");
        }

        // Said by name before the commit would fail on it: a row whose id is no key of the table it refers to.
        using (var check = connection.CreateCommand())
        {
            check.Transaction = transaction;
            check.CommandText = "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check LIMIT 3;";
            using var reader = check.ExecuteReader();
            var broken = new List<string>();
            while (reader.Read())
            {
                broken.Add($"a row of {reader.GetString(0)} (rowid {reader.GetInt64(1).ToString(CultureInfo.InvariantCulture)}) refers to no row of {reader.GetString(2)}");
            }

            if (broken.Count > 0)
            {
                throw new SqliteException($"the export's foreign keys do not hold: {string.Join("; ", broken)}.", 19);
            }
        }

        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
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
