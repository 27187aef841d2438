using System.CommandLine;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Commands.Incidents;

/// <summary>What <c>incidents</c> is asked.</summary>
/// <param name="District">Only incidents in this district (<c>--district</c>).</param>
/// <param name="Category">Only incidents of this category (<c>--category</c>).</param>
/// <param name="Days">The days they began (<c>--month</c>, <c>--from</c>, <c>--to</c>).</param>
/// <param name="Fatal">Only incidents with deaths (<c>--fatal</c>).</param>
/// <param name="InShaoxing">Only incidents in Shaoxing (<c>--in-shaoxing</c>).</param>
/// <param name="ByMonth">A chart of the counts per month instead of a list (<c>--by-month</c>).</param>
internal sealed record IncidentsOptions(
    string? District,
    IncidentCategory? Category,
    DayFilter Days,
    bool Fatal = false,
    bool InShaoxing = false,
    bool ByMonth = false)
{
    /// <summary>The options of <c>incidents</c>.</summary>
    public static CommandOptions<IncidentsOptions> Declare()
    {
        var district = CheckedOption.Text("--district", "Only incidents in this district (柯桥区 or 柯桥).", "--district is empty; give a district such as 柯桥区.");
        var category = CheckedOption.Enum<IncidentCategory>("--category", "Only this category: " + CheckedOption.Names<IncidentCategory>() + ".");
        var days = new DayOptions("incidents that began", month: true, range: true);
        var fatal = new Option<bool>("--fatal") { Description = "Only incidents with deaths." };
        var inShaoxing = new Option<bool>("--in-shaoxing") { Description = "Only incidents that happened in Shaoxing." };
        var byMonth = new Option<bool>("--by-month") { Description = "Draw a bar chart of how many of the incidents began in each month of 2020, instead of listing them." };
        return new(
            [district, category, .. days.Options, fatal, inShaoxing, byMonth],
            parsed => new IncidentsOptions(
                parsed.GetValue(district),
                parsed.GetValue(category),
                days.Read(parsed),
                parsed.GetValue(fatal),
                parsed.GetValue(inShaoxing),
                parsed.GetValue(byMonth)));
    }
}
