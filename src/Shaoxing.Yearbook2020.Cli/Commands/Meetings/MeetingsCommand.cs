using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.Meetings;

/// <summary><c>meetings</c>: the meetings, filtered by month, dates, kind, and (per agenda item) agency, presenter, document or text.</summary>
internal static class MeetingsCommand
{
    /// <summary>The name the command is called by.</summary>
    public const string Name = "meetings";

    public static Command Create(SharedOptions shared) => shared.Command(
        Name,
        "List the municipal government's meetings of 2020, or the agenda items that match the item filters.",
        MeetingsOptions.Declare(),
        MeetingsSelection.Of,
        MeetingsRendering.Write);
}
