using Parquet;
using Parquet.Schema;

namespace Shaoxing.Yearbook2020.Cli.Tests.Export;

/// <summary>
/// A Parquet file read back with Parquet.Net's reader: its fields and every column's values, a TIME column's as
/// <see cref="TimeOnly"/> values.
/// </summary>
/// <param name="Fields">The file's fields, in order.</param>
/// <param name="Columns">Each field's values, boxed (a null where the file has none).</param>
internal sealed record ParquetFile(IReadOnlyList<DataField> Fields, IReadOnlyList<object?[]> Columns)
{
    /// <summary>The number of rows.</summary>
    public int RowCount => Columns.Count == 0 ? 0 : Columns[0].Length;

    /// <summary>Reads every row group of a file.</summary>
    /// <param name="path">The Parquet file.</param>
    /// <returns>Its fields and values.</returns>
    public static async Task<ParquetFile> ReadAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path, new ParquetOptions { UseDateOnlyTypeForDates = true });
        var fields = reader.Schema.GetDataFields();
        var columns = fields.Select(_ => new List<object?>()).ToList();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            for (var f = 0; f < fields.Length; f++)
            {
                columns[f].AddRange(await ReadColumnAsync(group, fields[f], checked((int)group.RowCount)));
            }
        }

        return new ParquetFile(fields, [.. columns.Select(c => c.ToArray())]);
    }

    /// <summary>The values of a column by its name.</summary>
    /// <param name="name">The field's name.</param>
    /// <returns>Its values.</returns>
    public object?[] Column(string name) => Columns[Fields.ToList().FindIndex(f => f.Name == name)];

    private static async Task<IEnumerable<object?>> ReadColumnAsync(ParquetRowGroupReader group, DataField field, int rows)
    {
        // The reader types a UTF-8 text column as ReadOnlyMemory<char>; it reads it as strings on request.
        var type = field.ClrType;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
        {
            var texts = new string?[rows];
            await group.ReadAsync(field, texts.AsMemory());
            return texts;
        }

        // A TIME column is read as its stored count since midnight: milliseconds (int) or microseconds (long).
        if (field is TimeDataField time)
        {
            var counts = type == typeof(int) ? await ReadAsync<int>(group, field, rows) : await ReadAsync<long>(group, field, rows);
            var ticksPerCount = time.Precision == TimeUnitPrecision.Millis ? TimeSpan.TicksPerMillisecond : TimeSpan.TicksPerMicrosecond;
            return counts.Select(c => c is null ? null : (object?)new TimeOnly(Convert.ToInt64(c, System.Globalization.CultureInfo.InvariantCulture) * ticksPerCount));
        }

        return type switch
        {
            _ when type == typeof(long) => await ReadAsync<long>(group, field, rows),
            _ when type == typeof(int) => await ReadAsync<int>(group, field, rows),
            _ when type == typeof(double) => await ReadAsync<double>(group, field, rows),
            _ when type == typeof(bool) => await ReadAsync<bool>(group, field, rows),
            _ when type == typeof(DateOnly) => await ReadAsync<DateOnly>(group, field, rows),
            _ => throw new NotSupportedException($"{field.Name}: a column of {type} is not read by these tests."),
        };
    }

    private static async Task<IEnumerable<object?>> ReadAsync<T>(ParquetRowGroupReader group, DataField field, int rows)
        where T : struct
    {
        if (!field.IsNullable)
        {
            var values = new T[rows];
            await group.ReadAsync(field, values.AsMemory());
            return values.Select(v => (object?)v);
        }

        var nullable = new T?[rows];
        await group.ReadAsync(field, nullable.AsMemory());
        return nullable.Select(v => v is { } value ? (object?)value : null);
    }
}
