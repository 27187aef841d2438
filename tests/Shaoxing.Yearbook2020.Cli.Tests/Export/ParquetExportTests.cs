using System.Globalization;
using System.Text.Json.Nodes;
using Parquet.Schema;
using Shaoxing.Yearbook2020.Cli.Export;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Cli.Tests.Export;

/// <summary>
/// The Parquet export read back with Parquet.Net's reader: the same tables, columns, rows and values as the CSV
/// export, each column typed after the CSV package's Table Schema type.
/// </summary>
public sealed class ParquetExportTests(ExportsFixture exports) : IClassFixture<ExportsFixture>, IDisposable
{
    private readonly TempDirectory scratch = new();

    [Fact]
    public async Task Export_Parquet_EveryTable_HasTheCsvExportsColumnsRowsAndValues()
    {
        var csvPackage = JsonNode.Parse(File.ReadAllText(Path.Combine(exports.Folder("csv"), "datapackage.json")))!;
        var resources = csvPackage["resources"]!.AsArray();
        var values = 0;

        foreach (var resource in resources)
        {
            var table = resource!["name"]!.GetValue<string>();
            var types = resource["schema"]!["fields"]!.AsArray().Select(f => f!["type"]!.GetValue<string>()).ToList();
            var csv = CsvRecords.Read(Path.Combine(exports.Folder("csv"), resource["path"]!.GetValue<string>()));
            var parquet = await ParquetFile.ReadAsync(Path.Combine(exports.Folder("parquet"), table + ".parquet"));

            parquet.Fields.Select(f => f.Name).Should().Equal(csv[0], $"{table} has the CSV's columns in its order");
            parquet.RowCount.Should().Be(csv.Count - 1, $"{table} has the CSV's rows");
            for (var row = 1; row < csv.Count; row++)
            {
                for (var column = 0; column < types.Count; column++)
                {
                    var value = parquet.Columns[column][row - 1];
                    CsvText(value).Should().Be(Normalised(csv[row][column], types[column]), $"{table}.{csv[0][column]} in row {row} reads as the CSV has it");
                    values++;
                }
            }
        }

        resources.Should().HaveCount(DataExporter.Tables(Yearbook.Default).Length);
        values.Should().Be(DataExporter.Tables(Yearbook.Default).Sum(t => t.Rows.Length * t.Columns.Length));
    }

    [Fact]
    public async Task Export_Parquet_ColumnTypes_FollowTheTableSchemaTypes()
    {
        var incidents = await Read("safety_incidents");
        var statistics = await Read("district_safety_statistics");

        Field(incidents, "key").ClrType.Should().Be<ReadOnlyMemory<char>>("Parquet.Net reads UTF-8 text as characters");
        Field(incidents, "deaths").ClrType.Should().Be<long>();
        Field(incidents, "directEconomicLossYuan").ClrType.Should().Be<double>();
        Field(incidents, "inShaoxing").ClrType.Should().Be<bool>();
        Field(incidents, "date").ClrType.Should().Be<DateOnly>();
        var time = Field(incidents, "time").Should().BeOfType<TimeDataField>().Subject;
        time.IsAdjustedToUtc.Should().BeFalse("the times are clock times in Shaoxing, not instants");
        time.Precision.Should().Be(TimeUnitPrecision.Millis);
        incidents.Column("time").Should().Contain(new TimeOnly(22, 18));
        incidents.Column("date").Should().Contain(new DateOnly(2020, 6, 7));
        statistics.Column("isTotal").Should().Contain(true);
        statistics.Column("roadAccidents")[statistics.Column("key").ToList().IndexOf("t6-zhuji")].Should().Be(18L);
    }

    [Fact]
    public async Task Export_Parquet_EveryColumn_HasItsTableSchemaType()
    {
        foreach (var table in DataExporter.Tables(Yearbook.Default))
        {
            var parquet = await Read(table.Name);
            foreach (var (field, column) in parquet.Fields.Zip(table.Columns))
            {
                (field.ClrType, field is TimeDataField).Should().Be(column.Type switch
                {
                    "integer" => (typeof(long), false),
                    "number" => (typeof(double), false),
                    "boolean" => (typeof(bool), false),
                    "date" => (typeof(DateOnly), false),
                    "time" => (field.ClrType, true),
                    _ => (typeof(ReadOnlyMemory<char>), false),
                }, $"{table.Name}.{column.Name} is typed {column.Type}");
            }
        }
    }

    [Fact]
    public async Task Export_Parquet_KeysAreRequired_OtherColumnsNullable()
    {
        var segments = await Read("entries__segments");
        var agencies = await Read("agencies");

        segments.Fields.Where(f => !f.IsNullable).Select(f => f.Name).Should().Equal("key", "parent", "position");
        agencies.Fields.Where(f => !f.IsNullable).Select(f => f.Name).Should().Equal(new[] { "key" }, "an agency's own position may be missing");
        agencies.Column("position").Should().Contain((object?)null);
    }

