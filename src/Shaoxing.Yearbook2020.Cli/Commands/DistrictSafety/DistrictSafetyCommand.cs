using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.DistrictSafety;

/// <summary><c>district-safety</c>: 表6 as a bar chart by area and a table, with a check that the district rows add up to the total row.</summary>
internal static class DistrictSafetyCommand
{
    /// <summary>The name the command is called by.</summary>
    public const string Name = "district-safety";

    public static Command Create(SharedOptions shared) => shared.Command(
        Name,
        "Show 表6, production-safety accidents and deaths by area, as a bar chart and a table, and check its totals.",
        DistrictSafetyOptions.Declare(),
        DistrictSafetySelection.Of,
        DistrictSafetyRendering.Write);
}
