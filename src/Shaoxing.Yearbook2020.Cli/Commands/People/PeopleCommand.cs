using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.People;

/// <summary><c>people [NAME]</c>: everyone named in an official role, or one person's posts.</summary>
internal static class PeopleCommand
{
    /// <summary>The name the command is called by.</summary>
    public const string Name = "people";

    public static Command Create(SharedOptions shared) => shared.Command(
        Name,
        "List the people named in an official role, or show one person's posts and when they were seen in them.",
        PeopleOptions.Declare(),
        PeopleSelection.Of,
        PeopleRendering.Write);
}
