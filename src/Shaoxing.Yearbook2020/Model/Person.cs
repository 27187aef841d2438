using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Queries;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>A person the text names: an official at the meetings, a leader whose speech or instructions are relayed, a
/// speaker at an event, a lecturer, an honour's recipient.</summary>
/// <remarks>
/// The officials of the municipal government are the people with <see cref="Appointments"/>; what every person
/// does in the text is in <see cref="Appearances"/>. A change of head during the year shows as two people with the same agency and title and
/// dates that do not overlap. Instances are immutable and safe to share between threads.
/// </remarks>
/// <collection>The people the text names: the officials of the meetings with the posts they are seen in and when, then everyone else (relayed leaders, speakers at events, honours' recipients), each with what they do in which record.</collection>
/// <collectionValue>A read-only collection: the officials in order of first appearance, then the others in seed order.</collectionValue>
[DataFile("people.json", typeof(PersonValidator), Collection = typeof(PersonCollection), Label = "{Name}")]
public sealed record Person
{
    /// <summary>The person's stable id, <c>person-01</c> onwards: the people of the meetings in order of first
    /// appearance at them, then the others in seed order.</summary>
    /// <value>A short ASCII id.</value>
    public required string Id { get; init; }

    /// <summary>The person's name.</summary>
    /// <value>Chinese text such as <c>张永明</c>.</value>
    public required string Name { get; init; }

    /// <summary>The name in Hanyu Pinyin as GB/T 16159 writes names: surname first, given name joined, each
    /// capitalised, no tone marks.</summary>
    /// <value>Such as <c>Sheng Yuechun</c>; ü is kept (<c>Lü Bing</c>). Read from the Unihan database's first reading
    /// of each character, except the surnames and names that <c>seeds/name-readings.json</c> lists with the reason
    /// they are read otherwise.</value>
    public required string Pinyin { get; init; }

    /// <summary>Every post the person is seen in at the meetings, in order of first appearance.</summary>
    /// <value>Appointments; empty for a person the meetings do not name.</value>
    public required ImmutableArray<Appointment> Appointments { get; init; }

    /// <summary>Every record that names the person, with what they do or are in it: meetings first, in date order, then the others in seed order.</summary>
    /// <value>One appearance or more.</value>
    public required ImmutableArray<Appearance> Appearances { get; init; }

    /// <summary>Where the person is first named.</summary>
    /// <value>A seed span whose text contains the name.</value>
    public required SourceSpan Source { get; init; }

    /// <summary>Every body, place and other person the person's appointments and appearances name by a whole name (市应急管理局 in 市应急管理局局长); the person's own name is no link.</summary>
    /// <value>Links with their spans, by the path of the text (<c>appointments[0].title</c>); empty when its texts name no other record.</value>
    public ImmutableArray<NamedRecord> NamedRecords { get; init; } = [];
}
