using System.Collections.Frozen;
using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>The people the text names, with lookups by name and by post (the officials are those with appointments).</summary>
/// <remarks>Read-only and thread-safe; each index is built once, when a query first needs it.</remarks>
public sealed class PersonCollection : RecordCollection<Person>
{
    private readonly Func<AgencyCollection> agencies;
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<Person>>> byName;
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<Person>>> byPinyin;
    private readonly Lazy<FrozenDictionary<(string AgencyId, string Title), ImmutableArray<(Person Person, Appointment Appointment)>>> byPost;

    internal PersonCollection(ImmutableArray<Person> people, Yearbook yearbook)
        : this(people, () => yearbook.Agencies)
    {
    }

    internal PersonCollection(ImmutableArray<Person> people, Func<AgencyCollection> agencies)
        : base(people, p => p.Id)
    {
        this.agencies = agencies;
        // Two people of one name, or whose names read alike in pinyin, are both kept: the name is ambiguous, and said to be.
        byName = new(() => NameLookup.Group(people.Select(p => (p.Name, p)), p => p.Id));
        byPinyin = new(() => NameLookup.Group(people.Select(p => (TextKeys.Latin(p.Pinyin), p)), p => p.Id));
        byPost = new(() => people
            .SelectMany(p => p.Appointments.Select(a => (Person: p, Appointment: a)))
            .GroupBy(x => (x.Appointment.AgencyId, Title: TextKeys.Compact(x.Appointment.Title)))
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(x => x.Appointment.FirstSeen).ToImmutableArray()));
    }

    /// <summary>Finds a person by name: the Chinese name, or the name in pinyin in any case, with or without spaces and
    /// tone marks (<c>盛阅春</c>, <c>Sheng Yuechun</c>, <c>shengyuechun</c>, <c>Shèng Yuèchūn</c>).</summary>
    /// <param name="name">The name; spaces are ignored.</param>
    /// <returns>The person, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or only whitespace.</exception>
    /// <exception cref="AmbiguousNameException">The name fits several people; the exception lists them.</exception>
    public Person? FindByName(string name) => NameLookup.Single(name, MatchByName(name), Match);

    /// <summary>Every person a name fits, by the rules of <see cref="FindByName"/>: the Chinese name first, else the pinyin.</summary>
    /// <param name="name">The name; spaces are ignored.</param>
    /// <returns>The people, in collection order; empty when none fits, two or more when the name is ambiguous.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or only whitespace.</exception>
    public ImmutableArray<Person> MatchByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (byName.Value.TryGetValue(TextKeys.Compact(name), out var named))
        {
            return named;
        }

        return byPinyin.Value.TryGetValue(TextKeys.Latin(name), out var read) ? read : [];
    }

    /// <summary>Finds a person by id first, then by name (see <see cref="FindByName"/>).</summary>
    /// <param name="idOrName">A <see cref="Person.Id"/> or a name.</param>
    /// <returns>The person, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="idOrName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="idOrName"/> is empty or only whitespace.</exception>
    /// <exception cref="AmbiguousNameException">The name fits several people; the exception lists them.</exception>
    public Person? Resolve(string idOrName)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrName);
        return Find(idOrName.Trim()) ?? FindByName(idOrName);
    }

    /// <summary>A person as a match of a name.</summary>
    internal static NameMatch Match(Person person) =>
        new() { Kind = Data.RecordKindRegistry.Person, Id = person.Id, Name = person.Name, Record = person };

    /// <summary>The people seen in a post of a body, with the appointment, ordered by first sighting.</summary>
    /// <param name="title">The title, e.g. <c>局长</c>; whitespace anywhere in it is ignored.</param>
    /// <param name="agencyIdOrName">An <see cref="Agency.Id"/> or any name of the body (<c>市交通运输局</c>).</param>
    /// <returns>The holders; empty when the body is unknown or no one is seen in that post.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty or only whitespace.</exception>
    public ImmutableArray<(Person Person, Appointment Appointment)> Holders(string title, string agencyIdOrName)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(agencyIdOrName);
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyIdOrName);
        var agency = agencies().Resolve(agencyIdOrName);
        return agency is null ? [] : byPost.Value.GetValueOrDefault((agency.Id, TextKeys.Compact(title)), []);
    }

    /// <summary>
    /// Who held a title at a body on a day, as far as the text shows: the person whose appointment
    /// was seen on or before the day and again on or after it (first and last sightings included).
    /// </summary>
    /// <param name="title">The title, e.g. <c>局长</c>; whitespace anywhere in it is ignored.</param>
    /// <param name="agencyIdOrName">An <see cref="Agency.Id"/> or any name of the body.</param>
    /// <param name="date">The day.</param>
    /// <returns>The person, or <see langword="null"/> when the text does not say (no sightings around that day).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty or only whitespace.</exception>
    public Person? HolderOn(string title, string agencyIdOrName, DateOnly date)
    {
        foreach (var (person, appointment) in Holders(title, agencyIdOrName))
        {
            if (appointment.FirstSeen <= date && date <= appointment.LastSeen)
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>Who held a title at a body during a month, as far as the text shows.</summary>
    /// <param name="title">The title.</param>
    /// <param name="agencyIdOrName">An <see cref="Agency.Id"/> or any name of the body.</param>
    /// <param name="month">The month of 2020, 1 to 12.</param>
    /// <returns>The people seen in the post that month, or whose sightings span it; empty when the text does not say.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty or only whitespace.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not between 1 and 12.</exception>
    public ImmutableArray<Person> HoldersInMonth(string title, string agencyIdOrName, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var first = new DateOnly(2020, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        return [.. Holders(title, agencyIdOrName).Where(h => h.Appointment.FirstSeen <= last && first <= h.Appointment.LastSeen).Select(h => h.Person)];
    }

    internal override string? KeyConflict() =>
        base.KeyConflict() ?? (TryFindDuplicate(p => p.Name, out var name) ? $"two people are named '{name}'." : null);
}
