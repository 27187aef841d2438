using Shaoxing.Yearbook2020.Cli.Commands;

namespace Shaoxing.Yearbook2020.Cli.Tests.Commands;

public sealed class DateOptionTests
{
    [Theory]
    [InlineData("2020-07-16")]
    [InlineData(" 2020-07-16\t")]
    public void TryParse_IsoDay_ReadsIt(string text)
    {
        DateOption.TryParse(text, out var day).Should().BeTrue();
        day.Should().Be(new DateOnly(2020, 7, 16));
    }

    [Theory]
    [InlineData("2020/07/16")]
    [InlineData("16-07-2020")]
    [InlineData("2020-7-16")]
    [InlineData("2020-02-30")]
    [InlineData("")]
    public void TryParse_AnythingElse_Refuses(string text)
    {
        DateOption.TryParse(text, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("meetings", "--date")]
    [InlineData("meetings", "--from")]
    [InlineData("who", "--date")]
    [InlineData("honours", "--date")]
    [InlineData("incidents", "--from")]
    [InlineData("incidents", "--to")]
    public void DateOptionOfAnyCommand_NotADate_IsRefusedInOneWording(string command, string option)
    {
        string[] head = command == "who" ? ["who", "局长", "市应急管理局"] : [command];

        var (code, _, error) = CliRunner.Run([.. head, option, "2020/07/16"]);

        code.Should().Be(2);
        error.Should().Be($"error: {option} takes a date written yyyy-MM-dd, e.g. 2020-07-16, not '2020/07/16'.{Environment.NewLine}");
    }
}
