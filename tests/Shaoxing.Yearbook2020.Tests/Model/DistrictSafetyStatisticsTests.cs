using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Model;

public sealed class DistrictSafetyStatisticsTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    /// <summary>
    /// 表6 as printed (seed lines 245-251), typed cell by cell from the page after the area: construction
    /// accidents and deaths, other industrial accidents and deaths, road accidents and deaths, total accidents,
    /// change, total deaths, change, major accidents and deaths. The one permitted independent check of the table.
    /// </summary>
    public static TheoryData<int, string, string> PrintedRows => new()
    {
        { 245, "合计", "6 6 5 5 48 36 59 -28.9% 47 -37.3% 0 0" },
        { 246, "越城区", "4 4 2 2 5 5 11 -26.7% 11 -26.7% 0 0" },
        { 247, "柯桥区", "0 0 1 2 5 5 6 -33.3% 7 -22.2% 0 0" },
        { 248, "上虞区", "0 0 0 0 7 4 7 -30.0% 4 -33.3% 0 0" },
        { 249, "诸暨市", "0 0 0 0 18 11 18 -28.0% 11 -45.0% 0 0" },
        { 250, "嵊州市", "2 2 1 0 5 3 8 -20.0% 5 -54.5% 0 0" },
        { 251, "新昌县", "0 0 1 1 8 8 9 -30.8% 9 -30.8% 0 0" },
    };

    [Theory]
    [MemberData(nameof(PrintedRows))]
    public void Row_EqualsThePrintedTable_CellByCell(int line, string area, string printed)
    {
        var row = Data.DistrictSafetyStatistics.ForArea(area)!;

        row.Should().NotBeNull();
        row.Source.Line.Should().Be(line);
        row.IsTotal.Should().Be(area == "合计");
        string[] shipped =
        [
            Cell(row.ConstructionAccidents), Cell(row.ConstructionDeaths), Cell(row.OtherIndustrialAccidents), Cell(row.OtherIndustrialDeaths),
            Cell(row.RoadAccidents), Cell(row.RoadDeaths), Cell(row.TotalAccidents), Percent(row.TotalAccidentsChangePercent),
            Cell(row.TotalDeaths), Percent(row.TotalDeathsChangePercent), Cell(row.MajorAccidents), Cell(row.MajorAccidentDeaths),
        ];
        shipped.Should().Equal(printed.Split(' '));
    }

    private static string Cell(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Percent(decimal value) => value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";

    [Fact]
    public void Table_HasSixDistrictsAndOneTotal_InPrintedOrder()
    {
        Data.DistrictSafetyStatistics.Select(r => r.Area).Should().Equal("合计", "越城区", "柯桥区", "上虞区", "诸暨市", "嵊州市", "新昌县");
        Data.DistrictSafetyStatistics.Districts.Should().HaveCount(6);
        Data.DistrictSafetyStatistics.Total!.Area.Should().Be("合计");
    }

    [Fact]
    public void DistrictRows_SumToTheTotalRow_InEveryCountColumn()
    {
        var total = Data.DistrictSafetyStatistics.Total!;
        var districts = Data.DistrictSafetyStatistics.Districts;

        // Every count column of 表6 adds up (checked by hand against lines 245-251 as well).
        districts.Sum(r => r.ConstructionAccidents).Should().Be(total.ConstructionAccidents);
        districts.Sum(r => r.ConstructionDeaths).Should().Be(total.ConstructionDeaths);
        districts.Sum(r => r.OtherIndustrialAccidents).Should().Be(total.OtherIndustrialAccidents);
        districts.Sum(r => r.OtherIndustrialDeaths).Should().Be(total.OtherIndustrialDeaths);
        districts.Sum(r => r.RoadAccidents).Should().Be(total.RoadAccidents);
        districts.Sum(r => r.RoadDeaths).Should().Be(total.RoadDeaths);
        districts.Sum(r => r.TotalAccidents).Should().Be(total.TotalAccidents);
        districts.Sum(r => r.TotalDeaths).Should().Be(total.TotalDeaths);
        districts.Sum(r => r.MajorAccidents).Should().Be(total.MajorAccidents);
        districts.Sum(r => r.MajorAccidentDeaths).Should().Be(total.MajorAccidentDeaths);
    }

    [Fact]
    public void EveryRow_ItsPartsSumToItsTotals()
    {
        Data.DistrictSafetyStatistics.Should().OnlyContain(r =>
            r.ConstructionAccidents + r.OtherIndustrialAccidents + r.RoadAccidents == r.TotalAccidents
            && r.ConstructionDeaths + r.OtherIndustrialDeaths + r.RoadDeaths == r.TotalDeaths);
    }

    [Fact]
    public void TotalRow_AgreesWithTheOverviewEntry()
    {
        // Line 230: 全市发生生产安全事故59起、死亡47人,比2019年分别下降28.9%、37.3%;未发生较大及以上事故。
        var total = Data.DistrictSafetyStatistics.Total!;

        (total.TotalAccidents, total.TotalDeaths).Should().Be((59, 47));
        (total.TotalAccidentsChangePercent, total.TotalDeathsChangePercent).Should().Be((-28.9m, -37.3m));
        total.MajorAccidents.Should().Be(0);
    }

    [Fact]
    public void Sources_QuoteTheRowsArea()
    {
        foreach (var row in Data.DistrictSafetyStatistics)
        {
            Yearbook.Quote(row.Source).Replace(" ", string.Empty, StringComparison.Ordinal).Should().StartWith(row.Area);
        }
    }
}
