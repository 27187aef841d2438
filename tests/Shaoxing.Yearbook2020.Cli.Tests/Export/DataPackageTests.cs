using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Cli.Tests.Export;

public sealed partial class DataPackageTests
{
    private static readonly Lazy<JsonArray> Resources = new(ExportResources);

    [Fact]
    public void Export_FieldDescriptions_HaveNoGapWhereAReferenceWas()
    {
        var descriptions = Fields().Select(f => $"{f.Table}.{f.Field["name"]}: {f.Field["description"]}").ToList();

        descriptions.Should().NotContain(d => Gap().IsMatch(d), "a <see cref> or <see langword> must be written out, not dropped");
    }

    [Fact]
    public void Export_DescriptionWithACref_NamesTheReferencedProperty()
    {
        Field("safety_incidents", "seriouslyInjured")["description"]!.GetValue<string>().Should().EndWith("a part of Injured.");
        Field("figures", "normalizedUnit")["description"]!.GetValue<string>().Should().StartWith("The unit of NormalizedValue:");
    }

    [Fact]
    public void Export_ColumnNamedLikeAKeyColumn_IsDescribedByItsProperty()
    {
        // Agency.Position and Figure.Value share their names with the columns of child tables.
        Field("agencies", "position")["description"]!.GetValue<string>().Should().Contain("市政府机构概况");
        Field("figures", "value")["description"]!.GetValue<string>().Should().NotBe("The item.");
    }

    [Fact]
    public void Export_ColumnType_ComesFromThePropertyType_EvenWhenEveryValueIsNull()
    {
        Field("corrections", "endLine")["type"]!.GetValue<string>().Should().Be("integer");
        Field("safety_incidents", "directEconomicLossYuan")["type"]!.GetValue<string>().Should().Be("number");
        Field("captions", "date")["type"]!.GetValue<string>().Should().Be("date");
        Field("honours", "level")["type"]!.GetValue<string>().Should().Be("string");
    }

    [Fact]
    public void Export_ColumnNamedAfterItsUnit_CarriesTheUnit()
    {
        Field("safety_incidents", "directEconomicLossYuan")["unit"]!.GetValue<string>().Should().Be("yuan (元)");
        Field("district_safety_statistics", "totalDeathsChangePercent")["unit"]!.GetValue<string>().Should().Be("percent");
        Field("district_safety_statistics", "totalDeaths").ContainsKey("unit").Should().BeFalse("a count has no unit");
    }

    [Fact]
    public void Export_Tables_AreOnePerRecordKindPlusItsLists()
    {
        var names = Resources.Value.Select(r => (string)r!["name"]!).ToList();

        names.Where(n => !n.Contains("__", StringComparison.Ordinal))
            .Should().Equal(Yearbook.Kinds.Select(k => k.Name.Replace('-', '_')).Order(StringComparer.Ordinal));
    }

    private static JsonObject Field(string table, string name) =>
        Fields().Single(f => f.Table == table && (string)f.Field["name"]! == name).Field;

    private static IEnumerable<(string Table, JsonObject Field)> Fields() =>
        Resources.Value.SelectMany(r => r!["schema"]!["fields"]!.AsArray().Select(f => ((string)r["name"]!, f!.AsObject())));

    private static JsonArray ExportResources()
    {
        using var output = new TempDirectory();
        var (code, _, error) = CliRunner.Run("export", "--format", "csv", "--out", output.Path);
        code.Should().Be(0, error);
        return JsonNode.Parse(File.ReadAllText(Path.Combine(output.Path, "datapackage.json")))!["resources"]!.AsArray();
    }

    // A space before a stop, comma, colon or closing bracket, an empty pair of brackets, or "for ." / "of :".
    [GeneratedRegex(@" [.,:;)]|\( |\(\)")]
    private static partial Regex Gap();
}
