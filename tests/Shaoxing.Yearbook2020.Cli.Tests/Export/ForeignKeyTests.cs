using System.Text.Json.Nodes;
using Shaoxing.Yearbook2020.Cli.Export;
using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Cli.Tests.Export;

/// <summary>
/// The export's foreign keys, checked against the package's link table (<see cref="RecordKind.Links"/>, which the
/// generator writes from <c>[LinksTo]</c>): every link of every kind is a foreign key of the column that holds its ids
/// (the <c>value</c> column of an id list's child table, for a list), or, where the ids are of several kinds, a link
/// table with a foreign key per kind; every format's descriptor declares the same keys.
/// </summary>
public sealed class ForeignKeyTests(ExportsFixture exports) : IClassFixture<ExportsFixture>
{
    public static TheoryData<string> Links => new(Yearbook.Kinds.SelectMany(k => k.Links).Select(l => l.ToString()));

    [Theory]
    [MemberData(nameof(Links))]
    public void Export_EveryLinkOfEveryKind_IsAForeignKeyOrALinkTable(string name)
    {
        var link = Yearbook.Kinds.SelectMany(k => k.Links).Single(l => l.ToString() == name);
        var (table, column) = ExportedAt(link);
        var targets = link.Targets.Select(t => t.Name.Replace('-', '_')).ToList();
        var keys = ForeignKeys(Resources("csv"));

        if (targets.Count == 1)
        {
            keys.Should().Contain((table, column, targets[0], "key"), $"{link} is a foreign key of {table}.{column}");
        }
        else
        {
            var linkTable = column == "value" ? $"{table}__links" : $"{table}__{Snake(column)}__links";
            keys.Should().Contain((linkTable, "parent", table, "key"), $"{link} has the link table {linkTable}, whose rows refer to the rows of {table}");
            keys.Should().Contain(targets.Select(t => (linkTable, $"{t}_key", t, "key")), $"{link}'s link table has a foreign key per kind it links to");
        }
    }

    [Theory]
    [InlineData("csv-excel")]
    [InlineData("json")]
    [InlineData("jsonl")]
    [InlineData("sqlite")]
    [InlineData("parquet")]
    public void Export_EveryFormatsDescriptor_DeclaresTheSameForeignKeysAsTheCsv(string format)
    {
        var csv = ForeignKeys(Resources("csv"));

        ForeignKeys(Resources(format)).Should().Equal(csv);
        csv.Count(k => k.Column != "parent").Should().BeGreaterThan(40, "the links of the kinds are keys besides the child tables' parents");
    }

    [Fact]
    public void Export_ForeignKeyColumns_AllowNull()
    {
        var resources = Resources("csv");
        var keyFields = resources.SelectMany(r => r!["schema"]!["foreignKeys"]?.AsArray().Select(k => (Table: (string)r["name"]!, Column: (string)k!["fields"]![0]!)) ?? [])
            .Select(k => resources.Single(r => (string)r!["name"]! == k.Table)!["schema"]!["fields"]!.AsArray().Single(f => (string)f!["name"]! == k.Column)!)
            .ToList();

        keyFields.Should().NotBeEmpty();
        keyFields.Should().OnlyContain(f => f["constraints"] == null || f["constraints"]!["required"] == null, "a record may lack a link (an honour's recipientId is null for a project)");
        File.ReadLines(Path.Combine(exports.Folder("csv"), "honours.csv")).Skip(1).Should().Contain(l => l.StartsWith("honour-020,", StringComparison.Ordinal) && l.Contains(",project,", StringComparison.Ordinal), "honour-020 is a project, whose recipientId is empty");
    }

    [Fact]
    public void Declare_ALinkToAKindTheExportHasNoTableOf_IsAnErrorNamingIt()
    {
        var withoutPeople = DataExporter.Flatten(Yearbook.Default).Where(t => t.Kind != "people").ToList();

        var declare = () => ExportLinks.Declare(withoutPeople, Yearbook.Kinds);

        declare.Should().Throw<InvalidOperationException>().WithMessage("The link *→ *people* goes to people, which the export has no table of*");
    }

    // Where a link's ids are in the export, by the export's naming (the codebook states it): a list of records is the
    // child table parent__list (in snake case), a nested record's columns are its fields' names after its own and '_',
    // and a list of ids is a child table whose value column holds them.
    private static (string Table, string Column) ExportedAt(RecordLink link)
    {
        var table = link.Kind.Name.Replace('-', '_');
        var prefix = string.Empty;
        var steps = link.Path.Split('.');
        for (var i = 0; ; i++)
        {
            var isList = steps[i].EndsWith("[]", StringComparison.Ordinal);
            var name = char.ToLowerInvariant(steps[i][0]) + steps[i].TrimEnd('[', ']')[1..];
            var last = i == steps.Length - 1;
            if (isList)
            {
                table += "__" + Snake(prefix + name);
                prefix = string.Empty;
                if (last)
                {
                    return (table, "value");
                }
            }
            else if (last)
            {
                return (table, prefix + name);
            }
            else
            {
                prefix += name + "_";
            }
        }
    }

    private static string Snake(string name) => string.Concat(name.Select(c => char.IsAsciiLetterUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));

    private static List<(string Table, string Column, string Target, string TargetColumn)> ForeignKeys(JsonArray resources) =>
        [.. resources.SelectMany(r => r!["schema"]!["foreignKeys"]?.AsArray().Select(k => (
            (string)r["name"]!,
            (string)k!["fields"]![0]!,
            (string)k["reference"]!["resource"]! is { Length: > 0 } target ? target : (string)r["name"]!,
            (string)k["reference"]!["fields"]![0]!)) ?? [])];

    private JsonArray Resources(string format) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(exports.Folder(format), "datapackage.json")))!["resources"]!.AsArray();
}
