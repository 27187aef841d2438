using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Consistency;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Validation;
using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Commands.Check;

/// <summary>Writes the validation and the rule table (or both as JSON); the exit code says whether every outcome was the expected one.</summary>
internal static class CheckRendering
{
    public static int Write(Answer answer, CheckSelection found)
    {
        var (yearbook, report, validation, onlyFailing) = (answer.Yearbook, found.Report, found.Validation, found.Options.OnlyFailing);
        if (answer.IsJson)
        {
            JsonAnswer.Write(answer.Output, writer => WriteJson(yearbook, report, writer, onlyFailing, validation));
            return Math.Max(Outcome(report, answer.Error), Outcome(validation, answer.Error));
        }

        WriteValidation(validation, answer.Console);
        return Math.Max(Render(yearbook, report, answer.Console, answer.Error, onlyFailing), Outcome(validation, answer.Error));
    }

    internal static int Render(Yearbook yearbook, ConsistencyReport report, IAnsiConsole console, TextWriter error, bool onlyFailing)
    {
        var shown = report.Results.Where(r => !onlyFailing || r.Holds == false).ToList();

        // Rule, kind and outcome stay whole; the lines wrap between numbers, the description, the computation and the note between words, and the
        // expected outcome and the kind go first when the width is short.
        var table = new RecordTable($"{report.Results.Length} consistency rules, {report.Failing.Length} do not hold, {report.Unexpected.Length} unexpected")
            .AddColumns("Rule", "Kind", "Lines", "Outcome", "Expected", "Description", "Computation", "Note").KeepWhole(0, 1, 3).DropFirst(4, 1);
        foreach (var result in shown)
        {
            var outcome = result.Holds switch { true => "holds", false => "FAILS", null => "not evaluated" };
            var flag = result.IsEvaluated && !result.IsAsExpected ? " (!)" : string.Empty;
            table.AddRow(
                result.Rule.Id,
                JsonNames.Of(result.Rule.Kind),
                RuleLines.Text(RuleLines.Of(yearbook, result.Rule)),
                outcome + flag,
                result.Rule.ExpectedToHold ? "holds" : "fails",
                result.Rule.Description,
                result.Computation,
                result.Rule.Note ?? string.Empty);
        }

        table.Write(console);
        foreach (var result in report.NotEvaluated)
        {
            console.WriteWrapped($"warning: {result.Rule.Id}: {result.Computation}");
        }

        if (report.AllAsExpected)
        {
            console.WriteWrapped(string.Create(CultureInfo.InvariantCulture, $"Every evaluated rule came out as expected ({report.Failing.Length} known inconsistencies of the source)."));
        }

        return Outcome(report, error);
    }

    // What Validate() found, above the rules: a rule computed over invalid data proves little.
    private static void WriteValidation(YearbookValidationReport validation, IAnsiConsole console)
    {
        if (validation.IsValid)
        {
            console.WriteWrapped(string.Create(CultureInfo.InvariantCulture, $"Validation: {validation.RecordsChecked} records checked, no problems."));
            return;
        }

        console.WriteWrapped(string.Create(CultureInfo.InvariantCulture, $"Validation: {validation.RecordsChecked} records checked, {Counted.Of(validation.Issues.Length, "problem", "problems")}:"));
        foreach (var issue in validation.Issues)
        {
            console.WriteWrapped("  " + issue);
        }
    }

    /// <summary>The report as JSON: validation, the counts, and one object per rule shown.</summary>
    internal static void WriteJson(Yearbook yearbook, ConsistencyReport report, System.Text.Json.Utf8JsonWriter writer, bool onlyFailing, YearbookValidationReport validation)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("validation");
        writer.WriteNumber("recordsChecked", validation.RecordsChecked);
        writer.WriteBoolean("valid", validation.IsValid);
        writer.WriteStartArray("issues");
        foreach (var issue in validation.Issues)
        {
            writer.WriteStartObject();
            writer.WriteString("recordKind", issue.RecordKind);
            writer.WriteString("recordId", issue.RecordId);
            writer.WriteString("property", issue.Property);
            writer.WriteString("message", issue.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteNumber("rules", report.Results.Length);
        writer.WriteNumber("failing", report.Failing.Length);
        writer.WriteNumber("unexpected", report.Unexpected.Length);
        writer.WriteNumber("notEvaluated", report.NotEvaluated.Length);
        writer.WriteBoolean("allAsExpected", report.AllAsExpected);
        writer.WriteStartArray("results");
        foreach (var result in report.Results.Where(r => !onlyFailing || r.Holds == false))
        {
            WriteResultJson(yearbook, result, writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    // One rule's outcome: its rule, the lines of its figures, the printed and computed values, and whether it came out as expected.
    private static void WriteResultJson(Yearbook yearbook, ConsistencyResult result, System.Text.Json.Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", result.Rule.Id);
        writer.WriteString("kind", JsonNames.Of(result.Rule.Kind));
        writer.WriteString("description", result.Rule.Description);
        if (result.Rule.Note is { } note)
        {
            writer.WriteString("note", note);
        }
        else
        {
            writer.WriteNull("note");
        }

        writer.WriteStartArray("lines");
        foreach (var line in RuleLines.Of(yearbook, result.Rule))
        {
            writer.WriteNumberValue(line);
        }

        writer.WriteEndArray();
        writer.WriteNumber("line", result.Rule.Source.Line);
        writer.WriteNumber("endLine", result.Rule.Source.EndLine);
        if (result.Holds is { } holds)
        {
            writer.WriteBoolean("holds", holds);
        }
        else
        {
            writer.WriteNull("holds");
        }

        WriteNumberOrNull(writer, "printed", result.Printed);
        WriteNumberOrNull(writer, "computed", result.Computed);
        writer.WriteBoolean("expectedToHold", result.Rule.ExpectedToHold);
        writer.WriteBoolean("asExpected", !result.IsEvaluated || result.IsAsExpected);
        writer.WriteString("computation", result.Computation);
        writer.WriteEndObject();
    }

    private static void WriteNumberOrNull(System.Text.Json.Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    // The exit code of validation, and a line on the error writer naming the first problems.
    private static int Outcome(YearbookValidationReport validation, TextWriter error)
    {
        if (validation.IsValid)
        {
            return ExitCodes.Success;
        }

        ErrorOutput.Write(error, $"the data is not valid ({Counted.Of(validation.Issues.Length, "problem", "problems")}); first: {validation.Issues[0]}");
        return ExitCodes.Failure;
    }

    // The exit code, and a line on the error writer for each rule that came out otherwise than expected.
    private static int Outcome(ConsistencyReport report, TextWriter error)
    {
        if (report.AllAsExpected)
        {
            return ExitCodes.Success;
        }

        foreach (var result in report.Unexpected)
        {
            ErrorOutput.Write(error, $"rule {result.Rule.Id} was expected to {(result.Rule.ExpectedToHold ? "hold" : "fail")}: {result.Computation}");
        }

        return ExitCodes.Failure;
    }
}
