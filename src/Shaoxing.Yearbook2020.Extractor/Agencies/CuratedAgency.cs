using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Agencies;

/// <summary>
/// One row of <c>seeds/agencies.json</c>: knowledge the text does not contain about a body,
/// keyed by its Chinese full name.
/// </summary>
public sealed record CuratedAgency
{
    /// <summary>The Chinese full name (the key).</summary>
    public required string Name { get; init; }

    /// <summary>The stable ASCII id to give the body.</summary>
    public required string Id { get; init; }

    /// <summary>The English name.</summary>
    public required string EnglishName { get; init; }

    /// <summary>What kind of body it is.</summary>
    public required AgencyKind Kind { get; init; }

    /// <summary>
    /// For a body whose short form cannot be read off its full name (or whose full name the text
    /// never prints), the short forms as the text writes them. The extractor checks that the text uses each.
    /// </summary>
    public ImmutableArray<string> ShortNames { get; init; } = [];
}
