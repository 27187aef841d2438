using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.About;

/// <summary><c>about NAME</c>: every record that names a body, a person or a place (<see cref="Yearbook.About"/>).</summary>
internal static class AboutCommand
{
    /// <summary>The name the command is called by.</summary>
    public const string Name = "about";

    public static Command Create(SharedOptions shared) => shared.Command(
        Name,
        "List every record that names a body, a person or a place, grouped by kind, with the seed lines where it does.",
        AboutOptions.Declare(),
        AboutSelection.Of,
        AboutRendering.Write);
}
