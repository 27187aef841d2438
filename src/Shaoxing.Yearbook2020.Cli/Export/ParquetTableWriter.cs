using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>
/// Writes one exported table as a Parquet file with typed columns: Table Schema's integer as INT64, number as
/// DOUBLE, boolean as BOOLEAN, date as DATE, time as TIME (milliseconds) and string as UTF-8 text. A missing value
/// is a null; the columns that identify a row (its key, and a child row's parent and position) are required.
/// </summary>
/// <remarks>
/// Parquet.Net is used through its schema and column API, not its class serializer, which reflects over record
/// types: every column's Parquet type is stated here. Its field constructor still looks at the CLR type it is given
/// (whether it is a list or a dictionary, and its nullable form), which the ahead-of-time compiler reports inside
/// Parquet.Net; for the types given here (text, and nullable long, double, bool, DateOnly and int, all used by this
/// class, so compiled into the tool) those look-ups answer as they do without trimming.
/// </remarks>
internal static class ParquetTableWriter
{
    /// <summary>Writes a table to a new Parquet file, in one row group.</summary>
    /// <param name="table">The table.</param>
    /// <param name="path">The file to create (replaced if it exists).</param>
    /// <exception cref="InvalidOperationException">A value does not have its column's type.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Write(ExportTable table, string path)
    {
        // The export runs on the console's thread, which has no synchronisation context to deadlock on.
        WriteAsync(table, path).GetAwaiter().GetResult();
    }

    /// <summary>The Parquet field a column of a table is written as.</summary>
    /// <param name="table">The exported table.</param>
    /// <param name="column">One of its columns.</param>
    /// <returns>The field, typed after the column's Table Schema type.</returns>
    public static DataField FieldOf(ExportTable table, ExportColumn column)
    {
        // A record's own property may share a name with a child table's key columns (an agency's position),
        // so only a child table's parent and position are taken to identify a row.
        var required = column.Name == table.PrimaryKey || (table.Parent is not null && column.Name is "parent" or "position");
        var nullable = !required;
        return column.Type switch
        {
            "integer" => new DataField<long?>(column.Name, nullable),
            "number" => new DataField<double?>(column.Name, nullable),
            "boolean" => new DataField<bool?>(column.Name, nullable),
            "date" => new DataField<DateOnly?>(column.Name, nullable),
            "time" => new TimeDataField(column.Name, TimeUnitPrecision.Millis, nullable) { IsAdjustedToUtc = false },
            _ => new DataField<string>(column.Name, nullable),
        };
    }

    private static async Task WriteAsync(ExportTable table, string path)
    {
        var fields = table.Columns.Select(c => FieldOf(table, c)).ToArray();
        var stream = File.Create(path);
        await using (stream.ConfigureAwait(false))
        {
            var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream).ConfigureAwait(false);
            await using (writer.ConfigureAwait(false))
            {
                using var group = writer.CreateRowGroup();
                for (var i = 0; i < fields.Length; i++)
                {
                    await WriteColumnAsync(group, fields[i], table, i).ConfigureAwait(false);
                }

                group.CompleteValidate();
            }
        }
    }

    private static Task WriteColumnAsync(ParquetRowGroupWriter group, DataField field, ExportTable table, int column)
    {
        // The writer does not check a required column for nulls: a null there would make an unreadable file.
        if (!field.IsNullable && table.Rows.Any(r => r[column] is null))
        {
            throw new InvalidOperationException($"{table.Name}.{field.Name} identifies its rows but is empty in one.");
        }

        var type = table.Columns[column].Type;
        switch (type)
        {
            case "integer":
                return group.WriteAsync<long>(field, Values<long>(table, column, v => v is long l ? l : null));
            case "number":
                // Through the text the CSV has, so that the double is the one any reader of the CSV parses.
                return group.WriteAsync<double>(field, Values<double>(table, column, v => v is decimal or long
                    ? double.Parse(Text(v)!, CultureInfo.InvariantCulture)
                    : null));
            case "boolean":
                return group.WriteAsync<bool>(field, Values<bool>(table, column, v => v is bool b ? b : null));
            case "date":
                return group.WriteAsync<DateOnly>(field, Values<DateOnly>(table, column, v => v is string s ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null));
            case "time":
                // TIME(MILLIS) is stored as the milliseconds since midnight.
                return group.WriteAsync<int>(field, Values<int>(table, column, v => v is string s ? (int)(TimeOnly.ParseExact(s, "HH:mm:ss", CultureInfo.InvariantCulture).Ticks / TimeSpan.TicksPerMillisecond) : null));
            default:
                return group.WriteAsync(field, [.. table.Rows.Select(r => Text(r[column]))]);
        }
    }

    // A value of another type than the column's would be written as a null and lost: it stops the export instead.
    private static ReadOnlyMemory<T?> Values<T>(ExportTable table, int column, Func<object, T?> convert)
        where T : struct =>
        table.Rows.Select(row => row[column] switch
        {
            null => (T?)null,
            var value => convert(value) ?? throw new InvalidOperationException(
                $"{table.Name}.{table.Columns[column].Name} is typed {table.Columns[column].Type} but holds the {value.GetType().Name} '{value}'."),
        }).ToArray();

    // Texts are written as the CSV writes them, so that a column of names or numbers reads the same in both.
    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
