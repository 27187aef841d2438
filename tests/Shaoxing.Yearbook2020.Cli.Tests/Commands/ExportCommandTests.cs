using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Cli.Tests.Commands;

public sealed class ExportCommandTests
{
    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("jsonl")]
    [InlineData("parquet")]
    public void Export_WritesATablePerRecordKindAndChildList_WithADataPackage(string format)
    {
        using var output = new TempDirectory();

        var (code, _, error) = CliRunner.Run("export", "--format", format, "--out", output.Path);

        code.Should().Be(0, error);
        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(output.Path, "datapackage.json")))!;
        var resources = package["resources"]!.AsArray();
        foreach (var file in Yearbook.Default.Dataset.Files)
        {
            var table = Path.GetFileNameWithoutExtension(file.Name).Replace('-', '_');
            resources.Should().Contain(r => (string)r!["name"]! == table, $"{file.Name} is exported");
            File.Exists(Path.Combine(output.Path, $"{table}.{format}")).Should().BeTrue();
        }

        foreach (var resource in resources)
        {
            var schema = resource!["schema"]!;
            schema["primaryKey"]!.AsArray().Should().ContainSingle();
            schema["fields"]!.AsArray().Should().OnlyContain(f => ((string)f!["description"]!).Length > 0);
            if (((string)resource["name"]!).Contains("__", StringComparison.Ordinal))
            {
                schema["foreignKeys"]![0]!["fields"]![0]!.GetValue<string>().Should().Be("parent");
            }
        }
    }

    [Fact]
    public void Export_Json_HasOneFlatRowPerRecord_WithTypedColumns()
    {
        using var output = new TempDirectory();
        CliRunner.Run("export", "--format", "json", "--out", output.Path).ExitCode.Should().Be(0);

        var entries = JsonNode.Parse(File.ReadAllText(Path.Combine(output.Path, "entries.json")))!.AsArray();
        var captions = JsonNode.Parse(File.ReadAllText(Path.Combine(output.Path, "captions.json")))!.AsArray();
        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(output.Path, "datapackage.json")))!;
        var captionFields = package["resources"]!.AsArray().Single(r => (string)r!["name"]! == "captions")!["schema"]!["fields"]!.AsArray();

        entries.Should().HaveCount(93);
        entries[0]!["source_line"]!.GetValue<long>().Should().Be(5);
        captions[1]!["date"]!.GetValue<string>().Should().Be("2020-10-17");
        captionFields.Single(f => (string)f!["name"]! == "date")!["type"]!.GetValue<string>().Should().Be("date");
        captionFields.Single(f => (string)f!["name"]! == "source_line")!["type"]!.GetValue<string>().Should().Be("integer");
    }

    [Fact]
    public void Export_Sqlite_HasTheRowsAndEnforcedKeys()
    {
        using var output = new TempDirectory();
        CliRunner.Run("export", "--format", "sqlite", "--out", output.Path).ExitCode.Should().Be(0);

        using var connection = new SqliteConnection($"Data Source={Path.Combine(output.Path, "yearbook2020.sqlite")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM entries; ";
        ((long)command.ExecuteScalar()!).Should().Be(93);
        command.CommandText = "SELECT COUNT(*) FROM entries__segments s LEFT JOIN entries e ON e.key = s.parent WHERE e.key IS NULL;";
        ((long)command.ExecuteScalar()!).Should().Be(0, "every segment row refers to its entry");
        command.CommandText = "PRAGMA foreign_key_check;";
        using var reader = command.ExecuteReader();
        reader.Read().Should().BeFalse("no row breaks a declared foreign key");
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("1")]
    public void Export_UnknownFormat_ExitsTwoNamingIt(string format)
    {
        using var output = new TempDirectory();

        var (code, _, error) = CliRunner.Run("export", "--format", format, "--out", output.Path);

        code.Should().Be(2);
        error.Should().Contain(format).And.Contain("csv");
    }

    [Fact]
    public void Export_IntoANonEmptyFolder_IsRefused_UnlessForced()
    {
        using var output = new TempDirectory();
        File.WriteAllText(Path.Combine(output.Path, "keep.txt"), "mine");

        var refused = CliRunner.Run("export", "--format", "csv", "--out", output.Path);
        var forced = CliRunner.Run("export", "--format", "csv", "--out", output.Path, "--force");

        refused.ExitCode.Should().Be(2);
        refused.Error.Should().Contain("not empty").And.Contain("--force");
        forced.ExitCode.Should().Be(0, forced.Error);
        File.ReadAllText(Path.Combine(output.Path, "keep.txt")).Should().Be("mine");
    }

    [Fact]
    public void Export_Sqlite_EveryRecordKindTable_HasAsManyRowsAsRecords()
    {
        using var output = new TempDirectory();
        CliRunner.Run("export", "--format", "sqlite", "--out", output.Path).ExitCode.Should().Be(0);

        using var connection = new SqliteConnection($"Data Source={Path.Combine(output.Path, "yearbook2020.sqlite")};Pooling=False");
        connection.Open();
        foreach (var file in Yearbook.Default.Dataset.Files)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{Path.GetFileNameWithoutExtension(file.Name).Replace('-', '_')}\"";
            ((long)command.ExecuteScalar()!).Should().Be(file.Records, file.Name);
        }
    }

    [Fact]
    public void Export_SeveralFormats_WritesEachIntoItsSubfolder_WithItsOwnDescriptorAndCodebook()
    {
        using var output = new TempDirectory();

        var (code, answer, error) = CliRunner.Run("export", "--format", "csv, parquet,sqlite", "--out", output.Path, "--json");

        code.Should().Be(0, error);
        Directory.GetFileSystemEntries(output.Path).Select(Path.GetFileName).Should().BeEquivalentTo(["csv", "parquet", "sqlite"]);
        foreach (var (format, extension) in new[] { ("csv", "csv"), ("parquet", "parquet"), ("sqlite", "sqlite") })
        {
            var folder = Path.Combine(output.Path, format);
            File.Exists(Path.Combine(folder, "CODEBOOK.md")).Should().BeTrue();
            var resources = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "datapackage.json")))!["resources"]!.AsArray();
            resources.Should().OnlyContain(r => (string)r!["format"]! == format && File.Exists(Path.Combine(folder, (string)r["path"]!)));
            resources.Should().OnlyContain(r => ((string)r!["path"]!).EndsWith("." + extension, StringComparison.Ordinal));
        }

        var json = JsonNode.Parse(answer)!;
        json["formats"]!.AsArray().Select(f => (string)f!).Should().Equal("csv", "parquet", "sqlite");
        json["files"]!.AsArray().Select(f => (string)f!).Should().Contain(["csv/datapackage.json", "parquet/datapackage.json", "sqlite/yearbook2020.sqlite"])
            .And.OnlyContain(f => File.Exists(Path.Combine(output.Path, f)));
    }

    [Fact]
    public void Export_OneFormatNamedTwice_WritesIntoTheFolderItself()
    {
        using var output = new TempDirectory();

        var (code, _, error) = CliRunner.Run("export", "--format", "json,JSON", "--out", output.Path);

        code.Should().Be(0, error);
        File.Exists(Path.Combine(output.Path, "datapackage.json")).Should().BeTrue();
        Directory.GetDirectories(output.Path).Should().BeEmpty();
    }

    [Theory]
    [InlineData("csv,xml", "xml")]
    [InlineData("csv,,json", "empty item")]
    [InlineData("csv;json", "csv;json")]
    public void Export_FormatListWithABadItem_ExitsTwoNamingIt_AndWritesNothing(string formats, string named)
    {
        using var output = new TempDirectory();

        var (code, _, error) = CliRunner.Run("export", "--format", formats, "--out", output.Path);

        code.Should().Be(2);
        error.Should().Contain(named).And.Contain("csv-excel");
        Directory.GetFileSystemEntries(output.Path).Should().BeEmpty();
    }

    [Fact]
    public void Export_SeveralFormats_ASubfolderThatIsALink_IsReplacedNotFollowed()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var output = new TempDirectory();
        using var elsewhere = new TempDirectory();
        Directory.CreateSymbolicLink(Path.Combine(output.Path, "json"), elsewhere.Path);

        var (code, _, error) = CliRunner.Run("export", "--format", "csv,json", "--out", output.Path, "--force");

        code.Should().Be(0, error);
        Directory.GetFileSystemEntries(elsewhere.Path).Should().BeEmpty("nothing is written through the link");
        new DirectoryInfo(Path.Combine(output.Path, "json")).LinkTarget.Should().BeNull();
        File.Exists(Path.Combine(output.Path, "json", "entries.json")).Should().BeTrue();
    }

    [Fact]
    public void Export_WithoutOut_ExitsTwo()
    {
        CliRunner.Run("export", "--format", "csv").ExitCode.Should().Be(2);
    }
}
