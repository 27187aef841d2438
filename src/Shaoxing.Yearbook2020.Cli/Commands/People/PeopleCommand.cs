using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.People;

/// <summary><c>people [NAME]</c>: everyone named in an official role, or one person's posts.</summary>
internal static class PeopleCommand
{
    public static Command Create(SharedOptions shared) => shared.Command(
        "people",
        "List the people named in an official role, or show one person's posts and when they were seen in them.",
        PeopleOptions.Declare(),
        PeopleSelection.Of,
        PeopleRendering.Write);
}
