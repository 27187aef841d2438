using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.People;

/// <summary>
/// Gathers the people the meetings name in a role (chairs, speakers, attendees, presenters, lecturers) and
/// the posts they are seen in, with the first and last meeting dates of each post; then everyone else the
/// text names, and every appearance of each person.
/// </summary>
public static class PeopleBuilder
{
    /// <summary>Builds the people of the meetings, in order of first appearance (by meeting date, then text order).</summary>
    /// <param name="meetings">The meetings.</param>
    /// <returns>The people.</returns>
    public static ImmutableArray<Person> Build(IEnumerable<Meeting> meetings) => Build(meetings, [], null);

    /// <summary>
    /// Builds the people: those of the meetings first, in order of first appearance (by meeting date, then text
    /// order), so that their ids do not depend on anything said elsewhere; then the others in the order of
    /// <paramref name="mentions"/>.
    /// </summary>
    /// <param name="meetings">The meetings.</param>
    /// <param name="mentions">The people named elsewhere (relayed leaders, speakers at events, honours' recipients), in seed order.</param>
    /// <param name="readings">How names are read in pinyin; without them (people gathered for linking only) the pinyin is left empty.</param>
    /// <returns>The people.</returns>
    /// <exception cref="ExtractorException">A name has a character without a reading.</exception>
    public static ImmutableArray<Person> Build(IEnumerable<Meeting> meetings, IEnumerable<PersonMention> mentions, NameReadings? readings)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        ArgumentNullException.ThrowIfNull(mentions);
        var people = new List<PersonDraft>();
        PersonDraft Named(string name, SourceSpan source)
        {
            var person = people.FirstOrDefault(p => p.Name == name);
            if (person is null)
            {
                person = new PersonDraft(name, source);
                people.Add(person);
            }

            return person;
        }

        foreach (var meeting in meetings.OrderBy(m => m.Date))
        {
            foreach (var (name, post, kind, source) in Sightings(meeting))
            {
                var person = Named(name, source);
                person.See(post, meeting, source);
                person.Appear(new Appearance { Kind = kind, RecordId = meeting.Id, Role = post.Role, Source = source });
            }
        }

        foreach (var mention in mentions)
        {
            var person = Named(mention.Name, mention.Source);
            person.Appear(new Appearance { Kind = mention.Kind, RecordId = mention.RecordId, Role = mention.Role, Source = mention.Source });

            // A post the meetings show, written again with the name at a dated event (市委常委、常务副市长徐国龙致辞, line 373),
            // attests the post on that day too.
            if (mention is { Role: { } role, Date: { } date })
            {
                foreach (var appointment in person.Appointments.Where(a => role.Split('、').Contains(a.Role, StringComparer.Ordinal)))
                {
                    appointment.Attest(date, mention.Source);
                }
            }
        }

        return
        [
            .. people.Select((p, i) => new Person
            {
                Id = FormattableString.Invariant($"person-{i + 1:D2}"),
                Name = p.Name,
                Pinyin = readings?.Romanize(p.Name, p.Source.Line) ?? string.Empty,
                Appointments = [.. p.Appointments.Select(a => a.ToAppointment())],
                Appearances = [.. p.Appearances],
                Source = p.Source,
            }),
        ];
    }

    private static IEnumerable<(string Name, Post Post, AppearanceKind Kind, SourceSpan Source)> Sightings(Meeting meeting)
    {
        static Post PostOf(Participant p) => new() { Role = p.Role, Title = p.Title, AgencyId = p.AgencyId };
        var participants = (meeting.Chair is null ? [] : new[] { (Participant: meeting.Chair, Kind: AppearanceKind.Chaired) })
            .Concat(meeting.Speakers.Select(p => (Participant: p, Kind: AppearanceKind.Spoke)))
            .Concat(meeting.Attendees.Select(p => (Participant: p, Kind: AppearanceKind.Attended)))
            .OrderBy(p => p.Participant.Source.Line);
        foreach (var (participant, kind) in participants)
        {
            yield return (participant.Name, PostOf(participant), kind, participant.Source);
        }

        foreach (var item in meeting.AgendaItems)
        {
            foreach (var presenter in item.Presenters)
            {
                foreach (var post in presenter.Posts)
                {
                    yield return (presenter.Name, post, AppearanceKind.Presented, item.Source);
                }
            }
        }

        foreach (var study in meeting.LawStudies)
        {
            var post = new Post { Role = study.Affiliation + study.LecturerRole, Title = study.LecturerRole, AgencyId = study.AffiliationAgencyId };
            yield return (study.Lecturer, post, AppearanceKind.Lectured, study.Source);
        }
    }

    private sealed class PersonDraft(string name, SourceSpan source)
    {
        public string Name { get; } = name;

        public SourceSpan Source { get; } = source;

        public List<AppointmentDraft> Appointments { get; } = [];

        public List<Appearance> Appearances { get; } = [];

        // One appearance per record and kind: a presenter of three items of a meeting presented at it once.
        public void Appear(Appearance appearance)
        {
            if (!Appearances.Exists(a => a.Kind == appearance.Kind && a.RecordId == appearance.RecordId))
            {
                Appearances.Add(appearance);
            }
        }

        public void See(Post post, Meeting meeting, SourceSpan source)
        {
            var appointment = Appointments.FirstOrDefault(a => a.AgencyId == post.AgencyId && a.Title == post.Title);
            if (appointment is null)
            {
                appointment = new AppointmentDraft(post);
                Appointments.Add(appointment);
            }

            appointment.See(meeting, source);
        }
    }

    private sealed class AppointmentDraft(Post post)
    {
        private readonly List<Meeting> meetings = [];
        private readonly List<SourceSpan> sources = [];
        private readonly List<DateOnly> dates = [];

        public string AgencyId => post.AgencyId;

        public string Title => post.Title;

        public void See(Meeting meeting, SourceSpan source)
        {
            if (!meetings.Contains(meeting))
            {
                meetings.Add(meeting);
            }

            if (!sources.Contains(source))
            {
                sources.Add(source);
            }
        }

        public string Role => post.Role;

        public void Attest(DateOnly date, SourceSpan source)
        {
            dates.Add(date);
            if (!sources.Contains(source))
            {
                sources.Add(source);
            }
        }

        public Appointment ToAppointment() => new()
        {
            Role = post.Role,
            Title = post.Title,
            AgencyId = post.AgencyId,
            FirstSeen = meetings.Select(m => m.Date).Concat(dates).Min(),
            LastSeen = meetings.Select(m => m.Date).Concat(dates).Max(),
            MeetingIds = [.. meetings.Select(m => m.Id)],
            Sources = [.. sources],
        };
    }
}
