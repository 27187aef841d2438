using System.Text.Json.Nodes;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Cli.Tests.Export;

public sealed class ExportShapeTests
{
    private static readonly Lazy<(JsonObject Package, Dictionary<string, JsonArray> Tables)> Exported = new(Export);

    [Fact]
    public void Export_AgendaItems_AreKeyedByTheirIds()
    {
        var item = Row("meetings__agenda_items", "executive-68-01");

        item["parent"]!.GetValue<string>().Should().Be("executive-68");
        item["position"]!.GetValue<long>().Should().Be(0);
    }

    [Fact]
    public void Export_ItemsWithoutIds_AreKeyedByTheirParentsIdAndPosition()
    {
        var presenter = Row("meetings__agenda_items__presenters", "executive-68-01/0");

        presenter["parent"]!.GetValue<string>().Should().Be("executive-68-01");
    }

    [Fact]
    public void Export_DistrictSafetyRows_AreKeyedLikeTheirFigures_TheTotalMarked()
    {
        Row("district_safety_statistics", "t6-zhuji")["roadAccidents"]!.GetValue<long>().Should().Be(18);
        Row("district_safety_statistics", "t6-total")["isTotal"]!.GetValue<bool>().Should().BeTrue();
        Exported.Value.Tables["figures"].Should().Contain(f => f!["key"]!.GetValue<string>().StartsWith("t6-zhuji-", StringComparison.Ordinal));
        Resource("district_safety_statistics")["description"]!.GetValue<string>().Should().Contain("isTotal").And.Contain("skip it when summing");
        Exported.Value.Package["description"]!.GetValue<string>().Should().Contain("isTotal");
    }

    [Fact]
    public void Export_Times_AreTableSchemaTimes()
    {
        FieldOf("safety_incidents", "time")["type"]!.GetValue<string>().Should().Be("time");
        Row("safety_incidents", "incident-02")["time"]!.GetValue<string>().Should().Be("22:18:00");
    }

    [Fact]
    public void Export_EnumColumns_ListTheirNames_AndEveryValueIsOne()
    {
        FieldOf("honours", "level")["constraints"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>())
            .Should().Equal("national", "provincial", "municipal", "other");
        var checkedColumns = 0;
        foreach (var resource in Exported.Value.Package["resources"]!.AsArray())
        {
            foreach (var field in resource!["schema"]!["fields"]!.AsArray().Where(f => f!["constraints"] is not null))
            {
                var allowed = field!["constraints"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
                var name = field["name"]!.GetValue<string>();
                Exported.Value.Tables[resource["name"]!.GetValue<string>()]
                    .Select(r => r![name]?.GetValue<string>())
                    .Where(v => v is not null)
                    .Should().OnlyContain(v => allowed.Contains(v!), $"{resource["name"]}.{name} allows {string.Join(", ", allowed)}");
                checkedColumns++;
            }
        }

        checkedColumns.Should().BeGreaterThan(10);
    }

    [Fact]
    public void Export_MeetingChair_IsInItsFlattenedColumns_WithoutAnEmptyChairColumn()
    {
        Row("meetings", "executive-68")["chair_name"]!.GetValue<string>().Should().Be("盛阅春");
        Exported.Value.Tables["meetings"][0]!.AsObject().ContainsKey("chair").Should().BeFalse();
    }

    [Fact]
    public void Export_FlattenedColumns_AreDescribedByTheirOwnProperty()
    {
        var chair = FieldOf("meetings", "chair_name")["description"]!.GetValue<string>();
        var line = FieldOf("meetings", "chair_source_line")["description"]!.GetValue<string>();

        chair.Should().StartWith("chair: ").And.Contain("name");
        line.Should().NotBe(chair).And.Contain("line");
    }

    private static JsonObject Row(string table, string key) =>
        Exported.Value.Tables[table].Single(r => r!["key"]!.GetValue<string>() == key)!.AsObject();

    private static JsonObject Resource(string table) =>
        Exported.Value.Package["resources"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == table)!.AsObject();

    private static JsonObject FieldOf(string table, string name) =>
        Resource(table)["schema"]!["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == name)!.AsObject();

    private static (JsonObject Package, Dictionary<string, JsonArray> Tables) Export()
    {
        using var output = new TempDirectory();
        var (code, _, error) = CliRunner.Run("export", "--format", "json", "--out", output.Path);
        code.Should().Be(0, error);
        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(output.Path, "datapackage.json")))!.AsObject();
        var tables = package["resources"]!.AsArray().ToDictionary(
            r => r!["name"]!.GetValue<string>(),
            r => JsonNode.Parse(File.ReadAllText(Path.Combine(output.Path, r!["path"]!.GetValue<string>())))!.AsArray());
        return (package, tables);
    }
}
