using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Names;

/// <summary>
/// Makes a record of every body the entries name that no curated row describes (<see cref="NameIndex.UnknownBodies"/>,
/// the parties of agreements <see cref="AgreementParties"/> finds, and the news media <see cref="MediaNames"/> finds), with what the text gives: the name; the kind guessed from the ending of its name (the kind most bodies with that
/// ending have); the place from the place its name begins with. Its English name is its Chinese name until a row of
/// <c>seeds/agencies.json</c> gives one, and <see cref="UncuratedRecords"/> lists it.
/// </summary>
public static class UnknownBodyFinder
{
    /// <summary>The bodies, in order of first mention, with their report rows.</summary>
    /// <param name="index">The known names.</param>
    /// <param name="entries">The entries, where the names are looked for.</param>
    /// <param name="known">The bodies already known, whose endings tell the kinds.</param>
    /// <returns>The new bodies and a report row for each.</returns>
    public static (ImmutableArray<Agency> Bodies, ImmutableArray<UncuratedRecord> Report) Find(NameIndex index, IEnumerable<Entry> entries, IReadOnlyCollection<Agency> known)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(known);
        var kindByEnding = known.Where(a => a.Name.Length > 3)
            .GroupBy(a => a.Name[^2..], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.GroupBy(a => a.Kind).OrderByDescending(k => k.Count()).ThenBy(k => k.Key).First().Key, StringComparer.Ordinal);
        var bodies = new List<Agency>();
        foreach (var entry in entries)
        {
            var heading = entry.Source with { EndLine = entry.Source.Line };
            var found = index.UnknownBodies(entry.Heading).Select(b => (b.Name, PlaceId: (string?)b.Place.TargetId, Kind: (AgencyKind?)null, Source: heading))
                .Concat(index.UnknownBodies(entry.Text).Select(b => (b.Name, PlaceId: (string?)b.Place.TargetId, Kind: (AgencyKind?)null, Source: entry.SourceOf(b.Start, b.Name.Length))))
                .Concat(AgreementParties.In(entry.Text, index).Where(p => !IsKnown(index, p.Name))
                    .Select(p => (p.Name, PlaceId: PlaceStarting(index, p.Name), Kind: (AgencyKind?)null, Source: entry.SourceOf(p.Start, p.Name.Length))))
                .Concat(MediaNames.In(entry.Text).Where(m => !IsKnown(index, m.Name))
                    .Select(m => (m.Name, PlaceId: PlaceStarting(index, m.Name), Kind: (AgencyKind?)m.Kind, Source: entry.SourceOf(m.Start, m.Name.Length))));
            foreach (var (name, placeId, kind, source) in found)
            {
                if (bodies.Exists(b => b.Name == name))
                {
                    continue;
                }

                var onLine = bodies.Count(b => b.Source.Line == source.Line);
                bodies.Add(new Agency
                {
                    Id = FormattableString.Invariant($"body-line-{source.Line}-{onLine + 1}"),
                    Name = name,
                    AdditionalNames = [],
                    ShortNames = [],
                    EnglishName = name,
                    Pinyin = string.Empty,
                    Kind = kind ?? kindByEnding.GetValueOrDefault(name[^2..], AgencyKind.External),
                    Source = source,
                    PlaceId = placeId,
                });
            }
        }

        return ([.. bodies], [.. bodies.Select(b => new UncuratedRecord("agency", b.Id, b.Name, "englishName, kind"))]);
    }

    /// <summary>Whether a name is one known name, whole.</summary>
    private static bool IsKnown(NameIndex index, string name) =>
        index.In(name).ToList() is [var only] && only.Start == 0 && only.Name.Written.Length == name.Length;

    /// <summary>The place a name begins with (绍兴 in 绍兴晚报), if any.</summary>
    private static string? PlaceStarting(NameIndex index, string name) =>
        index.In(name).FirstOrDefault() is { Start: 0, Name: { Kind: NamedRecordKind.Place } place } ? place.TargetId : null;
}
