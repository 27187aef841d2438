using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Places;

/// <summary>A place that is no administrative area, as <see cref="ZoneFinder"/> found it: a bay or a development zone.</summary>
/// <param name="Name">The name as the text prints it, e.g. <c>杭州湾上虞经济技术开发区</c>.</param>
/// <param name="Kind">What the place is.</param>
/// <param name="ParentName">The full name of the area it lies in, where the text tells it, or null.</param>
internal sealed record FeatureSighting(string Name, PlaceKind Kind, string? ParentName);
