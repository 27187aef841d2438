using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>What <see cref="Yearbook.About(string)"/> found: the bodies, people and places a name stands for, and every record that names them.</summary>
public sealed record AboutResult
{
    /// <summary>The name or id asked about, as given.</summary>
    /// <value>Text.</value>
    public required string Query { get; init; }

    /// <summary>The body the name or id stands for.</summary>
    /// <value>Zero or one body.</value>
    public required ImmutableArray<Agency> Agencies { get; init; }

    /// <summary>The person the name or id stands for.</summary>
    /// <value>Zero or one person.</value>
    public required ImmutableArray<Person> People { get; init; }

    /// <summary>The place the name, alias or id stands for.</summary>
    /// <value>Zero or one place.</value>
    public required ImmutableArray<Place> Places { get; init; }

    /// <summary>The records that name them, one group per kind in the order of <see cref="Yearbook.Kinds"/>; kinds without a match are left out.</summary>
    /// <value>Groups; empty when the name stands for nothing or nothing names it.</value>
    public required ImmutableArray<AboutGroup> Groups { get; init; }

    /// <summary>Whether the name or id stands for no body, person or place.</summary>
    /// <value><see langword="true"/> when nothing was resolved.</value>
    public bool IsEmpty => Agencies.IsEmpty && People.IsEmpty && Places.IsEmpty;

    /// <summary>The matches that have a date (<see cref="AboutMatch.Date"/>), earliest first: meetings, incidents,
    /// honours, captions and entries by the first date their text names, across kinds.</summary>
    /// <returns>The dated matches in date order; matches of the same day keep the order of <see cref="Groups"/>.</returns>
    /// <example>
    /// <code>foreach (var match in Yearbook.Default.About("柯桥区").ByDate()) Console.WriteLine($"{match.Date} {match.Id}");</code>
    /// </example>
    public ImmutableArray<AboutMatch> ByDate() =>
        [.. Groups.SelectMany(g => g.Matches).Where(m => m.Date is not null).OrderBy(m => m.Date)];

    /// <summary>The records of one type that name the subject.</summary>
    /// <typeparam name="T">A record type, e.g. <see cref="SafetyIncident"/>.</typeparam>
    /// <returns>The records, in the order of their data file; empty when none of that type names the subject.</returns>
    public ImmutableArray<T> RecordsOf<T>()
        where T : class =>
        [.. Groups.Where(g => g.Kind.RecordType == typeof(T)).SelectMany(g => g.Matches).Select(m => (T)m.Record)];
}
