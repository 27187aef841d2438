using System.Text.Json.Nodes;
using Shaoxing.Yearbook2020.Cli.Export;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Cli.Tests.Export;

/// <summary>
/// What <c>datapackage.json</c> claims for each format: a tabular data package for CSV, the one format Frictionless
/// v1 reads as tables, and a plain data package for the others, whose resources still carry their Table Schemas.
/// The packaging script validates every descriptor with the Frictionless library itself.
/// </summary>
public sealed class DescriptorFormatTests
{
    [Theory]
    [InlineData("csv", "csv", "tabular-data-package", "tabular-data-resource", "text/csv", "utf-8")]
    [InlineData("csv-excel", "csv", "tabular-data-package", "tabular-data-resource", "text/csv", "utf-8")]
    [InlineData("json", "json", "data-package", "data-resource", "application/json", "utf-8")]
    [InlineData("jsonl", "jsonl", "data-package", "data-resource", null, "utf-8")]
    [InlineData("sqlite", "sqlite", "data-package", "data-resource", "application/vnd.sqlite3", null)]
    [InlineData("parquet", "parquet", "data-package", "data-resource", "application/vnd.apache.parquet", null)]
    public void Export_Descriptor_ClaimsTabularDataForCsvOnly_AndDescribesEveryFile(string format, string fileFormat, string packageProfile, string resourceProfile, string? mediaType, string? encoding)
    {
        using var output = new TempDirectory();
        var (code, _, error) = CliRunner.Run("export", "--format", format, "--out", output.Path);
        code.Should().Be(0, error);

        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(output.Path, "datapackage.json")))!.AsObject();
        var tables = DataExporter.Tables(Yearbook.Default);

        package["profile"]!.GetValue<string>().Should().Be(packageProfile);
        var description = package["description"]!.GetValue<string>();
        if (fileFormat == "csv")
        {
            description.Should().NotContain("Frictionless v1");
        }
        else
        {
            description.Should().Contain($"this {format} export is described as a plain data package");
        }

        var resources = package["resources"]!.AsArray().Select(r => r!.AsObject()).ToList();
        resources.Select(r => r["name"]!.GetValue<string>()).Should().Equal(tables.Select(t => t.Name));
        foreach (var (resource, table) in resources.Zip(tables))
        {
            resource["profile"]!.GetValue<string>().Should().Be(resourceProfile);
            resource["format"]!.GetValue<string>().Should().Be(fileFormat);
            resource["mediatype"]?.GetValue<string>().Should().Be(mediaType);
            resource.ContainsKey("mediatype").Should().Be(mediaType is not null, "a format without a registered media type states none");
            resource["encoding"]?.GetValue<string>().Should().Be(encoding);
            resource.ContainsKey("encoding").Should().Be(encoding is not null, "a binary file has no text encoding");
            File.Exists(Path.Combine(output.Path, resource["path"]!.GetValue<string>())).Should().BeTrue($"{resource["path"]} is written");

            var schema = resource["schema"]!;
            schema["fields"]!.AsArray().Select(f => (f!["name"]!.GetValue<string>(), f["type"]!.GetValue<string>()))
                .Should().Equal(table.Columns.Select(c => (c.Name, c.Type)), $"{table.Name} keeps its Table Schema in every format");
            schema["primaryKey"]!.AsArray().Select(k => k!.GetValue<string>()).Should().Equal(table.PrimaryKey);
            if (table.Parent is not null)
            {
                schema["foreignKeys"]![0]!["fields"]![0]!.GetValue<string>().Should().Be("parent");
                schema["foreignKeys"]![0]!["reference"]!["resource"]!.GetValue<string>().Should().Be(table.Parent, "a child table's first key is its parent");
            }

            (schema["foreignKeys"]?.AsArray().Count ?? 0).Should().Be(table.ForeignKeys.Length);
        }
    }

    [Fact]
    public void Export_Sqlite_EveryResourceNamesItsTableInTheDatabase()
    {
        using var output = new TempDirectory();
        CliRunner.Run("export", "--format", "sqlite", "--out", output.Path).ExitCode.Should().Be(0);

        var resources = JsonNode.Parse(File.ReadAllText(Path.Combine(output.Path, "datapackage.json")))!["resources"]!.AsArray();

        resources.Should().OnlyContain(r => r!["path"]!.GetValue<string>() == DataExporter.SqliteFileName && r["dialect"]!["table"]!.GetValue<string>() == r["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("csv-excel")]
    public void Export_Csv_EveryResourceStatesItsDialectAsTheFileIsWritten(string format)
    {
        using var output = new TempDirectory();
        CliRunner.Run("export", "--format", format, "--out", output.Path).ExitCode.Should().Be(0);

        // A reader left to guess the delimiter can take the ';' inside quoted English titles for it.
        var resources = JsonNode.Parse(File.ReadAllText(Path.Combine(output.Path, "datapackage.json")))!["resources"]!.AsArray();
        foreach (var resource in resources)
        {
            var dialect = resource!["dialect"];
            dialect.Should().NotBeNull($"{resource["name"]} states its CSV dialect");
            dialect!["delimiter"]!.GetValue<string>().Should().Be(",");
            dialect["quoteChar"]!.GetValue<string>().Should().Be("\"");
            dialect["doubleQuote"]!.GetValue<bool>().Should().BeTrue();
            dialect["header"]!.GetValue<bool>().Should().BeTrue();
            var lineTerminator = dialect["lineTerminator"]!.GetValue<string>();
            lineTerminator.Should().Be("\r\n");
            var text = File.ReadAllText(Path.Combine(output.Path, resource["path"]!.GetValue<string>()));
            text[..(text.IndexOf('\n', StringComparison.Ordinal) + 1)].Should().EndWith(lineTerminator, $"{resource["path"]} ends its header record as its dialect says");
            text.Should().EndWith(lineTerminator, $"{resource["path"]} ends its last record as its dialect says");
        }
    }

    [Theory]
    [InlineData(nameof(ExportFormat.Csv), "csv")]
    [InlineData(nameof(ExportFormat.Json), "json")]
    [InlineData(nameof(ExportFormat.Jsonl), "jsonl")]
    [InlineData(nameof(ExportFormat.Sqlite), "sqlite")]
    [InlineData(nameof(ExportFormat.Parquet), "parquet")]
    [InlineData(nameof(ExportFormat.CsvExcel), "csv-excel")]
    public void Name_EveryFormat_IsTheNameExportTakes(string member, string name)
    {
        ResourceFormat.Name(Enum.Parse<ExportFormat>(member)).Should().Be(name);
        using var output = new TempDirectory();
        var (code, answer, error) = CliRunner.Run("export", "--format", name, "--out", output.Path, "--json");

        code.Should().Be(0, error);
        JsonNode.Parse(answer)!["format"]!.GetValue<string>().Should().Be(name);
    }
}
