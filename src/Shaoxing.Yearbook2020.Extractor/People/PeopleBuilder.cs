using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.People;

/// <summary>
/// Gathers the people the meetings name in a role (chairs, speakers, attendees, presenters) and
/// the posts they are seen in, with the first and last meeting dates of each post.
/// </summary>
public static class PeopleBuilder
{
    /// <summary>Builds the people, in order of first appearance (by meeting date, then text order).</summary>
    /// <param name="meetings">The meetings.</param>
    /// <returns>The people.</returns>
    public static ImmutableArray<Person> Build(IEnumerable<Meeting> meetings)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        var people = new List<PersonDraft>();
        foreach (var meeting in meetings.OrderBy(m => m.Date))
        {
            foreach (var (name, post, source) in Sightings(meeting))
            {
                var person = people.FirstOrDefault(p => p.Name == name);
                if (person is null)
                {
                    person = new PersonDraft(name, source);
                    people.Add(person);
                }

                person.See(post, meeting, source);
            }
        }

        return
        [
            .. people.Select((p, i) => new Person
            {
                Id = FormattableString.Invariant($"person-{i + 1:D2}"),
                Name = p.Name,
                Appointments = [.. p.Appointments.Select(a => a.ToAppointment())],
                Source = p.Source,
            }),
        ];
    }

    private static IEnumerable<(string Name, Post Post, SourceSpan Source)> Sightings(Meeting meeting)
    {
        static Post PostOf(Participant p) => new() { Role = p.Role, Title = p.Title, AgencyId = p.AgencyId };
        var participants = (meeting.Chair is null ? [] : new[] { meeting.Chair })
            .Concat(meeting.Speakers)
            .Concat(meeting.Attendees)
            .OrderBy(p => p.Source.Line);
        foreach (var participant in participants)
        {
            yield return (participant.Name, PostOf(participant), participant.Source);
        }

        foreach (var item in meeting.AgendaItems)
        {
            foreach (var presenter in item.Presenters)
            {
                foreach (var post in presenter.Posts)
                {
                    yield return (presenter.Name, post, item.Source);
                }
            }
        }

        foreach (var study in meeting.LawStudies)
        {
            var post = new Post { Role = study.Affiliation + study.LecturerRole, Title = study.LecturerRole, AgencyId = study.AffiliationAgencyId };
            yield return (study.Lecturer, post, study.Source);
        }
    }

    private sealed class PersonDraft(string name, SourceSpan source)
    {
        public string Name { get; } = name;

        public SourceSpan Source { get; } = source;

        public List<AppointmentDraft> Appointments { get; } = [];

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

        public Appointment ToAppointment() => new()
        {
            Role = post.Role,
            Title = post.Title,
            AgencyId = post.AgencyId,
            FirstSeen = meetings.Min(m => m.Date),
            LastSeen = meetings.Max(m => m.Date),
            MeetingIds = [.. meetings.Select(m => m.Id)],
            Sources = [.. sources],
        };
    }
}
