namespace Shaoxing.Yearbook2020.Extractor.Places;

/// <summary>Where a text names a place: the position and length of the name or alias, and the place's key.</summary>
/// <param name="Start">The position in the text.</param>
/// <param name="Length">The length of the name or alias as written.</param>
/// <param name="Key">The place's full name (or id, depending on the <see cref="PlaceNames"/> it came from).</param>
internal readonly record struct PlaceOccurrence(int Start, int Length, string Key);
