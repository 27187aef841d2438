using System.Collections.Frozen;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>
/// Finds every record that links a body, person or place, by the link table alone (<see cref="RecordKind.Links"/> of
/// every kind of <see cref="Yearbook.Kinds"/>): the records that hold its id (a presenter's agency, an incident's place, a
/// name in a text (<see cref="NamedRecord"/>), a body's place, a town's county …), and the records its own links name that
/// are neither bodies, people nor places (a person's appearances), its provenance aside. A place stands with the places
/// inside it.
/// </summary>
internal static class AboutQuery
{
    public static AboutResult Run(Yearbook yearbook, string nameOrId)
    {
        var agency = yearbook.Agencies.Resolve(nameOrId);
        var person = yearbook.People.Resolve(nameOrId);
        var place = yearbook.Places.Resolve(nameOrId);

        var hubs = new List<(RecordKind Kind, object Record, FrozenSet<string> Ids)>();
        if (agency is not null)
        {
            hubs.Add((RecordKindRegistry.Agency, agency, new[] { agency.Id }.ToFrozenSet(StringComparer.Ordinal)));
        }

        if (person is not null)
        {
            hubs.Add((RecordKindRegistry.Person, person, new[] { person.Id }.ToFrozenSet(StringComparer.Ordinal)));
        }

        if (place is not null)
        {
            var within = yearbook.Places.SelfAndDescendants(place.Id);
            hubs.Add((RecordKindRegistry.Place, place, within));

            // The place's own bodies (a county's bureau, a town's office) count toward it: what links them is about it.
            var bodies = yearbook.Agencies.Where(a => a.PlaceId is { } id && within.Contains(id)).Select(a => a.Id).ToFrozenSet(StringComparer.Ordinal);
            hubs.Add((RecordKindRegistry.Agency, place, bodies));
        }

        var matches = new Dictionary<RecordKind, Dictionary<object, AboutMatch>>();
        void Add(RecordKind kind, object record, string id, SourceSpan? source)
        {
            if (!matches.TryGetValue(kind, out var found))
            {
                matches[kind] = found = new Dictionary<object, AboutMatch>(ReferenceEqualityComparer.Instance);
            }

            // A record without a span of its own (none in this data) is placed in the whole seed rather than dropped.
            found.TryAdd(record, new AboutMatch { Record = record, Id = id, Source = source ?? new SourceSpan { Line = 1, EndLine = SeedText.Lines.Length }, Date = DateOf(record) });
        }

        foreach (var (hubKind, hub, ids) in hubs)
        {
            foreach (var kind in Yearbook.Kinds)
            {
                var links = kind.Links.Where(l => l.Targets.Contains(hubKind)).ToList();
                if (links.Count == 0)
                {
                    continue;
                }

                foreach (var record in kind.RecordsIn(yearbook))
                {
                    foreach (var link in links)
                    {
                        if (link.SourcedIdsIn(record).FirstOrDefault(x => ids.Contains(x.Id)) is { Id: not null } hit && !ReferenceEquals(record, hub))
                        {
                            Add(kind, record, IdOf(kind, record), hit.Source);
                            break;
                        }
                    }
                }
            }

            // What the hub's own links name, its provenance (the spans it is named in) aside and bodies, people and places
            // aside: a person's appearances in meetings, entries and honours.
            foreach (var link in hubKind.Links.Where(l => hubKind.RecordType.IsInstanceOfType(hub) && !l.Path.Contains("Source", StringComparison.Ordinal)))
            {
                foreach (var (_, id, source) in link.SourcedIdsIn(hub))
                {
                    foreach (var target in link.Targets.Where(t => !IsHubKind(t)))
                    {
                        if (Resolve(target, yearbook, id) is { } record)
                        {
                            Add(target, record, id, RecordSource(target, record, source));
                        }
                    }
                }
            }
        }

        return new AboutResult
        {
            Query = nameOrId,
            Agencies = agency is null ? [] : [agency],
            People = person is null ? [] : [person],
            Places = place is null ? [] : [place],
            Groups =
            [
                .. matches.Where(m => m.Value.Count > 0)
                    .OrderBy(m => m.Key.Index)
                    .Select(m => new AboutGroup { Kind = m.Key, Matches = [.. OrderedAsFile(m.Key, yearbook, m.Value)] }),
            ],
        };
    }

    private static bool IsHubKind(RecordKind kind) =>
        kind == RecordKindRegistry.Agency || kind == RecordKindRegistry.Person || kind == RecordKindRegistry.Place;

    private static object? Resolve(RecordKind kind, Yearbook yearbook, string id) =>
        kind.RecordsIn(yearbook).FirstOrDefault(r => IdOf(kind, r) == id);

    /// <summary>The span of an appearance where the link gives one, else the record's own span through its links.</summary>
    private static SourceSpan? RecordSource(RecordKind kind, object record, SourceSpan? linkSource) =>
        linkSource ?? kind.Links.SelectMany(l => l.SourcedIdsIn(record)).Select(x => x.Source).FirstOrDefault(s => s is not null);

    private static string IdOf(RecordKind kind, object record) =>
        kind.Accept(new IdVisitor(record));

    /// <summary>The day a record happened on or began: its own date, else the first date its text names.</summary>
    private static DateOnly? DateOf(object record) => record switch
    {
        IDatedRecord { Date: { } date } => date,
        Caption caption => caption.Dates.IsEmpty ? null : caption.Dates[0].Date,
        Entry entry => entry.Dates.IsEmpty ? null : entry.Dates[0].Date,
        _ => null,
    };

    /// <summary>Matches in the order of the kind's data file, whichever way they were found.</summary>
    private static IEnumerable<AboutMatch> OrderedAsFile(RecordKind kind, Yearbook yearbook, Dictionary<object, AboutMatch> found)
    {
        var position = kind.RecordsIn(yearbook).Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i, ReferenceEqualityComparer.Instance);
        return found.Values.OrderBy(m => position[m.Record]);
    }
}
