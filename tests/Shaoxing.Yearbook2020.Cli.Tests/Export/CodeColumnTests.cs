using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Shaoxing.Yearbook2020.Cli.Export;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Cli.Tests.Export;

/// <summary>Codes (<c>divisionCode</c> 330600, an incident's <c>code</c> 9·28) are text in every format, and the descriptors say so.</summary>
public sealed class CodeColumnTests(ExportsFixture exports) : IClassFixture<ExportsFixture>
{
    [Theory]
    [InlineData("csv")]
    [InlineData("csv-excel")]
    [InlineData("json")]
    [InlineData("jsonl")]
    [InlineData("sqlite")]
    [InlineData("parquet")]
    public void Export_EveryCodeColumn_IsAStringThatSaysToReadItAsText(string format)
    {
        var resources = JsonNode.Parse(File.ReadAllText(Path.Combine(exports.Folder(format), "datapackage.json")))!["resources"]!.AsArray();
        var codes = resources.SelectMany(r => r!["schema"]!["fields"]!.AsArray()).Where(f => CodeColumns.Is(f!["name"]!.GetValue<string>())).ToList();

        codes.Select(f => f!["name"]!.GetValue<string>()).Should().Contain(["divisionCode", "code"]);
        codes.Should().OnlyContain(f => f!["type"]!.GetValue<string>() == "string" && f["description"]!.GetValue<string>().Contains("read it as text", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_DivisionCode_IsWrittenAsText_InJsonSqliteAndParquet()
    {
        // seeds/places.json: 绍兴市 330600.
        var places = JsonNode.Parse(File.ReadAllText(Path.Combine(exports.Folder("json"), "places.json")))!.AsArray();
        places.Single(p => (string)p!["name"]! == "绍兴市")!["divisionCode"]!.GetValueKind().Should().Be(System.Text.Json.JsonValueKind.String);

        using var connection = new SqliteConnection($"Data Source={Path.Combine(exports.Folder("sqlite"), DataExporter.SqliteFileName)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT typeof(divisionCode), divisionCode FROM places WHERE name = '绍兴市';";
        using (var reader = command.ExecuteReader())
        {
            reader.Read().Should().BeTrue();
            reader.GetString(0).Should().Be("text");
            reader.GetString(1).Should().Be("330600");
        }

        var parquet = await ParquetFile.ReadAsync(Path.Combine(exports.Folder("parquet"), "places.parquet"));
        parquet.Column("divisionCode").Should().Contain("330600");
    }

    [Fact]
    public void Codebook_NamesTheCodeColumns_AndHowToReadThem()
    {
        var codebook = File.ReadAllText(Path.Combine(exports.Folder("csv"), Codebook.FileName));

        codebook.Should().Contain("Code columns (`divisionCode`, `countyDivisionCode`, `code`) are `string` in every format").And.Contain("dtype={\"divisionCode\": str}");
    }

    [Theory]
    [InlineData("divisionCode", true)]
    [InlineData("code", true)]
    [InlineData("chair_code", true)]
    [InlineData("codename", false)]
    [InlineData("encoded", false)]
    [InlineData("source_line", false)]
    public void Is_ColumnNamedAfterACode_IsACodeColumn(string column, bool code)
    {
        CodeColumns.Is(column).Should().Be(code);
    }
}
