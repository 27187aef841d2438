using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.Agencies;

/// <summary><c>agencies [NAME]</c>: every body, or one body with its names, people and agenda items.</summary>
internal static class AgenciesCommand
{
    public static Command Create(SharedOptions shared) => shared.Command(
        "agencies",
        "List the bodies (the 32 municipal bodies in the listed order, then the others), or show one.",
        AgenciesOptions.Declare(),
        AgenciesSelection.Of,
        AgenciesRendering.Write);
}
