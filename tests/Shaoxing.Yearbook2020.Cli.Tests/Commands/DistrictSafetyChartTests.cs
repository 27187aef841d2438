namespace Shaoxing.Yearbook2020.Cli.Tests.Commands;

public sealed class DistrictSafetyChartTests
{
    [Fact]
    public void DistrictSafety_Default_DrawsADeathsBarPerDistrictAboveTheTable()
    {
        var (code, output, _) = CliRunner.Run("district-safety");

        code.Should().Be(0);
        var lines = output.Split('\n');
        var bars = lines.Where(l => l.Contains('█', StringComparison.Ordinal)).ToList();
        bars.Should().HaveCount(6);
        bars.Should().ContainSingle(l => l.StartsWith("诸暨市", StringComparison.Ordinal) && l.TrimEnd().EndsWith(" 11", StringComparison.Ordinal));
        output.IndexOf("Deaths by area", StringComparison.Ordinal).Should().BeLessThan(output.IndexOf("表6 绍兴市各地", StringComparison.Ordinal));
    }

    [Fact]
    public void DistrictSafety_Chart_KeepsTheTotalRowOutOfTheBars()
    {
        var (_, output, _) = CliRunner.Run("district-safety", "--chart", "accidents");

        output.Split('\n').Where(l => l.Contains('█', StringComparison.Ordinal)).Should().NotContain(l => l.Contains("合计", StringComparison.Ordinal));
        output.Should().Contain("合计 (the total row, not a bar): 59 accidents; the districts' bars add up to 59.");
    }

    [Theory]
    [InlineData("--chart", "none")]
    [InlineData("--area", "诸暨")]
    public void DistrictSafety_NoChartOrOneArea_DrawsNoBars(params string[] args)
    {
        var (code, output, _) = CliRunner.Run(["district-safety", .. args]);

        code.Should().Be(0);
        output.Should().NotContain("█").And.Contain("诸暨市");
    }

    [Fact]
    public void DistrictSafety_UnknownChart_ExitsTwo()
    {
        var (code, _, error) = CliRunner.Run("district-safety", "--chart", "injuries");

        code.Should().Be(2);
        error.Should().Contain("--chart");
    }
}
