using Shaoxing.Yearbook2020.Cli.Commands.Honours;
using Shaoxing.Yearbook2020.Cli.Rendering;

namespace Shaoxing.Yearbook2020.Cli.Tests.Commands;

public sealed class TerminalWidthTests
{
    [Fact]
    public void Resolve_ColumnsSet_WinsOverTheTerminal()
    {
        TerminalSize.Resolve("100", isTerminal: true, () => 200).Should().Be(new TerminalSize(100, true));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wide")]
    [InlineData("0")]
    [InlineData("-5")]
    public void Resolve_NoUsableColumnsOnATerminal_TakesTheTerminalsWidth(string? columns)
    {
        TerminalSize.Resolve(columns, isTerminal: true, () => 93).Width.Should().Be(93);
    }

    [Fact]
    public void Resolve_NotATerminal_DrawsTheRedirectedWidth()
    {
        TerminalSize.Resolve(null, isTerminal: false, () => throw new InvalidOperationException("not asked")).Should().Be(TerminalSize.Redirected);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(140)]
    public void Incidents_NarrowTerminal_FitsItsWidth(int width)
    {
        var (code, output, _) = Run(width, "incidents");

        code.Should().Be(0);
        output.Split('\n').Should().OnlyContain(line => CellWidth(line.TrimEnd('\r')) <= width);
    }

    [Fact]
    public void Incidents_WideEnoughTerminal_KeepsKebabCaseNamesWhole()
    {
        var (_, output, _) = Run(150, "incidents");

        output.Should().Contain("hazardous-chemicals-transport").And.Contain("incident-02").And.Contain("full-entry");
    }

    [Fact]
    public void Honours_OnATerminalWithoutLimit_ShowsOneScreenAndSaysHowToSeeAll()
    {
        var (code, output, _) = Run(160, "honours");

        code.Should().Be(0);
        output.Should().Contain($"{HonoursOptions.TerminalLimit} of 97 honours").And.Contain("--limit 97");
        output.Should().NotContain("honour-026");
    }

    [Fact]
    public void Honours_RedirectedWithoutLimit_ShowsThemAll()
    {
        var (_, output, _) = CliRunner.Run("honours");

        output.Should().Contain("97 honours").And.Contain("honour-097").And.NotContain("Showing");
    }

    [Fact]
    public void Honours_Limit_ShowsThatMany()
    {
        var (_, output, _) = CliRunner.Run("honours", "--limit", "3");

        output.Should().Contain("3 of 97 honours").And.Contain("honour-003").And.NotContain("honour-004");
    }

    [Fact]
    public void Honours_LimitBelowOne_ExitsTwo()
    {
        CliRunner.Run("honours", "--limit", "0").ExitCode.Should().Be(2);
    }

    [Fact]
    public void People_OnePerson_SaysPersonNotPeople()
    {
        var (_, output, _) = CliRunner.Run("people", "张永明");

        output.Should().Contain("1 person").And.NotContain("1 people");
    }

    [Fact]
    public void Help_Usage_NamesTheInstalledTool()
    {
        var (_, output, _) = CliRunner.Run("--help");

        output.Should().Contain("yearbook2020 [command] [options]").And.NotContain("Shaoxing.Yearbook2020.Cli");
    }

    // Terminal cells: the wide East Asian characters of the data take two, everything else one.
    private static int CellWidth(string line) => line.Sum(c => c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6') ? 2 : 1);

    private static (int ExitCode, string Output, string Error) Run(int width, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error, new TerminalSize(width, IsTerminal: true));
        return (code, output.ToString(), error.ToString());
    }
}
