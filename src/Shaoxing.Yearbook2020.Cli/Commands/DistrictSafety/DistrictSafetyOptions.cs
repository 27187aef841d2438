using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.DistrictSafety;

/// <summary>What <c>district-safety</c> is asked.</summary>
/// <param name="Area">Only this area's row (<c>--area</c>).</param>
/// <param name="Chart">What the chart shows per area: <c>deaths</c>, <c>accidents</c> or <c>none</c> (<c>--chart</c>).</param>
internal sealed record DistrictSafetyOptions(string? Area, string Chart)
{
    /// <summary>The options of <c>district-safety</c>.</summary>
    public static CommandOptions<DistrictSafetyOptions> Declare()
    {
        var area = new Option<string?>("--area") { Description = "Show only this area's row (诸暨市, 诸暨, or 合计)." };
        var chart = CheckedOption.OneOf<string>(
            "--chart",
            "What the bar chart above the table shows per area: deaths, accidents, or none.",
            [("deaths", "deaths"), ("accidents", "accidents"), ("none", "none")]);
        chart.DefaultValueFactory = _ => "deaths";
        return new([area, chart], parsed => new DistrictSafetyOptions(parsed.GetValue(area), parsed.GetValue(chart) ?? "deaths"));
    }
}
