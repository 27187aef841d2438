using Shaoxing.Yearbook2020.Cli.Commands;
using Shaoxing.Yearbook2020.Cli.Rendering;

namespace Shaoxing.Yearbook2020.Cli.Tests.Commands;

public sealed class CheckCommandTests
{
    [Fact]
    public void Check_ShippedData_PrintsTheRuleTableAndSucceeds()
    {
        var (code, output, error) = CliRunner.Run("check");

        code.Should().Be(0, error);
        output.Should().Contain("xueliang-video-points-sum").And.Contain("178116");
        output.Should().Contain("t6-2019-accidents-districts-sum").And.Contain("FAILS");
        output.Should().Contain("Every evaluated rule came out as expected");
    }

    [Fact]
    public void Check_Failing_ShowsOnlyRulesThatDoNotHold()
    {
        var (code, output, _) = CliRunner.Run("check", "--failing");

        code.Should().Be(0);
        output.Should().Contain("cloud-information-systems-twice");
        output.Should().NotContain("exam-pass-rate");
    }

    [Fact]
    public void Render_UnexpectedOutcome_ExitsWithOneAndNamesTheRule()
    {
        var report = Yearbook.Default.CheckConsistency();
        var flipped = report.Results.Select(r => r.Rule.Id == "exam-pass-rate" ? r with { Rule = r.Rule with { ExpectedToHold = false, Note = "test" } } : r);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = CheckCommand.Render(report with { Results = [.. flipped] }, ConsoleFactory.For(output), error, onlyFailing: false);

        code.Should().Be(1);
        error.ToString().Should().StartWith("error: rule exam-pass-rate was expected to fail");
    }
}
