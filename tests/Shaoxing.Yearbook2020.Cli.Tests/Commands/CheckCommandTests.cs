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
    public void Check_Table_NamesRuleKindsAsTheDataWritesThem()
    {
        var (code, output, error) = CliRunner.Run("check");

        code.Should().Be(0, error);
        var kinds = Yearbook.Default.ConsistencyRules.Select(r => r.Kind).Distinct().ToList();
        kinds.Should().Contain(k => k.ToString().Any(char.IsUpper) && k.ToString().Skip(1).Any(char.IsUpper), "a kind of two words shows whether the table converts names");
        foreach (var kind in kinds)
        {
            output.Should().Contain(KebabNames.Of(kind)).And.NotContain(" " + kind + " ", "the JSON, the export and the table use one name per kind");
        }
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
