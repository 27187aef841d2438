using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.People;

/// <summary>
/// Links the records that name a person to the person by id: the meetings' chairs, speakers, attendees,
/// presenters and lecturers, and the honours of a person.
/// </summary>
/// <remarks>The text gives no person two names and no two people one name, so a name identifies a person.</remarks>
public sealed class PersonLinker
{
    private readonly Dictionary<string, string> idByName;

    /// <summary>Creates a linker over the people.</summary>
    /// <param name="people">The people.</param>
    public PersonLinker(ImmutableArray<Person> people)
    {
        idByName = people.ToDictionary(p => p.Name, p => p.Id, StringComparer.Ordinal);
    }

    /// <summary>Gives every participant, presenter and lecturer of the meetings their person id.</summary>
    /// <param name="meetings">The meetings.</param>
    /// <returns>The meetings with the person ids filled in.</returns>
    /// <exception cref="ExtractorException">A name is not a person's.</exception>
    public ImmutableArray<Meeting> LinkMeetings(ImmutableArray<Meeting> meetings) =>
    [
        .. meetings.Select(m => m with
        {
            Chair = m.Chair is null ? null : Link(m.Chair),
            Speakers = [.. m.Speakers.Select(Link)],
            Attendees = [.. m.Attendees.Select(Link)],
            AgendaItems = [.. m.AgendaItems.Select(i => i with { Presenters = [.. i.Presenters.Select(p => p with { PersonId = IdOf(p.Name, i.Source) })] })],
            LawStudies = [.. m.LawStudies.Select(s => s with { LecturerId = IdOf(s.Lecturer, s.Source) })],
        }),
    ];

    /// <summary>The id of the person a name names.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The id, or <see langword="null"/> when no person bears the name.</returns>
    public string? Find(string name) => idByName.GetValueOrDefault(name);

    private Participant Link(Participant participant) => participant with { PersonId = IdOf(participant.Name, participant.Source) };

    private string IdOf(string name, SourceSpan source) =>
        idByName.GetValueOrDefault(name) ?? throw new ExtractorException(source.Line, $"'{name}' is not a person of people.json.");
}
