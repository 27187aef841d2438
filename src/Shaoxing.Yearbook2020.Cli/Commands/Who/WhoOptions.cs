using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.Who;

/// <summary>What <c>who</c> is asked.</summary>
/// <param name="Title">The title (<c>TITLE</c>), never blank.</param>
/// <param name="Agency">The body, by any name or id (<c>AGENCY</c>).</param>
/// <param name="Day">The day (<c>--date</c>); absent, the whole year.</param>
internal sealed record WhoOptions(string Title, string Agency, DateOnly? Day)
{
    /// <summary>The arguments and options of <c>who</c>.</summary>
    public static CommandOptions<WhoOptions> Declare()
    {
        var title = CheckedOption.TextArgument("title", "The title, e.g. 局长 or 主任.", "the title is empty; give one such as 局长.");
        var agency = new Argument<string>("agency") { Description = "The body, by any name or id, e.g. 市交通运输局." };
        var days = new DayOptions("holders", date: true, dateDescription: "The day (yyyy-MM-dd); without it, every holder seen in 2020.");
        return new(
            [title, agency, .. days.Options],
            parsed => new WhoOptions(parsed.GetValue(title) ?? string.Empty, parsed.GetValue(agency) ?? string.Empty, days.Read(parsed).Date));
    }
}
