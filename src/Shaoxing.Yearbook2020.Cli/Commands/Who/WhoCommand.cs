using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.Who;

/// <summary><c>who TITLE AGENCY [--date D]</c>: who held a post, on a day or over the year.</summary>
internal static class WhoCommand
{
    /// <summary>The name the command is called by.</summary>
    public const string Name = "who";

    public static Command Create(SharedOptions shared) => shared.Command(
        Name,
        "Who held a title at a body, on a day or during 2020, as far as the meetings show.",
        WhoOptions.Declare(),
        WhoSelection.Of,
        WhoRendering.Write);
}
