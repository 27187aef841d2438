namespace Shaoxing.Yearbook2020.Extractor.Places;

/// <summary>A place the text names, as one of <see cref="PlaceFinder"/>'s families found it.</summary>
/// <param name="Token">The name as found.</param>
/// <param name="ParentName">The enclosing place the text names with it, or null.</param>
/// <param name="Family">Which way of naming a place found it (for messages).</param>
internal sealed record PlaceSighting(PlaceToken Token, string? ParentName, string Family);
