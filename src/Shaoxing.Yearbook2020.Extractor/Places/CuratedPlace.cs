namespace Shaoxing.Yearbook2020.Extractor.Places;

/// <summary>
/// One row of <c>seeds/places.json</c>: knowledge the text does not contain about a place it names,
/// keyed by the place's Chinese name as printed.
/// </summary>
public sealed record CuratedPlace
{
    /// <summary>The Chinese name with its suffix (the key).</summary>
    public required string Name { get; init; }

    /// <summary>The stable ASCII id to give the place.</summary>
    public required string Id { get; init; }

    /// <summary>The English name.</summary>
    public required string EnglishName { get; init; }

    /// <summary>The national administrative-division code, where known.</summary>
    public string? DivisionCode { get; init; }
}
