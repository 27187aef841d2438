using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.MeetingDetail;

/// <summary>What <c>meeting</c> is asked.</summary>
/// <param name="Number">The meeting's number or id (<c>NUMBER</c>).</param>
internal sealed record MeetingOptions(string Number)
{
    /// <summary>The argument of <c>meeting</c>.</summary>
    public static CommandOptions<MeetingOptions> Declare()
    {
        var number = new Argument<string>("number") { Description = "The meeting's number (68-89 for executive meetings, 7 or 8 for plenary ones) or id (executive-68)." };
        return new([number], parsed => new MeetingOptions(parsed.GetValue(number) ?? string.Empty));
    }
}
