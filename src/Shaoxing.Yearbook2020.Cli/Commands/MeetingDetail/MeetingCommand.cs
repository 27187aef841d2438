using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.MeetingDetail;

/// <summary><c>meeting N</c>: one meeting in full: participants, agenda items, law study and activities.</summary>
internal static class MeetingCommand
{
    /// <summary>The name the command is called by.</summary>
    public const string Name = "meeting";

    public static Command Create(SharedOptions shared) => shared.Command(
        Name,
        "Show one meeting: date, chair, participants, agenda items with presenters and documents, law study.",
        MeetingOptions.Declare(),
        MeetingSelection.Of,
        MeetingRendering.Write);
}
