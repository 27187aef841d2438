using System.Collections.Frozen;
using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>
/// Finds every record that names a body, person or place: by the ids the records hold (a presenter's agency and
/// person, an incident's place, an entry's places, an appointment's body, a person's appearances, an honour's
/// recipient, affiliation, nominator and conferrers) and, for kinds that hold names as text (entries,
/// captions, tables, honours, incidents, agenda items), by any of the subject's names.
/// </summary>
internal static class AboutQuery
{
    public static AboutResult Run(Yearbook yearbook, string nameOrId)
    {
        var agency = yearbook.Agencies.Resolve(nameOrId);
        var person = yearbook.People.Find(nameOrId.Trim()) ?? yearbook.People.FindByName(nameOrId);
        var place = yearbook.Places.Resolve(nameOrId);

        var matches = new Dictionary<RecordKind, List<AboutMatch>>();
        void Add(RecordKind kind, IEnumerable<AboutMatch> found)
        {
            if (!matches.TryGetValue(kind, out var list))
            {
                matches[kind] = list = [];
            }

            foreach (var match in found.Where(m => !list.Exists(x => ReferenceEquals(x.Record, m.Record))))
            {
                list.Add(match);
            }
        }

        if (agency is not null)
        {
            Add(RecordKindRegistry.Meeting, Matches(
                yearbook.Meetings,
                m => m.Id,
                m => m.AgendaItems.FirstOrDefault(i => i.Presenters.Any(p => p.AgencyId == agency.Id || p.Posts.Any(q => q.AgencyId == agency.Id)))?.Source
                    ?? m.Attendees.Concat(m.Speakers).Append(m.Chair).FirstOrDefault(p => p?.AgencyId == agency.Id)?.Source
                    ?? m.LawStudies.FirstOrDefault(l => l.AffiliationAgencyId == agency.Id)?.Source));
            Add(RecordKindRegistry.Person, Matches(
                yearbook.People,
                p => p.Id,
                p => p.Appointments.FirstOrDefault(a => a.AgencyId == agency.Id)?.Sources.FirstOrDefault()));
            Add(RecordKindRegistry.Honour, Matches(yearbook.Honours, h => h.Id, h => Links(h, id => id == agency.Id) ? h.Source : null));
            AddText(yearbook, Add, [agency.Name, .. agency.AdditionalNames, .. agency.ShortNames]);
        }

        if (person is not null)
        {
            // Where the person appears, by the ids of their appearances: meetings, honours and the entries that tell the rest.
            var appearances = person.Appearances.GroupBy(a => a.RecordId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Source, StringComparer.Ordinal);
            Add(RecordKindRegistry.Meeting, Matches(
                yearbook.Meetings,
                m => m.Id,
                m => m.AgendaItems.FirstOrDefault(i => i.Presenters.Any(p => p.PersonId == person.Id))?.Source
                    ?? m.Attendees.Concat(m.Speakers).Append(m.Chair).FirstOrDefault(p => p?.PersonId == person.Id)?.Source
                    ?? m.LawStudies.FirstOrDefault(l => l.LecturerId == person.Id)?.Source
                    ?? appearances.GetValueOrDefault(m.Id)));
            Add(RecordKindRegistry.Honour, Matches(
                yearbook.Honours, h => h.Id, h => h.RecipientKind == RecipientKind.Person && h.RecipientId == person.Id ? h.Source : null));
            Add(RecordKindRegistry.Entry, Matches(yearbook.Entries, e => e.Id, e => appearances.GetValueOrDefault(e.Id)));
            AddText(yearbook, Add, [person.Name]);
        }

        if (place is not null)
        {
            var within = yearbook.Places.SelfAndDescendants(place.Id);
            Add(RecordKindRegistry.Entry, Matches(yearbook.Entries, e => e.Id, e => e.PlaceIds.Any(within.Contains) ? e.Source : null));
            Add(RecordKindRegistry.SafetyIncident, Matches(
                yearbook.SafetyIncidents, i => i.Id, i => i.PlaceId is { } id && within.Contains(id) ? i.Source : null));
            Add(RecordKindRegistry.DistrictSafetyStatistics, Matches(
                yearbook.DistrictSafetyStatistics, r => r.Id, r => r.PlaceId is { } id && within.Contains(id) ? r.Source : null));
            Add(RecordKindRegistry.Place, Matches(yearbook.Places, p => p.Id, p => p.ParentId == place.Id ? p.Source : null));
            Add(RecordKindRegistry.Honour, Matches(yearbook.Honours, h => h.Id, h => Links(h, within.Contains) ? h.Source : null));
            var names = yearbook.Places.Where(p => within.Contains(p.Id)).SelectMany(p => p.Aliases.Prepend(p.Name)).ToImmutableArray();
            Add(RecordKindRegistry.Meeting, Matches(
                yearbook.Meetings, m => m.Id, m => m.AgendaItems.FirstOrDefault(i => Names(i.Text, names))?.Source));
            AddText(yearbook, Add, names);
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

    /// <summary>Adds the records of the kinds that hold names as text, where any of the names is written.</summary>
    private static void AddText(Yearbook yearbook, Action<RecordKind, IEnumerable<AboutMatch>> add, ImmutableArray<string> names)
    {
        add(RecordKindRegistry.Entry, Matches(yearbook.Entries, e => e.Id, e =>
            Names(e.Heading, names) ? HeadingSpan(e)
            : FirstIndex(e.Text, names) is var (at, length) && at >= 0 ? e.SourceOf(at, length) : null));
        add(RecordKindRegistry.Caption, Matches(yearbook.Captions, c => c.Id, c => Names(c.Text, names) || Names(c.Credit, names) ? c.Source : null));
        add(RecordKindRegistry.SeedTable, Matches(yearbook.Tables, t => t.Id, t =>
            t.Rows.FirstOrDefault(r => r.Cells.Any(c => Names(c, names))) is { } row ? new SourceSpan { Line = row.Line, EndLine = row.Line }
            : Names(t.Title, names) ? t.Source : null));
        add(RecordKindRegistry.Honour, Matches(yearbook.Honours, h => h.Id, h =>
            new[] { h.Title, h.Recipient, h.Affiliation, h.Nominator, h.Conferrer }.Any(t => t is not null && Names(t, names)) ? h.Source : null));
        add(RecordKindRegistry.SafetyIncident, Matches(yearbook.SafetyIncidents, i => i.Id, i =>
            new[] { i.Name, i.Summary, i.Location }.Any(t => t is not null && Names(t, names)) ? i.Source : null));
    }

    /// <summary>Whether an honour links a body or place by id: as its recipient (not a person), affiliation, nominator or a conferrer.</summary>
    private static bool Links(Honour honour, Func<string, bool> names) =>
        (honour.RecipientKind != RecipientKind.Person && honour.RecipientId is { } recipient && names(recipient))
        || (honour.AffiliationId is { } affiliation && names(affiliation))
        || (honour.NominatorId is { } nominator && names(nominator))
        || honour.ConferrerIds.Any(names);

    private static IEnumerable<AboutMatch> Matches<T>(IEnumerable<T> records, Func<T, string> idOf, Func<T, SourceSpan?> whereNamed)
        where T : class
    {
        foreach (var record in records)
        {
            if (whereNamed(record) is { } source)
            {
                yield return new AboutMatch { Record = record, Id = idOf(record), Source = source, Date = DateOf(record) };
            }
        }
    }

    /// <summary>The day a record happened on or began: its own date, else the first date its text names.</summary>
    private static DateOnly? DateOf(object record) => record switch
    {
        IDatedRecord { Date: { } date } => date,
        Caption caption => caption.Dates.IsEmpty ? null : caption.Dates[0].Date,
        Entry entry => entry.Dates.IsEmpty ? null : entry.Dates[0].Date,
        _ => null,
    };

    /// <summary>Matches in the order of the kind's data file, whichever way they were found.</summary>
    private static IEnumerable<AboutMatch> OrderedAsFile(RecordKind kind, Yearbook yearbook, List<AboutMatch> found)
    {
        var position = kind.RecordsIn(yearbook).Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i, ReferenceEqualityComparer.Instance);
        return found.OrderBy(m => position[m.Record]);
    }

    private static bool Names(string text, ImmutableArray<string> names)
    {
        var compact = TextKeys.Compact(text);
        return names.Any(n => compact.Contains(TextKeys.Compact(n), StringComparison.Ordinal));
    }

    private static (int At, int Length) FirstIndex(string text, ImmutableArray<string> names) =>
        names.Select(n => (At: text.IndexOf(n, StringComparison.Ordinal), Length: n.Length))
            .Where(x => x.At >= 0)
            .DefaultIfEmpty((At: -1, Length: 0))
            .MinBy(x => x.At);

    /// <summary>The seed line of an entry's heading: not always its first line, since text printed before the heading
    /// may be moved into the entry.</summary>
    private static SourceSpan HeadingSpan(Entry entry)
    {
        var lines = SeedText.Lines;
        var start = "【" + entry.Heading[..Math.Min(2, entry.Heading.Length)];
        for (var line = entry.Source.Line; line <= entry.Source.EndLine && line <= lines.Length; line++)
        {
            if (TextKeys.Compact(lines[line - 1]).Contains(start, StringComparison.Ordinal))
            {
                return entry.Source with { Line = line, EndLine = line };
            }
        }

        return entry.Source with { EndLine = entry.Source.Line };
    }
}
