using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Extractor.Text;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Text;

public sealed class ChineseDateTests
{
    [Theory]
    [InlineData(2020, 2, 29)]
    [InlineData(2020, 12, 31)]
    [InlineData(2019, 1, 1)]
    public void Of_ARealDay_GivesIt(int year, int month, int day)
    {
        ChineseDate.Of(year, month, day, 1).Should().Be(new DateOnly(year, month, day));
    }

    [Theory]
    [InlineData(2020, 2, 30)]
    [InlineData(2019, 2, 29)]
    [InlineData(2020, 13, 1)]
    [InlineData(2020, 0, 1)]
    [InlineData(2020, 4, 0)]
    [InlineData(0, 4, 1)]
    public void Of_NoSuchDay_FailsNamingTheLineNotOutOfRange(int year, int month, int day)
    {
        var act = () => ChineseDate.Of(year, month, day, 61);

        act.Should().Throw<ExtractorException>().Which.Message.Should().StartWith("Seed line 61: ").And.Contain("does not exist");
    }

    [Fact]
    public void FromMatch_WithoutAYear_TakesTheCoverageYear()
    {
        var match = Regex.Match("5月13日召开", "(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日");

        ChineseDate.FromMatch(match, 53).Should().Be(new DateOnly(2020, 5, 13));
    }

    [Fact]
    public void FromMatch_WithAYearAndOtherGroupNames_ReadsThem()
    {
        var match = Regex.Match("2019年7月22日至8月2日", "(?<y>[0-9]{4})年(?<m>[0-9]+)月(?<d>[0-9]+)日至(?<m2>[0-9]+)月(?<d2>[0-9]+)日");

        ChineseDate.FromMatch(match, 1).Should().Be(new DateOnly(2019, 7, 22));
        ChineseDate.FromMatch(match, 1, month: "m2", day: "d2").Should().Be(new DateOnly(2019, 8, 2));
    }

    [Fact]
    public void FromMatch_AnImpossibleDay_FailsAsAnExtractorException()
    {
        var match = Regex.Match("2月30日", "(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日");

        var act = () => ChineseDate.FromMatch(match, 7);

        act.Should().Throw<ExtractorException>().Which.Message.Should().Contain("2020年2月30日");
    }

    [Theory]
    [InlineData(10, "2020-10")]
    [InlineData(1, "2020-01")]
    public void Month_AMonth_GivesYearAndMonth(int month, string expected)
    {
        ChineseDate.Month(month, 1).Should().Be(expected);
    }

    [Fact]
    public void Month_Thirteen_Fails()
    {
        var act = () => ChineseDate.Month(13, 164);

        act.Should().Throw<ExtractorException>().Which.Message.Should().Contain("Seed line 164");
    }
}
