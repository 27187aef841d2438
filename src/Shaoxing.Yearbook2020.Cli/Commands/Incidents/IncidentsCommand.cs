using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.Incidents;

/// <summary><c>incidents</c>: the safety incidents, filtered by district, category, month, dates, deaths and place.</summary>
internal static class IncidentsCommand
{
    /// <summary>The name the command is called by.</summary>
    public const string Name = "incidents";

    public static Command Create(SharedOptions shared) => shared.Command(
        Name,
        "List the safety incidents (accidents, tanker leaks, rainstorm, typhoons, heat, tailings).",
        IncidentsOptions.Declare(),
        IncidentsSelection.Of,
        IncidentsRendering.Write);
}
