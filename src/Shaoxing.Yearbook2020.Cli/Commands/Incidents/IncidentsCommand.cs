using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.Incidents;

/// <summary><c>incidents</c>: the safety incidents, filtered by district, category, month, dates, deaths and place.</summary>
internal static class IncidentsCommand
{
    public static Command Create(SharedOptions shared) => shared.Command(
        "incidents",
        "List the safety incidents (accidents, tanker leaks, rainstorm, typhoons, heat, tailings).",
        IncidentsOptions.Declare(),
        IncidentsSelection.Of,
        IncidentsRendering.Write);
}
