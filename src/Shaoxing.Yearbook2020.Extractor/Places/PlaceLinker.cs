using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Places;

/// <summary>Links the records that name a place to it by id: safety incidents and the rows of 表6 (entries are linked
/// by their whole names, <see cref="Names.NamedRecordLinker"/>).</summary>
public sealed class PlaceLinker
{
    private readonly ImmutableArray<Place> places;
    private readonly Dictionary<string, Place> byId;
    private readonly PlaceNames names;

    /// <summary>Creates a linker over the extracted places.</summary>
    /// <param name="places">The places.</param>
    public PlaceLinker(ImmutableArray<Place> places)
    {
        this.places = places;
        byId = places.ToDictionary(p => p.Id, StringComparer.Ordinal);
        names = new PlaceNames(places.SelectMany(p => p.Aliases.Prepend(p.Name).Select(n => (n, p.Id))));
    }

    /// <summary>
    /// Gives every incident its place: a place its location names inside its district (the town of 柯桥区漓渚镇), else
    /// its district; without a district, the one place its location names, or the place that holds all it names
    /// (a typhoon crossing 嵊州, 柯桥 and 越城 of 绍兴市 is placed in the city).
    /// </summary>
    /// <param name="incidents">The incidents.</param>
    /// <returns>The incidents with <see cref="SafetyIncident.PlaceId"/> filled in.</returns>
    /// <exception cref="ExtractorException">An incident's district is not a place.</exception>
    public ImmutableArray<SafetyIncident> LinkIncidents(ImmutableArray<SafetyIncident> incidents) =>
        [.. incidents.Select(i => i with { PlaceId = PlaceOf(i) })];

    /// <summary>Gives every area row of 表6 its place; the total row has none.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The rows with <see cref="DistrictSafetyStatistics.PlaceId"/> filled in.</returns>
    /// <exception cref="ExtractorException">An area is not a place.</exception>
    public ImmutableArray<DistrictSafetyStatistics> LinkDistrictRows(ImmutableArray<DistrictSafetyStatistics> rows) =>
        [.. rows.Select(r => r with { PlaceId = r.IsTotal ? null : IdOf(r.Area, r.Source.Line) })];

    private string? PlaceOf(SafetyIncident incident)
    {
        var named = incident.Location is null ? [] : IdsIn(incident.Location).Distinct(StringComparer.Ordinal).ToList();
        if (incident.District is { } district)
        {
            var districtId = IdOf(district, incident.Source.Line);
            return named.FirstOrDefault(id => byId[id].ParentId == districtId) ?? districtId;
        }

        return named.Count switch
        {
            0 => null,
            1 => named[0],
            _ => named.FirstOrDefault(outer => named.All(id => id == outer || Encloses(outer, id))),
        };
    }

    private bool Encloses(string outer, string id)
    {
        for (var parent = byId[id].ParentId; parent is not null; parent = byId[parent].ParentId)
        {
            if (parent == outer)
            {
                return true;
            }
        }

        return false;
    }

    private string IdOf(string name, int line) =>
        places.FirstOrDefault(p => p.Name == name)?.Id
        ?? throw new ExtractorException(line, $"'{name}' is not a place of the text.");

    private IEnumerable<string> IdsIn(string text) => names.In(text).Select(o => o.Key);
}
