using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.MeetingDetail;

/// <summary><c>meeting N</c>: one meeting in full: participants, agenda items, law study and activities.</summary>
internal static class MeetingCommand
{
    public static Command Create(SharedOptions shared) => shared.Command(
        "meeting",
        "Show one meeting: date, chair, participants, agenda items with presenters and documents, law study.",
        MeetingOptions.Declare(),
        MeetingSelection.Of,
        MeetingRendering.Write);
}
