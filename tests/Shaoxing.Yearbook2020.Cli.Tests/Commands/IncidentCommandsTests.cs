namespace Shaoxing.Yearbook2020.Cli.Tests.Commands;

public sealed class IncidentCommandsTests
{
    [Fact]
    public void Incidents_Fatal_ListsTheTwoDeadlyAccidents()
    {
        var (code, output, _) = CliRunner.Run("incidents", "--fatal");

        code.Should().Be(0);
        output.Should().Contain("2 safety incidents").And.Contain("22:18").And.Contain("00:09").And.Contain("381, 257, 385, 417");
    }

    [Fact]
    public void Incidents_ByDistrictAndMonth_CombineTheirFilters()
    {
        var (code, output, _) = CliRunner.Run("incidents", "--district", "新昌", "--month", "6");

        code.Should().Be(0);
        output.Should().Contain("2 safety incidents").And.Contain("2020-06-07").And.Contain("2020-06-30");
    }

    [Fact]
    public void Incidents_NothingMatches_SaysSo()
    {
        var (code, output, _) = CliRunner.Run("incidents", "--category", "fire");

        code.Should().Be(0);
        output.Should().Contain("No incident matches.");
    }

    [Theory]
    [InlineData("incidents", "--category", "earthquake")]
    [InlineData("incidents", "--month", "13")]
    [InlineData("incidents", "--from", "2020/06/01")]
    [InlineData("incidents", "--from", "2020-07-01", "--to", "2020-06-01")]
    [InlineData("incidents", "--district", " ")]
    [InlineData("district-safety", "--area", "杭州")]
    [InlineData("honours", "--level", "galactic")]
    [InlineData("honours", "--recipient", " ")]
    [InlineData("honours", "--date", "11月11日")]
    public void BadFilters_ExitTwoWithAMessage(params string[] args)
    {
        var (code, _, error) = CliRunner.Run(args);

        code.Should().Be(2);
        error.Should().StartWith("error: ");
    }

    [Fact]
    public void DistrictSafety_ShowsTheTableAndTheTotalsCheck()
    {
        var (code, output, _) = CliRunner.Run("district-safety");

        code.Should().Be(0);
        output.Should().Contain("诸暨市").And.Contain("-54.5%").And.Contain("Totals check")
            .And.Contain("Every count column of the district rows sums to the total row.");
        output.Should().NotContain("NO");
    }

    [Fact]
    public void DistrictSafety_ForOneArea_ShowsOneRow()
    {
        var (code, output, _) = CliRunner.Run("district-safety", "--area", "嵊州");

        code.Should().Be(0);
        output.Should().Contain("嵊州市").And.NotContain("越城区").And.NotContain("Totals check");
    }

    [Fact]
    public void Honours_ByNominatorAndLevel_ListsTheRows()
    {
        var (code, output, _) = CliRunner.Run("honours", "--nominator", "诸暨市安委办", "--level", "municipal");

        code.Should().Be(0);
        output.Should().Contain("3 honours").And.Contain("应巨伟").And.Contain("郦洋").And.Contain("陈国强");
    }

    [Fact]
    public void Honours_ByDate_ListsTheCompetitionWinners()
    {
        var (code, output, _) = CliRunner.Run("honours", "--date", "2020-11-11");

        code.Should().Be(0);
        output.Should().Contain("7 honours");
    }
}
