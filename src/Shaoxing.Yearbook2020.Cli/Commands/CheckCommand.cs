using System.CommandLine;
using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Consistency;
using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary><c>check</c>: evaluates every consistency rule, prints the rule table, and fails when an outcome is unexpected.</summary>
internal static class CheckCommand
{
    public static Command Create(DataOption data, TextWriter output, TextWriter error)
    {
        var failing = new Option<bool>("--failing") { Description = "Show only the rules that do not hold (expected or not)." };
        var command = new Command(
            "check",
            "Evaluate the consistency rules among the yearbook's figures; exit 1 when a rule's outcome differs from the expected one.")
        {
            failing,
        };
        command.SetAction(parsed => Render(data.YearbookFor(parsed).CheckConsistency(), ConsoleFactory.For(output), error, parsed.GetValue(failing)));
        return command;
    }

    internal static int Render(ConsistencyReport report, IAnsiConsole console, TextWriter error, bool onlyFailing)
    {
        var shown = report.Results.Where(r => !onlyFailing || r.Holds == false).ToList();
        var table = new Table()
            .Title(Markup.Escape($"{report.Results.Length} consistency rules, {report.Failing.Length} do not hold, {report.Unexpected.Length} unexpected"))
            .AddColumns("Rule", "Kind", "Lines", "Outcome", "Expected", "Computation");
        foreach (var result in shown)
        {
            var outcome = result.Holds switch { true => "holds", false => "FAILS", null => "not evaluated" };
            var flag = result.IsEvaluated && !result.IsAsExpected ? " (!)" : string.Empty;
            table.AddRow(
                Markup.Escape(result.Rule.Id),
                result.Rule.Kind.ToString(),
                FormattableString.Invariant($"{result.Rule.Source.Line}-{result.Rule.Source.EndLine}"),
                outcome + flag,
                result.Rule.ExpectedToHold ? "holds" : "fails",
                Markup.Escape(result.Computation));
        }

        console.Write(table);
        foreach (var result in report.NotEvaluated)
        {
            console.WriteLine($"warning: {result.Rule.Id}: {result.Computation}");
        }

        if (report.AllAsExpected)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Every evaluated rule came out as expected ({report.Failing.Length} known inconsistencies of the source)."));
            return ExitCodes.Success;
        }

        foreach (var result in report.Unexpected)
        {
            ErrorOutput.Write(error, $"rule {result.Rule.Id} was expected to {(result.Rule.ExpectedToHold ? "hold" : "fail")}: {result.Computation}");
        }

        return ExitCodes.Failure;
    }
}
