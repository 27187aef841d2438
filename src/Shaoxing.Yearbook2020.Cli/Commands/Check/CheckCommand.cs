using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.Check;

/// <summary><c>check</c>: evaluates every consistency rule, prints the rule table, and fails when an outcome is unexpected.</summary>
internal static class CheckCommand
{
    /// <summary>The name the command is called by.</summary>
    public const string Name = "check";

    public static Command Create(SharedOptions shared) => shared.Command(
        Name,
        "Validate the data, then evaluate the consistency rules among the yearbook's figures; exit 1 when the data is not valid or a rule's outcome differs from the expected one.",
        CheckOptions.Declare(),
        CheckSelection.Of,
        CheckRendering.Write);
}
