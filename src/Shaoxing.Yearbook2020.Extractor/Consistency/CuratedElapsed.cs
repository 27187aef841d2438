namespace Shaoxing.Yearbook2020.Extractor.Consistency;

/// <summary>An elapsed time as curated: which clock times of an entry's text it runs between, counted in text order,
/// never the times printed, so that a changed time is read and the rule reports its new outcome.</summary>
/// <param name="EntryId">The entry.</param>
/// <param name="From">The earlier clock time's place among the entry's clock times, from 1.</param>
/// <param name="To">The later clock time's place, from 1.</param>
public sealed record CuratedElapsed(string EntryId, int From, int To);
