using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Queries;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>A person the text names in an official role.</summary>
/// <remarks>
/// A change of head during the year shows as two people with the same agency and title and
/// dates that do not overlap. Instances are immutable and safe to share between threads.
/// </remarks>
[DataFile("people.json", typeof(PersonValidator), Collection = typeof(PersonCollection))]
public sealed record Person
{
    /// <summary>The person's stable id, <c>person-01</c> onwards in order of first appearance.</summary>
    /// <value>A short ASCII id.</value>
    public required string Id { get; init; }

    /// <summary>The person's name.</summary>
    /// <value>Chinese text such as <c>张永明</c>.</value>
    public required string Name { get; init; }

    /// <summary>Every post the person is seen in, in order of first appearance.</summary>
    /// <value>One appointment or more.</value>
    public required ImmutableArray<Appointment> Appointments { get; init; }

    /// <summary>Where the person is first named.</summary>
    /// <value>A seed span whose text contains the name.</value>
    public required SourceSpan Source { get; init; }
}
