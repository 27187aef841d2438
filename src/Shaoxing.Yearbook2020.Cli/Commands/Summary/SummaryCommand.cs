using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.Summary;

/// <summary><c>summary</c>: what the dataset is, its sections and how many records of each kind it holds.</summary>
internal static class SummaryCommand
{
    /// <summary>The name the command is called by.</summary>
    public const string Name = "summary";

    public static Command Create(SharedOptions shared) => shared.Command(
        Name,
        "Show the dataset, the seed's hash, the sections with their entry counts, and the record counts per kind.",
        SummaryOptions.Declare(),
        SummarySelection.Of,
        SummaryRendering.Write);
}
