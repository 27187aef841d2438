using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.Summary;

/// <summary><c>summary</c>: what the dataset is, its sections and how many records of each kind it holds.</summary>
internal static class SummaryCommand
{
    public static Command Create(SharedOptions shared) => shared.Command(
        "summary",
        "Show the dataset, the seed's hash, the sections with their entry counts, and the record counts per kind.",
        SummaryOptions.Declare(),
        SummarySelection.Of,
        SummaryRendering.Write);
}
