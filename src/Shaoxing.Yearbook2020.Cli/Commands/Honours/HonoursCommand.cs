using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.Honours;

/// <summary><c>honours</c>: the honours, titles, prizes and rankings, filtered by recipient, level, title, nominator and date.</summary>
internal static class HonoursCommand
{
    /// <summary>The name the command is called by.</summary>
    public const string Name = "honours";

    public static Command Create(SharedOptions shared) => shared.Command(
        Name,
        "List the honours, titles, prizes, rankings and commendations (表7 included).",
        HonoursOptions.Declare(),
        HonoursSelection.Of,
        HonoursRendering.Write);
}
