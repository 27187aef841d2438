using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.Timeline;

/// <summary><c>timeline</c>: every dated record of every kind in date order (<see cref="Yearbook.Timeline"/>).</summary>
internal static class TimelineCommand
{
    /// <summary>The name the command is called by.</summary>
    public const string Name = "timeline";

    public static Command Create(SharedOptions shared) => shared.Command(
        Name,
        "List the dated records of every kind (meetings, safety incidents, honours, captions) in date order.",
        TimelineOptions.Declare(),
        TimelineSelection.Of,
        TimelineRendering.Write);
}
