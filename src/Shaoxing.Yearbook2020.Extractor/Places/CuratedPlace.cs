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

    /// <summary>For a place the text names only without its suffix (北京, 兰亭), the names it is written with. Such a row
    /// makes a place wherever the text writes one of them; the other rows' places are found by their suffix.</summary>
    public System.Collections.Immutable.ImmutableArray<string> WrittenAs { get; init; } = [];

    /// <summary>The level of a place named without its suffix (which the text cannot tell).</summary>
    public Shaoxing.Yearbook2020.Model.PlaceKind? Kind { get; init; }

    /// <summary>The id of the place a place named without its suffix lies in, where it is one of this file's.</summary>
    public string? ParentId { get; init; }
}
