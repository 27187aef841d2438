namespace Shaoxing.Yearbook2020.Extractor.Names;

/// <summary>A body or place the text names that no curated row describes: a record all the same, with what the text gives.</summary>
/// <param name="Kind">The kind of record: <c>agency</c> or <c>place</c>.</param>
/// <param name="Id">The record's id.</param>
/// <param name="Name">The name as the text prints it.</param>
/// <param name="Missing">What a curated row would add, comma-separated (<c>englishName</c>, <c>kind</c>, <c>divisionCode</c>).</param>
public sealed record UncuratedRecord(string Kind, string Id, string Name, string Missing);
