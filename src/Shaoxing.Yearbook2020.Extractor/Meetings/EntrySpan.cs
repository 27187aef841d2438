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
        var first = LineAt(entry, start);
        var last = LineAt(entry, Math.Max(start, end - 1));
        return new SourceSpan { Line = Math.Min(first, last), EndLine = Math.Max(first, last), EntryId = entry.Id };
    }

    private static int LineAt(Entry entry, int index)
    {
        var line = entry.Segments[0].Line;
        foreach (var segment in entry.Segments)
        {
            if (segment.Start > index)
            {
                break;
            }

            line = segment.Line;
        }

        return line;
    }
}
