using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;
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

    /// <summary>Links every text of the entries (<see cref="RecordTexts"/>): the heading on its own line, the text
    /// on the lines each name stands on.</summary>
    /// <param name="entries">The entries.</param>
    /// <param name="headingLine">The seed line of an entry's heading.</param>
    /// <returns>The entries with <see cref="Entry.NamedRecords"/>, and <see cref="Entry.PlaceIds"/> the places among them.</returns>
    public ImmutableArray<Entry> LinkEntries(ImmutableArray<Entry> entries, Func<Entry, int> headingLine)
    {
        ArgumentNullException.ThrowIfNull(headingLine);
        return
        [
            .. entries.Select(e => EntryNames(e, headingLine(e)) is var links
                ? e with
                {
                    NamedRecords = links,
                    PlaceIds = [.. links.Where(l => l.Kind == NamedRecordKind.Place).Select(l => l.TargetId).Distinct(StringComparer.Ordinal)],
                }
                : e),
        ];
    }

    private ImmutableArray<NamedRecord> EntryNames(Entry entry, int headingLine)
    {
        var heading = new SourceSpan { Line = headingLine, EndLine = headingLine, EntryId = entry.Id };
        return Link(entry, entry.Id, entry.Source with { EntryId = entry.Id }, (field, start, length) => field switch
        {
            "heading" => heading,
            "text" => entry.SourceOf(start, length),
            _ => null,
        });
    }

    /// <summary>Links every text of the captions.</summary>
    /// <param name="captions">The captions.</param>
    /// <returns>The captions with <see cref="Caption.NamedRecords"/>.</returns>
    public ImmutableArray<Caption> LinkCaptions(ImmutableArray<Caption> captions) =>
        [.. captions.Select(c => c with { NamedRecords = Link(c, c.Id, c.Source) })];

    /// <summary>Links every text of the sections: the title on its first line, the provider line on its own.</summary>
    /// <param name="sections">The sections.</param>
    /// <returns>The sections with <see cref="Section.NamedRecords"/>.</returns>
    public ImmutableArray<Section> LinkSections(ImmutableArray<Section> sections) =>
        [.. sections.Select(s => s with
        {
            NamedRecords = Link(s, s.Id, s.Source, (field, _, _) => field switch
            {
                "title" => s.Source with { EndLine = s.Source.Line },
                "provider" => s.ProviderSource ?? s.Source,
                _ => null,
            }),
        })];

    /// <summary>Links every text of the meetings and, each on its own, of their agenda items.</summary>
    /// <param name="meetings">The meetings.</param>
    /// <returns>The meetings with <see cref="Meeting.NamedRecords"/> and <see cref="AgendaItem.NamedRecords"/>.</returns>
    public ImmutableArray<Meeting> LinkMeetings(ImmutableArray<Meeting> meetings) =>
        [.. meetings.Select(m => m with
        {
            NamedRecords = Link(m, m.Id, m.Source),
            AgendaItems = [.. m.AgendaItems.Select(i => i with { NamedRecords = Link(i, i.Id, i.Source) })],
        })];

    /// <summary>Links every text of the honours.</summary>
    /// <param name="honours">The honours.</param>
    /// <returns>The honours with <see cref="Honour.NamedRecords"/>.</returns>
    public ImmutableArray<Honour> LinkHonours(ImmutableArray<Honour> honours) =>
        [.. honours.Select(h => h with { NamedRecords = Link(h, h.Id, h.Source) })];

    /// <summary>Links every text of the incidents.</summary>
    /// <param name="incidents">The incidents.</param>
    /// <returns>The incidents with <see cref="SafetyIncident.NamedRecords"/>.</returns>
    public ImmutableArray<SafetyIncident> LinkIncidents(ImmutableArray<SafetyIncident> incidents) =>
        [.. incidents.Select(i => i with { NamedRecords = Link(i, i.Id, i.Source) })];

    /// <summary>Links every text of the tables: the title, and each cell on its row's line.</summary>
    /// <param name="tables">The tables.</param>
    /// <returns>The tables with <see cref="SeedTable.NamedRecords"/>.</returns>
    public ImmutableArray<SeedTable> LinkTables(ImmutableArray<SeedTable> tables) =>
        [.. tables.Select(t => t with { NamedRecords = Link(t, t.Id, t.Source) })];

    /// <summary>Links every text of the corrections, on the lines each repairs.</summary>
    /// <param name="corrections">The corrections.</param>
    /// <returns>The corrections with <see cref="Correction.NamedRecords"/>.</returns>
    public ImmutableArray<Correction> LinkCorrections(ImmutableArray<Correction> corrections) =>
        [.. corrections.Select(c => c with
        {
            NamedRecords = Link(c, c.Id, new SourceSpan { Line = c.Line, EndLine = c.EndLine ?? c.Line, EntryId = c.TargetEntryId }),
        })];

    /// <summary>Links every text of the consistency rules.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The rules with <see cref="ConsistencyRule.NamedRecords"/>.</returns>
    public ImmutableArray<ConsistencyRule> LinkRules(ImmutableArray<ConsistencyRule> rules) =>
        [.. rules.Select(r => r with { NamedRecords = Link(r, r.Id, r.Source) })];

    /// <summary>Links every text of the figures.</summary>
    /// <param name="figures">The figures.</param>
    /// <returns>The figures with <see cref="Figure.NamedRecords"/>.</returns>
    public ImmutableArray<Figure> LinkFigures(ImmutableArray<Figure> figures) =>
        [.. figures.Select(f => f with { NamedRecords = Link(f, f.Id, f.Source) })];

    /// <summary>Links the areas of 表6's rows.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The rows with <see cref="DistrictSafetyStatistics.NamedRecords"/>.</returns>
    public ImmutableArray<DistrictSafetyStatistics> LinkDistrictRows(ImmutableArray<DistrictSafetyStatistics> rows) =>
        [.. rows.Select(r => r with { NamedRecords = Link(r, r.Id, r.Source) })];

    /// <summary>Links every text of the people (their appointments and appearances) to the records they name.</summary>
    /// <param name="people">The people.</param>
    /// <returns>The people with <see cref="Person.NamedRecords"/>.</returns>
    public ImmutableArray<Person> LinkPeople(ImmutableArray<Person> people) =>
        [.. people.Select(p => p with { NamedRecords = Link(p, p.Id, p.Source) })];

    /// <summary>Gives each place, as every seed line that names it, the spans of the whole-name links to it, so that a
    /// place's name inside a longer name (浙江 in 浙江工业职业技术学院, 杭州 in 杭州湾) is no mention of it.</summary>
    /// <param name="places">The places.</param>
    /// <param name="links">Every link of every record.</param>
    /// <returns>The places with <see cref="Place.Sources"/> and <see cref="Place.Source"/> from the links; a place no
    /// link names keeps the spans it was found in.</returns>
    public static ImmutableArray<Place> WithSourcesFromLinks(ImmutableArray<Place> places, IEnumerable<NamedRecord> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        var spans = links.Where(l => l.Kind == NamedRecordKind.Place)
            .GroupBy(l => l.TargetId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => LinesOf(g.Select(l => l.Source)),
                StringComparer.Ordinal);
        return [.. places.Select(p => spans.TryGetValue(p.Id, out var found) ? p with { Source = found[0], Sources = found } : p)];
    }

    /// <summary>The seed lines a set of spans covers, once each: one span per range of lines (the one naming its entry,
    /// where two records name the same lines), and no span that holds another (a record's whole span, where a name was
    /// not found printed, beside the line that prints it).</summary>
    private static ImmutableArray<SourceSpan> LinesOf(IEnumerable<SourceSpan> spans)
    {
        var byLines = spans.GroupBy(s => (s.Line, s.EndLine))
            .Select(g => g.OrderBy(s => s.EntryId is null).ThenBy(s => s.EntryId, StringComparer.Ordinal).First())
            .ToList();
        return
        [
            .. byLines.Where(s => !byLines.Exists(t => !ReferenceEquals(s, t) && t.Line >= s.Line && t.EndLine <= s.EndLine))
                .OrderBy(s => s.Line).ThenBy(s => s.EndLine),
        ];
    }

    /// <summary>Every whole name in every text of a record (<see cref="RecordTexts"/>) but the record's own.</summary>
    /// <param name="record">The record.</param>
    /// <param name="id">Its id: a name of the record itself is no link.</param>
    /// <param name="lines">The record's span, where a text stands that no nested record places more closely.</param>
    /// <param name="spanOf">Where a text the record places itself stands (a field, where the name starts, its length), or
    /// null for the default.</param>
    private ImmutableArray<NamedRecord> Link(object record, string id, SourceSpan lines, Func<string, int, int, SourceSpan?>? spanOf = null)
    {
        var links = ImmutableArray.CreateBuilder<NamedRecord>();
        var seen = new Dictionary<(string, int), int>();
        foreach (var (field, text, owner) in RecordTexts.Of(record))
        {
            foreach (var found in index.In(text).Where(f => f.Name.TargetId != id))
            {
                var span = spanOf?.Invoke(field, found.Start, found.Name.Written.Length)
                    ?? (ReferenceEquals(owner, record) ? null : SpanOf(owner))
                    ?? lines;
                links.Add(Link(found, field, span, Count(seen, found.Name.Written, span.Line), lines.EntryId));
            }
        }

        return links.ToImmutable();
    }

    /// <summary>The seed lines of a record nested in another: its own span (a participant, an appearance), its line (a
    /// table's row), or its first span (an appointment).</summary>
    private static SourceSpan? SpanOf(object owner) => owner switch
    {
        SeedTableRow row => new SourceSpan { Line = row.Line, EndLine = row.Line },
        Appointment appointment => appointment.Sources.IsDefaultOrEmpty ? null : appointment.Sources[0],
        _ => owner.GetType().GetProperty(nameof(Entry.Source))?.GetValue(owner) as SourceSpan,
    };

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
