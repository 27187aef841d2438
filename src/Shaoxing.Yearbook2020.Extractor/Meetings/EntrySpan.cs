using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Meetings;

/// <summary>Turns a range of an entry's repaired text into the seed lines it was printed on.</summary>
public static class EntrySpan
{
    /// <summary>The seed span of <c>entry.Text[start..end]</c>.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="start">The first character, 0-based.</param>
    /// <param name="end">One past the last character.</param>
    /// <returns>The lines from the segment holding <paramref name="start"/> to the one holding the last character.</returns>
    public static SourceSpan Of(Entry entry, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.SourceOf(start, Math.Max(0, end - start));
    }
}
