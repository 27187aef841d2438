using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.Agencies;

/// <summary><c>agencies [NAME]</c>: every body, or one body with its names, people and agenda items.</summary>
internal static class AgenciesCommand
{
    /// <summary>The name the command is called by.</summary>
    public const string Name = "agencies";

    public static Command Create(SharedOptions shared) => shared.Command(
        Name,
        "List the bodies (the 32 municipal bodies in the listed order, then the others), or show one.",
        AgenciesOptions.Declare(),
        AgenciesSelection.Of,
        AgenciesRendering.Write);
}
