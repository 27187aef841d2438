using Shaoxing.Yearbook2020.Cli.Commands.Check;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Data;

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
            output.Should().Contain(JsonNames.Of(kind)).And.NotContain(" " + kind + " ", "the JSON, the export and the table use one name per kind");
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
    public void Check_Table_ShowsEachRulesDescriptionAndNote_AndListsItsLines()
    {
        // Drawn wide enough that no cell wraps, so that each text can be found whole.
        var rule = Yearbook.Default.ConsistencyRules.Single(r => r.Id == "cloud-information-systems-twice");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = CliApp.Run(["check", "--failing"], output, error, new TerminalSize(2000, IsTerminal: true));

        code.Should().Be(0, error.ToString());
        var row = output.ToString().Split('\n').Single(l => l.Contains("cloud-information-systems-twice", StringComparison.Ordinal));
        row.Should().Contain(rule.Description).And.Contain(rule.Note!);
        row.Should().MatchRegex("│ 132, 154 +│", "the figures are on lines 132 (516套) and 154 (508套), listed rather than ranged");
        row.Should().Contain("printed 516套; computed 508套; does not hold");
    }

    [Fact]
    public void Check_Json_GivesEachRulesDescriptionNoteLinesAndNumbers()
    {
        var (code, output, error) = CliRunner.Run("check", "--json");

        code.Should().Be(0, error);
        var results = System.Text.Json.Nodes.JsonNode.Parse(output)!["results"]!.AsArray();
        var systems = results.Single(r => (string)r!["ruleId"]! == "cloud-information-systems-twice")!;
        var rule = Yearbook.Default.ConsistencyRules.Single(r => r.Id == "cloud-information-systems-twice");
        systems["description"]!.GetValue<string>().Should().Be(rule.Description);
        systems["note"]!.GetValue<string>().Should().Be(rule.Note);
        systems["lines"]!.AsArray().Select(l => l!.GetValue<int>()).Should().Equal(132, 154);
        systems["printed"]!.GetValue<decimal>().Should().Be(516);
        systems["computed"]!.GetValue<decimal>().Should().Be(508);

        var sum = results.Single(r => (string)r!["ruleId"]! == "xueliang-video-points-sum")!;
        sum.AsObject().ContainsKey("note").Should().BeTrue();
        sum["note"].Should().BeNull("a rule that holds as expected has no note");
        sum["lines"]!.AsArray().Select(l => l!.GetValue<int>()).Should().Equal(154);
    }

    [Fact]
    public void Render_UnexpectedOutcome_ExitsWithOneAndNamesTheRule()
    {
        var report = Yearbook.Default.CheckConsistency();
        var flipped = report.Results.Select(r => r.Rule.Id == "exam-pass-rate" ? r with { Rule = r.Rule with { ExpectedToHold = false, Note = "test" } } : r);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = CheckRendering.Render(Yearbook.Default, report with { Results = [.. flipped] }, ConsoleFactory.For(output), error, onlyFailing: false);

        code.Should().Be(1);
        error.ToString().Should().StartWith("error: rule exam-pass-rate was expected to fail");
    }
}
