using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Places;

/// <summary>
/// One run of repaired text the places are looked for in (an entry's heading or text, a caption, a table's
/// title or row), with the way back from a position in it to the seed lines it was printed on.
/// </summary>
/// <param name="Text">The repaired text; table cells are joined by a tab, so no name runs across two cells.</param>
/// <param name="EntryId">The entry the text belongs to, or null for a caption or a table.</param>
/// <param name="SourceOf">The seed span of a range (start, length) of the text.</param>
internal sealed record TextUnit(string Text, string? EntryId, Func<int, int, SourceSpan> SourceOf);
