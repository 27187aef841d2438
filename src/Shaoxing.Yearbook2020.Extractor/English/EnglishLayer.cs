using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.English;

/// <summary>
/// Attaches the glossary's English beside every human-readable text of the records (headings, titles, subjects,
/// documents, roles, labels, units …), and lists the texts the glossary does not render and the entries no text uses.
/// </summary>
/// <remarks>
/// Long prose that is the source itself (entry text, agenda items' full text, figure quotes, incident summaries) is
/// not rendered; names of bodies, people and places are rendered by their own records (<c>englishName</c>,
/// <c>pinyin</c>). A text with no letter and nothing outside ASCII (a number, <c>%</c>) is its own rendering.
/// </remarks>
public sealed class EnglishLayer
{
    private readonly Glossary glossary;
    private readonly ImmutableArray<UntranslatedText>.Builder untranslated = ImmutableArray.CreateBuilder<UntranslatedText>();
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    private EnglishLayer(Glossary glossary)
    {
        this.glossary = glossary;
    }

    /// <summary>Renders every human-readable text of an extraction.</summary>
    /// <param name="extraction">The records, without English.</param>
    /// <param name="glossary">The renderings.</param>
    /// <returns>The records with their English fields set, and what the glossary lacks and what of it is unused.</returns>
    public static EnglishRendering Attach(DatasetExtraction extraction, Glossary glossary)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        ArgumentNullException.ThrowIfNull(glossary);
        var layer = new EnglishLayer(glossary);
        var chapter = extraction.Chapter;
        var rendered = extraction with
        {
            Chapter = chapter with
            {
                Sections = [.. chapter.Sections.Select(layer.Section)],
                Entries = [.. chapter.Entries.Select(e => e with { EnglishHeading = layer.One(e.Heading, "entries.heading", e.Id) })],
                Captions = [.. chapter.Captions.Select(c => c with { EnglishText = layer.One(c.Text, "captions.text", c.Id) })],
                Tables = [.. chapter.Tables.Select(layer.Table)],
            },
            Meetings = [.. extraction.Meetings.Select(layer.Meeting)],
            People = [.. extraction.People.Select(layer.Person)],
            SafetyIncidents = [.. extraction.SafetyIncidents.Select(layer.Incident)],
            DistrictSafetyStatistics = [.. extraction.DistrictSafetyStatistics.Select(d => d with { EnglishArea = layer.One(d.Area, "district-safety-statistics.area", d.Id) })],
            Honours = [.. extraction.Honours.Select(layer.Honour)],
            Figures = [.. extraction.Figures.Select(layer.Figure)],
        };
        return new EnglishRendering(
            rendered,
            layer.untranslated.ToImmutable(),
            [.. glossary.Entries.Where(e => !layer.used.Contains(e.Entry.Chinese))],
            layer.used.Count);
    }

    private Section Section(Section s) => s with
    {
        EnglishTitle = One(s.Title, "sections.title", s.Id),
        EnglishInferredTitle = One(s.InferredTitle, "sections.inferredTitle", s.Id),
    };

    private SeedTable Table(SeedTable t) => t with
    {
        EnglishTitle = One(t.Title, "tables.title", t.Id),
        Rows = [.. t.Rows.Select(r => r with { EnglishCells = All(r.Cells, "tables.rows.cells", t.Id) })],
    };

    private Meeting Meeting(Meeting m) => m with
    {
        Chair = m.Chair is { } chair ? Participant(chair, "meetings.chair", m.Id) : null,
        Speakers = [.. m.Speakers.Select(p => Participant(p, "meetings.speakers", m.Id))],
        Attendees = [.. m.Attendees.Select(p => Participant(p, "meetings.attendees", m.Id))],
        AgendaItems = [.. m.AgendaItems.Select(AgendaItem)],
        LawStudies = [.. m.LawStudies.Select(l => l with
        {
            EnglishLecturerRole = One(l.LecturerRole, "meetings.lawStudies.lecturerRole", m.Id),
            EnglishLaw = One(l.Law, "meetings.lawStudies.law", m.Id),
        })],
        EnglishPurpose = One(m.Purpose, "meetings.purpose", m.Id),
        EnglishActivities = All(m.Activities, "meetings.activities", m.Id),
    };

    private Participant Participant(Participant p, string field, string id) => p with
    {
        EnglishRole = One(p.Role, field + ".role", id),
        EnglishTitle = One(p.Title, field + ".title", id),
    };

    private AgendaItem AgendaItem(AgendaItem a) => a with
    {
        Presenters = [.. a.Presenters.Select(p => p with
        {
            Posts = [.. p.Posts.Select(post => post with
            {
                EnglishRole = One(post.Role, "meetings.agendaItems.presenters.posts.role", a.Id),
                EnglishTitle = One(post.Title, "meetings.agendaItems.presenters.posts.title", a.Id),
            })],
            EnglishRole = One(p.Role, "meetings.agendaItems.presenters.role", a.Id),
            EnglishTitle = One(p.Title, "meetings.agendaItems.presenters.title", a.Id),
            EnglishSubject = One(p.Subject, "meetings.agendaItems.presenters.subject", a.Id),
        })],
        EnglishSubject = One(a.Subject, "meetings.agendaItems.subject", a.Id),
        EnglishDocuments = All(a.Documents, "meetings.agendaItems.documents", a.Id),
    };

    private Person Person(Person p) => p with
    {
        Appointments = [.. p.Appointments.Select(a => a with
        {
            EnglishRole = One(a.Role, "people.appointments.role", p.Id),
            EnglishTitle = One(a.Title, "people.appointments.title", p.Id),
        })],
        Appearances = [.. p.Appearances.Select(a => a with { EnglishRole = One(a.Role, "people.appearances.role", p.Id) })],
    };

    private SafetyIncident Incident(SafetyIncident i) => i with
    {
        EnglishName = One(i.Name, "safety-incidents.name", i.Id),
        EnglishDistrict = One(i.District, "safety-incidents.district", i.Id),
        EnglishLocation = One(i.Location, "safety-incidents.location", i.Id),
    };

    private Honour Honour(Honour h) => h with
    {
        EnglishTitle = One(h.Title, "honours.title", h.Id),
        EnglishGroup = One(h.Group, "honours.group", h.Id),
        EnglishRank = One(h.Rank, "honours.rank", h.Id),
    };

    private Figure Figure(Figure f) => f with
    {
        EnglishLabel = One(f.Label, "figures.label", f.Id),
        EnglishScope = One(f.Scope, "figures.scope", f.Id),
        EnglishUnit = One(f.Unit, "figures.unit", f.Id),
        EnglishNormalizedUnit = One(f.NormalizedUnit, "figures.normalizedUnit", f.Id),
    };

    private string? One(string? chinese, string field, string recordId)
    {
        if (chinese is null)
        {
            return null;
        }

        if (!Glossary.NeedsRendering(chinese))
        {
            return chinese;
        }

        if (glossary.TryRender(chinese, out var english))
        {
            used.Add(chinese);
            return english;
        }

        untranslated.Add(new UntranslatedText(field, recordId, chinese));
        return null;
    }

    // A list is rendered whole or not at all, so that a reader can pair the two lists by position.
    private ImmutableArray<string> All(ImmutableArray<string> texts, string field, string recordId)
    {
        var english = texts.Select(t => One(t, field, recordId)).ToList();
        return english.Any(e => e is null) ? [] : [.. english.Select(e => e!)];
    }
}
