using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.Search;

/// <summary><c>search TEXT</c>: the entries whose heading or text contains TEXT (with <c>--every</c>, each mention).</summary>
internal static class SearchCommand
{
    /// <summary>The name the command is called by.</summary>
    public const string Name = "search";

    public static Command Create(SharedOptions shared) => shared.Command(
        Name,
        "Search the entries' headings and texts.",
        SearchOptions.Declare(),
        SearchSelection.Of,
        SearchRendering.Write);
}
