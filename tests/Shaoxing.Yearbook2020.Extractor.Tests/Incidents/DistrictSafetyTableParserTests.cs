using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Extractor.Incidents;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Incidents;

public sealed class DistrictSafetyTableParserTests
{
    private static readonly string[] Header1 = ["指标", "工矿商贸企业", "", "", "", "道路(水上)运输", "", "合计", "", "", "", "较大事故"];
    private static readonly string[] Header2 = ["ייוםני", "建筑施工", "", "其他", "", "", "", "711"];
    private static readonly string[] Header3 = ["地区", "事故起数", "死亡人数", "事故起数", "死亡人数", "事故起数", "死亡人数", "事故起数", "同比", "死亡人数", "同比", "事故起数", "死亡人数"];

    [Fact]
    public void Parse_MapsTheColumnsDespiteTheGarbageHeaderCells()
    {
        var rows = DistrictSafetyTableParser.Parse(Table(["越城区", "4", "4", "2", "2", "5", "5", "11", "-26.7%", "11", "-26.7%", "0", "0"]));

        var row = rows.Should().ContainSingle().Which;
        (row.ConstructionAccidents, row.OtherIndustrialAccidents, row.RoadAccidents, row.TotalAccidents).Should().Be((4, 2, 5, 11));
        row.TotalAccidentsChangePercent.Should().Be(-26.7m);
        row.IsTotal.Should().BeFalse();
        row.Id.Should().Be("table-6-line-4");
    }

    [Theory]
    [InlineData(2, 1, "事故 起数")]
    [InlineData(0, 5, "合计")]
    [InlineData(1, 3, "建筑施工")]
    public void Parse_AHeaderOfAnotherShape_IsRefused(int row, int column, string wrong)
    {
        string[][] headers = [[.. Header1], [.. Header2], [.. Header3]];
        headers[row][column] = wrong;

        FluentActions.Invoking(() => DistrictSafetyTableParser.Parse(Table(["越城区", "1", "1", "1", "1", "1", "1", "3", "1%", "3", "1%", "0", "0"], headers)))
            .Should().Throw<ExtractorException>().Which.Line.Should().Be(row + 1);
    }

    [Theory]
    [InlineData("四")]
    [InlineData("-26.7")]
    public void Parse_ACellThatIsNotANumber_IsRefused(string cell)
    {
        FluentActions.Invoking(() => DistrictSafetyTableParser.Parse(Table(["越城区", cell, "4", "2", "2", "5", "5", "11", cell, "11", "-26.7%", "0", "0"])))
            .Should().Throw<ExtractorException>().Which.Line.Should().Be(4);
    }

    private static SeedTable Table(string[] data, string[][]? headers = null)
    {
        headers ??= [Header1, Header2, Header3];
        ImmutableArray<SeedTableRow> rows =
        [
            .. headers.Select((h, i) => new SeedTableRow { Line = i + 1, Cells = [.. h] }),
            new SeedTableRow { Line = 4, Cells = [.. data] },
        ];
        return new SeedTable { Id = "table-6", Number = 6, Title = "t", SectionId = "s5", Rows = rows, Source = new SourceSpan { Line = 1, EndLine = 4 }, PeriodStart = new DateOnly(2020, 1, 1), PeriodEnd = new DateOnly(2020, 12, 31) };
    }
}
