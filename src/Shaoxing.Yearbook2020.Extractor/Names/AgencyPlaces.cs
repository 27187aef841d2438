using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Names;

/// <summary>Gives every body the place it belongs to, read from its full name: the last place whose name or alias it
/// holds, the most precise (柯桥区应急管理局 → 柯桥区, 绍兴市柯桥区… → 柯桥区, 柯桥区柯岩街道办事处 → 柯岩街道); a body
/// without one whose name or short name begins with 市 is the city's.</summary>
public static class AgencyPlaces
{
    /// <summary>Sets <see cref="Agency.PlaceId"/> on every body.</summary>
    /// <param name="agencies">The bodies.</param>
    /// <param name="places">The places.</param>
    /// <returns>The bodies with their places; a national body, or one whose names name no place, keeps none.</returns>
    public static ImmutableArray<Agency> Link(ImmutableArray<Agency> agencies, ImmutableArray<Place> places)
    {
        var names = places.SelectMany(p => p.Aliases.Prepend(p.Name).Select(n => (Name: n, Place: p))).ToList();
        var city = places.FirstOrDefault(p => p.Kind == PlaceKind.City);
        return [.. agencies.Select(a => a with { PlaceId = PlaceOf(a, names, city) })];
    }

    private static string? PlaceOf(Agency agency, List<(string Name, Place Place)> names, Place? city)
    {
        // The names of places in the body's name, longest first at each position and without overlaps; the last is the most
        // precise (绍兴市柯桥区应急管理局, 柯桥区柯岩街道办事处).
        Place? last = null;
        for (var i = 0; i < agency.Name.Length;)
        {
            var at = names.Where(n => string.CompareOrdinal(agency.Name, i, n.Name, 0, n.Name.Length) == 0).OrderByDescending(n => n.Name.Length).FirstOrDefault();
            if (at.Place is null)
            {
                i++;
                continue;
            }

            // A bay gives its name to bodies on its shore (上虞区杭州湾曙光救援队) but is no area a body belongs to; read
            // whole, it keeps the place it is named after (杭州) from being read in it.
            if (at.Place.Kind != PlaceKind.Bay)
            {
                last = at.Place;
            }

            i += at.Name.Length;
        }

        if (last is not null)
        {
            return last.Id;
        }

        return city is not null && agency.ShortNames.Prepend(agency.Name).Any(n => n.StartsWith('市')) ? city.Id : null;
    }
}
