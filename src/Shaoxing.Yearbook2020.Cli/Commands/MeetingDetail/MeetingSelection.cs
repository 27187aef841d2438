using System.Globalization;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Commands.MeetingDetail;

/// <summary>What <c>meeting</c> found: the one meeting.</summary>
/// <param name="Meeting">The meeting.</param>
internal sealed record MeetingSelection(Meeting Meeting)
{
    /// <summary>Finds the meeting by number or id.</summary>
    /// <exception cref="BadValueException">No meeting has the number or id asked for.</exception>
    public static MeetingSelection Of(Yearbook yearbook, MeetingOptions options)
    {
        var text = options.Number;
        var meetings = yearbook.Meetings;
        var meeting = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? meetings.FindByNumber(n) : meetings.Find(text.Trim());
        return new(meeting ?? throw new BadValueException($"there is no meeting '{text}'; executive meetings are numbered 68 to 89 and plenary ones 7 and 8 (or use an id such as executive-68)."));
    }
}