    [Fact]
    public async Task Export_Parquet_MissingValuesAreNulls_EmptyTextsStayEmptyAsInTheJsonExport()
    {
        var cells = await Read("tables__rows__cells");
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(exports.Folder("json"), "tables__rows__cells.json")))!.AsArray();

        cells.Column("value").Should().Equal(json.Select(r => (object?)r!["value"]?.GetValue<string>()));
        cells.Column("value").Should().Contain(string.Empty, "a blank cell of a printed table is an empty text, which CSV writes as an empty cell");
        var incidents = await Read("safety_incidents");
        incidents.Column("time").Should().Contain((object?)null, "an incident without a time has none");
    }

    [Fact]
    public void Export_Parquet_IntoANonEmptyFolder_IsRefused_UnlessForced()
    {
        File.WriteAllText(Path.Combine(scratch.Path, "keep.txt"), "mine");

        var refused = CliRunner.Run("export", "--format", "parquet", "--out", scratch.Path);
        var forced = CliRunner.Run("export", "--format", "parquet", "--out", scratch.Path, "--force");
        var again = CliRunner.Run("export", "--format", "parquet", "--out", scratch.Path, "--force");

        refused.ExitCode.Should().Be(2);
        refused.Error.Should().Contain("not empty").And.Contain("--force");
        forced.ExitCode.Should().Be(0, forced.Error);
        again.ExitCode.Should().Be(0, again.Error);
        File.ReadAllText(Path.Combine(scratch.Path, "keep.txt")).Should().Be("mine");
        File.ReadAllBytes(Path.Combine(scratch.Path, "entries.parquet")).Should().Equal(File.ReadAllBytes(Path.Combine(exports.Folder("parquet"), "entries.parquet")), "a second export replaces the files with the same bytes");
        Directory.EnumerateFiles(scratch.Path, ".*").Should().BeEmpty("no temporary file is left behind");
    }

    [Fact]
    public void Export_Parquet_TableNameTakenByAFolder_ExitsOneAndWritesNothing()
    {
        var named = Path.Combine(scratch.Path, "people.parquet");
        Directory.CreateDirectory(named);

        var (code, _, error) = CliRunner.Run("export", "--format", "parquet", "--out", scratch.Path, "--force");

        code.Should().Be(1);
        error.Should().StartWith("error: ").And.Contain(named);
        Directory.EnumerateFileSystemEntries(scratch.Path).Should().ContainSingle("nothing is written when a target is in the way");
    }

    [Fact]
    public void Export_Parquet_WritesAFilePerTable_TheDescriptorAndTheCodebook()
    {
        var (code, output, error) = CliRunner.Run("export", "--format", "parquet", "--out", scratch.Path, "--json");

        code.Should().Be(0, error);
        var answer = JsonNode.Parse(output)!;
        var tables = DataExporter.Tables(Yearbook.Default);
        answer["format"]!.GetValue<string>().Should().Be("parquet");
        answer["files"]!.AsArray().Select(f => f!.GetValue<string>()).Should()
            .Equal([.. tables.Select(t => t.Name + ".parquet"), "datapackage.json", Codebook.FileName]);
        Directory.EnumerateFiles(scratch.Path).Select(Path.GetFileName).Should().BeEquivalentTo(answer["files"]!.AsArray().Select(f => f!.GetValue<string>()));
    }

    [Fact]
    public void Write_ValueOfAnotherTypeThanItsColumn_StopsTheExport()
    {
        var table = new ExportTable("t", "A table.", [new ExportColumn("key", "string", "Key."), new ExportColumn("n", "integer", "A count.")], [["a", 1L], ["b", "two"]], "key", null);

        var write = () => ParquetTableWriter.Write(table, Path.Combine(scratch.Path, "t.parquet"));

        write.Should().Throw<InvalidOperationException>().WithMessage("*t.n*integer*two*");
    }

    [Fact]
    public void Write_RequiredColumnWithANull_StopsTheExport()
    {
        var table = new ExportTable("t", "A table.", [new ExportColumn("key", "string", "Key.")], [["a"], [null]], "key", null);

        var write = () => ParquetTableWriter.Write(table, Path.Combine(scratch.Path, "t.parquet"));

        write.Should().Throw<InvalidOperationException>().WithMessage("*t.key*");
    }

    public void Dispose() => scratch.Dispose();

    // The text the CSV export writes for a value read from the Parquet file, in the invariant culture; a missing
    // value and an empty text are both an empty cell (CSV cannot tell them apart).
    private static string CsvText(object? value) => value switch
    {
        null => string.Empty,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    // A number's CSV text (32169000.0) as the shortest text of the double it reads as (32169000), which is how a
    // Parquet double is written back as text above; other texts as they are.
    private static string Normalised(string csv, string type) =>
        type == "number" && csv.Length > 0 ? double.Parse(csv, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture) : csv;

    private static DataField Field(ParquetFile file, string name) => file.Fields.Single(f => f.Name == name);

    private Task<ParquetFile> Read(string table) => ParquetFile.ReadAsync(Path.Combine(exports.Folder("parquet"), table + ".parquet"));

}
