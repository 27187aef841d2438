using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads an <see cref="Entry"/> from its JSON object (every property present, in any order).</summary>
internal static class EntryReader
{
    private static readonly PropertyNames Properties = new(
        nameof(Entry),
        "id",
        "sectionId",
        "heading",
        "text",
        "segments",
        "source");

    /// <summary>Reads one Entry; the reader is on its <c>{</c>.</summary>
    public static Entry Read(ref DataReader reader)
    {
        string? id = null;
        string? sectionId = null;
        string? heading = null;
        string? text = null;
        ImmutableArray<TextSegment> segments = default;
        SourceSpan? source = null;
        var scope = reader.StartObject(Properties);
        while (reader.NextProperty(ref scope))
        {
            switch (scope.Current)
            {
                case 0: // id
                    id = reader.String();
                    break;
                case 1: // sectionId
                    sectionId = reader.String();
                    break;
                case 2: // heading
                    heading = reader.String();
                    break;
                case 3: // text
                    text = reader.String();
                    break;
                case 4: // segments
                    segments = reader.Array(TextSegmentReader.Read);
                    break;
                case 5: // source
                    source = SourceSpanReader.Read(ref reader);
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new Entry
        {
            Id = id!,
            SectionId = sectionId!,
            Heading = heading!,
            Text = text!,
            Segments = segments,
            Source = source!,
        };
    }
}
