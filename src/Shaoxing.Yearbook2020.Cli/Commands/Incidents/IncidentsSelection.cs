using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Commands.Incidents;

/// <summary>What <c>incidents</c> found.</summary>
/// <param name="Options">What was asked.</param>
/// <param name="Incidents">The incidents that pass every filter, in the data's order.</param>
internal sealed record IncidentsSelection(IncidentsOptions Options, ImmutableArray<SafetyIncident> Incidents)
{
    /// <summary>Finds the incidents asked for, with the package's queries.</summary>
    public static IncidentsSelection Of(Yearbook yearbook, IncidentsOptions options)
    {
        var incidents = yearbook.SafetyIncidents;
        IEnumerable<SafetyIncident> found = incidents;
        if (options.District is { } district)
        {
            found = found.Intersect(incidents.InDistrict(district));
        }

        if (options.Category is { } category)
        {
            found = found.Intersect(incidents.InCategory(category));
        }

        if (options.Days.Month is { } month)
        {
            found = found.Intersect(incidents.InMonth(month));
        }

        if (options.Days.HasRange)
        {
            found = found.Intersect(incidents.Between(options.Days.From ?? new DateOnly(2020, 1, 1), options.Days.To ?? new DateOnly(2020, 12, 31)));
        }

        if (options.Fatal)
        {
            found = found.Intersect(incidents.Fatal());
        }

        if (options.InShaoxing)
        {
            found = found.Intersect(incidents.InShaoxing());
        }

        return new(options, [.. found]);
    }
}
