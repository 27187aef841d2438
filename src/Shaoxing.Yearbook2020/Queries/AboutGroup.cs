using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>The records of one kind that name a body, person or place.</summary>
public sealed record AboutGroup
{
    /// <summary>The kind of the records.</summary>
    /// <value>One of <see cref="Yearbook.Kinds"/>.</value>
    public required RecordKind Kind { get; init; }

    /// <summary>The records, in the order of their data file, each with where it names the subject.</summary>
    /// <value>At least one match.</value>
    public required ImmutableArray<AboutMatch> Matches { get; init; }
}
