using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Queries;

public sealed class SafetyIncidentQueryTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Theory]
    [InlineData("柯桥区", new[] { "4·11", "8·2" })]
    [InlineData("柯桥", new[] { "4·11", "8·2" })]
    [InlineData("嵊州市", new[] { "4·15" })]
    [InlineData("上虞区", new string[0])]
    public void InDistrict_FindsTheIncidentsThere(string district, string[] codes)
    {
        Data.SafetyIncidents.InDistrict(district).Select(i => i.Code).Should().BeEquivalentTo(codes);
    }

    [Fact]
    public void InDistrict_Xinchang_HasTheTankerAndTheRainstorm()
    {
        Data.SafetyIncidents.InDistrict("新昌县").Select(i => i.Category)
            .Should().BeEquivalentTo([IncidentCategory.HazardousChemicalsTransport, IncidentCategory.Flood]);
    }

    [Fact]
    public void InMonth_June_HasTheTankerTheWenlingExplosionAndTheRainstorm()
    {
        Data.SafetyIncidents.InMonth(6).Select(i => i.Date!.Value.Day).Should().BeEquivalentTo([7, 13, 30]);
    }

    [Fact]
    public void Between_AugustFirstWeek_HasTheDeflagrationAndTheTyphoon()
    {
        var found = Data.SafetyIncidents.Between(new DateOnly(2020, 8, 1), new DateOnly(2020, 8, 7));

        found.Select(i => i.Code ?? i.Name).Should().BeEquivalentTo("8·2", "第4号台风\"黑格比\"");
    }

    [Fact]
    public void Fatal_IsTheTwoAccidentsWithDeaths()
    {
        Data.SafetyIncidents.Fatal().Select(i => i.Code).Should().BeEquivalentTo("6·7", "8·2");
    }

    [Fact]
    public void InShaoxing_LeavesOutWenlingJiangxiAndTheNationalAccident()
    {
        var outside = Data.SafetyIncidents.Except(Data.SafetyIncidents.InShaoxing()).ToList();

        outside.Select(i => i.Name).Should().BeEquivalentTo("\"9·28\"特别重大交通事故", "温岭\"6.13\"槽罐车爆炸事故", "江西抗洪抢险");
    }

    [Fact]
    public void FindByCode_ReadsEveryDotAndQuote()
    {
        Data.SafetyIncidents.FindByCode("\"8.2\"")!.Code.Should().Be("8·2");
        Data.SafetyIncidents.FindByCode("1·1").Should().BeNull();
    }

    [Fact]
    public void BadArguments_Throw()
    {
        var incidents = Data.SafetyIncidents;

        FluentActions.Invoking(() => incidents.InDistrict(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => incidents.InDistrict(" ")).Should().Throw<ArgumentException>().WithParameterName("district");
        FluentActions.Invoking(() => incidents.InMonth(13)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => incidents.InCategory((IncidentCategory)99)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => incidents.Between(new DateOnly(2020, 2, 1), new DateOnly(2020, 1, 1))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => incidents.FindByCode("")).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void DistrictStatistics_ForArea_TakesShortFormsAndTheTotal()
    {
        Data.DistrictSafetyStatistics.ForArea("诸暨")!.RoadAccidents.Should().Be(18);
        Data.DistrictSafetyStatistics.ForArea("合 计")!.IsTotal.Should().BeTrue();
        Data.DistrictSafetyStatistics.ForArea("杭州").Should().BeNull();
        FluentActions.Invoking(() => Data.DistrictSafetyStatistics.ForArea(" ")).Should().Throw<ArgumentException>();
    }
}
