using Shaoxing.Yearbook2020.Cli.Export;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Cli.Tests.Export;

public sealed class CodebookTests
{
    private static readonly Lazy<string> Generated = new(() => Codebook.Describe(DataExporter.Tables(Yearbook.Default), Yearbook.Default.Dataset));

    private static string CommittedPath => Path.Combine(RepositoryPaths.Data, Codebook.FileName);

    [Fact]
    public void Codebook_CommittedCopy_IsWhatTheExporterGeneratesNow()
    {
        var committed = File.ReadAllText(CommittedPath).ReplaceLineEndings("\n");

        committed.Should().Be(Generated.Value, $"src/Shaoxing.Yearbook2020/Data/{Codebook.FileName} is regenerated with: {Codebook.RegenerateCommand}");
    }

    [Fact]
    public void Codebook_CommittedCopy_NamesTheCommandThatRegeneratesIt()
    {
        File.ReadLines(CommittedPath).Take(5).Should().Contain(l => l.Contains(Codebook.RegenerateCommand, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    [InlineData("sqlite")]
    [InlineData("parquet")]
    public void Export_AnyFormat_WritesTheSameCodebook(string format)
    {
        using var output = new TempDirectory();

        var (code, _, error) = CliRunner.Run("export", "--format", format, "--out", output.Path);

        code.Should().Be(0, error);
        File.ReadAllText(Path.Combine(output.Path, Codebook.FileName)).Should().Be(Generated.Value);
    }

    [Fact]
    public void Describe_EveryTableAndColumn_HasASectionAndARow()
    {
        var tables = DataExporter.Tables(Yearbook.Default);
        var lines = Generated.Value.Split('\n');

        foreach (var table in tables)
        {
            var heading = Array.IndexOf(lines, "## " + table.Name);
            heading.Should().BeGreaterThan(0, $"{table.Name} has a section");
            var rows = lines.Skip(heading + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)).Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1).ToList();
            rows.Select(r => r.Split(" | ")[0][2..]).Should().Equal(table.Columns.Select(c => c.Name));
            rows.Should().OnlyContain(r => r.EndsWith(" |", StringComparison.Ordinal) && !r.EndsWith("|  |", StringComparison.Ordinal), "every column is described");
        }
    }

    [Fact]
    public void Describe_ColumnWithAUnit_StatesItsTypeAndUnit()
    {
        Generated.Value.Should().Contain("| directEconomicLossYuan | number | yuan (元) | The direct economic loss, in yuan. |");
    }

    [Fact]
    public void Describe_EveryLinkOfEveryKind_IsAForeignKeyRow_AndTheViewsHaveSections()
    {
        foreach (var link in Yearbook.Kinds.SelectMany(k => k.Links))
        {
            Generated.Value.Should().Contain($" | {link.Path} |", $"{link} is a row of the codebook's foreign keys");
        }

        Generated.Value.Should().Contain("## Foreign keys and link tables").And.Contain("`honours__recipient_id__links`").And.Contain("`honours__conferrer_ids`");
        Generated.Value.Should().Contain("| meetings__agenda_items__presenters | agencyId | agencies.key | AgendaItems[].Presenters[].AgencyId |");
        foreach (var view in new[] { "record_links", "records_by_place", "agenda_item_presenters", "honour_recipients_conferrers" })
        {
            Generated.Value.Should().Contain($"\n### {view}\n", $"the SQLite view {view} is described");
        }

        Generated.Value.Should().Contain("## Joins in DuckDB, Parquet and pandas");
    }

    [Fact]
    public void Describe_DescriptionWithAPipe_StaysInItsCell()
    {
        var table = new ExportTable("t", "A | B", [new ExportColumn("c", "string", "x | y\nz")], [], "c", null);

        var text = Codebook.Describe([table], Yearbook.Default.Dataset);

        text.Should().Contain("| c | string |  | x \\| y z |");
    }

    [Fact]
    public void Codebook_CommittedCopy_IsNotEmbeddedInThePackage()
    {
        typeof(Yearbook).Assembly.GetManifestResourceNames().Should()
            .NotContain(n => n.Contains("CODEBOOK", StringComparison.OrdinalIgnoreCase))
            .And.OnlyContain(n => n.EndsWith(".json", StringComparison.Ordinal) || n == "Seed/seed.txt");
    }
}
