using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.Who;

/// <summary><c>who TITLE AGENCY [--date D]</c>: who held a post, on a day or over the year.</summary>
internal static class WhoCommand
{
    public static Command Create(SharedOptions shared) => shared.Command(
        "who",
        "Who held a title at a body, on a day or during 2020, as far as the meetings show.",
        WhoOptions.Declare(),
        WhoSelection.Of,
        WhoRendering.Write);
}
