namespace Shaoxing.Yearbook2020.Extractor.Names;

/// <summary>A whole known name found in a text.</summary>
/// <param name="Start">Where it starts in the text.</param>
/// <param name="Name">The name and the record it names.</param>
public sealed record NameOccurrence(int Start, KnownName Name);
