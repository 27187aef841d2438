using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Names;

/// <summary>
/// Gives every record that carries text the bodies, people and places its text names by a whole name
/// (<see cref="NameIndex"/>), each with where it stands in the text and in the seed.
/// </summary>
public sealed class NamedRecordLinker
{
    private readonly NameIndex index;
    private readonly SeedLocator locator;

    /// <summary>Creates the linker over every known name.</summary>
    /// <param name="index">The known names.</param>
    /// <param name="seed">The seed, where the names' columns are found.</param>
    public NamedRecordLinker(NameIndex index, SeedDocument seed)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(seed);
        this.index = index;
        locator = new SeedLocator(seed);
    }

    /// <summary>Every way the records of the chapter write a body, person or place: full, additional and short names of
    /// the bodies (a short name of the city's bodies also with the city's name before it: 绍兴市政府), names of people,
    /// names and aliases of places.</summary>
    /// <param name="agencies">The bodies.</param>
    /// <param name="people">The people.</param>
    /// <param name="places">The places.</param>
    /// <returns>The names.</returns>
    public static IEnumerable<KnownName> KnownNames(IEnumerable<Agency> agencies, IEnumerable<Person> people, IEnumerable<Place> places)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(places);
        var placeList = places.ToList();
        var city = placeList.FirstOrDefault(p => p.Kind == PlaceKind.City);
        foreach (var agency in agencies)
        {
            foreach (var name in agency.AdditionalNames.Prepend(agency.Name).Concat(agency.ShortNames))
            {
                yield return new KnownName(name, NamedRecordKind.Agency, agency.Id);
                if (city is not null && name.StartsWith('市') && agency.PlaceId == city.Id)
                {
                    yield return new KnownName(city.Name + name[1..], NamedRecordKind.Agency, agency.Id);
                }
            }
        }

        foreach (var person in people)
        {
            yield return new KnownName(person.Name, NamedRecordKind.Person, person.Id);
        }

        foreach (var place in placeList)
        {
            foreach (var name in place.Aliases.Prepend(place.Name))
            {
                yield return new KnownName(name, NamedRecordKind.Place, place.Id);
            }
        }
    }

    /// <summary>Adds to each body the names its links use that it does not list yet (绍兴市政府, the city's name before a
    /// short name beginning with 市), so that every link's name is a name of its body.</summary>
    /// <param name="agencies">The bodies.</param>
    /// <param name="links">Every link of every record.</param>
    /// <returns>The bodies, each with the names used appended to its short names in order of first use.</returns>
    public static ImmutableArray<Agency> WithNamesUsed(ImmutableArray<Agency> agencies, IEnumerable<NamedRecord> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        var used = links.Where(l => l.Kind == NamedRecordKind.Agency)
            .OrderBy(l => l.Source.Line)
            .GroupBy(l => l.TargetId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(l => l.Name).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        return
        [
            .. agencies.Select(a => used.TryGetValue(a.Id, out var names)
                ? a with { ShortNames = [.. a.ShortNames, .. names.Where(n => n != a.Name && !a.AdditionalNames.Contains(n) && !a.ShortNames.Contains(n))] }
                : a),
        ];
    }

    /// <summary>Links the entries' headings and texts.</summary>
    /// <param name="entries">The entries.</param>
    /// <param name="headingLine">The seed line of an entry's heading.</param>
    /// <returns>The entries with <see cref="Entry.NamedRecords"/>, and <see cref="Entry.PlaceIds"/> the places among them.</returns>
    public ImmutableArray<Entry> LinkEntries(ImmutableArray<Entry> entries, Func<Entry, int> headingLine)
    {
        ArgumentNullException.ThrowIfNull(headingLine);
        return
        [
            .. entries.Select(e => EntryNames(e, headingLine(e)).ToImmutableArray() is var links
                ? e with
                {
                    NamedRecords = links,
                    PlaceIds = [.. links.Where(l => l.Kind == NamedRecordKind.Place).Select(l => l.TargetId).Distinct(StringComparer.Ordinal)],
                }
                : e),
        ];
    }

    private IEnumerable<NamedRecord> EntryNames(Entry entry, int headingLine)
    {
        var heading = new SourceSpan { Line = headingLine, EndLine = headingLine, EntryId = entry.Id };
        var seenOnLine = new Dictionary<(string, int), int>();
        foreach (var found in index.In(entry.Heading))
        {
            yield return Link(found, "heading", heading, Count(seenOnLine, found.Name.Written, headingLine), entry.Id);
        }

        foreach (var found in index.In(entry.Text))
        {
            var span = entry.SourceOf(found.Start, found.Name.Written.Length);
            yield return Link(found, "text", span, Count(seenOnLine, found.Name.Written, span.Line), entry.Id);
        }
    }

    /// <summary>Links the captions' texts and credits.</summary>
    /// <param name="captions">The captions.</param>
    /// <returns>The captions with <see cref="Caption.NamedRecords"/>.</returns>
    public ImmutableArray<Caption> LinkCaptions(ImmutableArray<Caption> captions) =>
        [.. captions.Select(c => c with { NamedRecords = Fields(c.Source, ("text", c.Text, c.Source), ("credit", c.Credit, c.Source)) })];

    /// <summary>Links the sections' titles and provider lines.</summary>
    /// <param name="sections">The sections.</param>
    /// <returns>The sections with <see cref="Section.NamedRecords"/>.</returns>
    public ImmutableArray<Section> LinkSections(ImmutableArray<Section> sections) =>
        [.. sections.Select(s => s with
        {
            NamedRecords = Fields(
                s.Source,
                ("title", s.Title, s.Source with { EndLine = s.Source.Line }),
                ("provider", s.Provider, s.ProviderSource ?? s.Source)),
        })];

    /// <summary>Links the meetings' agenda items' clauses.</summary>
    /// <param name="meetings">The meetings.</param>
    /// <returns>The meetings with <see cref="AgendaItem.NamedRecords"/>.</returns>
    public ImmutableArray<Meeting> LinkMeetings(ImmutableArray<Meeting> meetings) =>
        [.. meetings.Select(m => m with
        {
            AgendaItems = [.. m.AgendaItems.Select(i => i with { NamedRecords = Fields(i.Source, ("text", i.Text, i.Source)) })],
        })];

    /// <summary>Links the honours' title, recipient, affiliation, nominator and conferrer.</summary>
    /// <param name="honours">The honours.</param>
    /// <returns>The honours with <see cref="Honour.NamedRecords"/>.</returns>
    public ImmutableArray<Honour> LinkHonours(ImmutableArray<Honour> honours) =>
        [.. honours.Select(h => h with
        {
            NamedRecords = Fields(
                h.Source,
                ("title", h.Title, h.Source),
                ("recipient", h.Recipient, h.Source),
                ("affiliation", h.Affiliation, h.Source),
                ("nominator", h.Nominator, h.Source),
                ("conferrer", h.Conferrer, h.Source)),
        })];

    /// <summary>Links the incidents' name, location and summary.</summary>
    /// <param name="incidents">The incidents.</param>
    /// <returns>The incidents with <see cref="SafetyIncident.NamedRecords"/>.</returns>
    public ImmutableArray<SafetyIncident> LinkIncidents(ImmutableArray<SafetyIncident> incidents) =>
        [.. incidents.Select(i => i with
        {
            NamedRecords = Fields(i.Source, ("name", i.Name, i.Source), ("location", i.Location, i.Source), ("summary", i.Summary, i.Source)),
        })];

    private ImmutableArray<NamedRecord> Fields(SourceSpan record, params (string Field, string? Text, SourceSpan Lines)[] fields)
    {
        var links = ImmutableArray.CreateBuilder<NamedRecord>();
        var seen = new Dictionary<(string, int), int>();
        foreach (var (field, text, lines) in fields)
        {
            if (text is null)
            {
                continue;
            }

            foreach (var found in index.In(text))
            {
                links.Add(Link(found, field, lines, Count(seen, found.Name.Written, lines.Line), record.EntryId));
            }
        }

        return links.ToImmutable();
    }

    private NamedRecord Link(NameOccurrence found, string field, SourceSpan lines, int skip, string? entryId)
    {
        var (source, column) = locator.Locate(found.Name.Written, lines, skip, entryId);
        return new NamedRecord
        {
            Kind = found.Name.Kind,
            TargetId = found.Name.TargetId,
            Name = found.Name.Written,
            Field = field,
            Start = found.Start,
            Source = source,
            Column = column,
        };
    }

    /// <summary>How many times the name was seen before from the same first line, counting this one.</summary>
    private static int Count(Dictionary<(string, int), int> seen, string name, int line)
    {
        var key = (name, line);
        var before = seen.GetValueOrDefault(key);
        seen[key] = before + 1;
        return before;
    }
}
