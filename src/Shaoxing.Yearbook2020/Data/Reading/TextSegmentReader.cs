using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads a <see cref="TextSegment"/> from its JSON object (every property present, in any order).</summary>
internal static class TextSegmentReader
{
    private static readonly PropertyNames Properties = new(
        nameof(TextSegment),
        "line",
        "start",
        "length");

    /// <summary>Reads one TextSegment; the reader is on its <c>{</c>.</summary>
    public static TextSegment Read(ref DataReader reader)
    {
        int line = default;
        int start = default;
        int length = default;
        var scope = reader.StartObject(Properties);
        while (reader.NextProperty(ref scope))
        {
            switch (scope.Current)
            {
                case 0: // line
                    line = reader.Int32();
                    break;
                case 1: // start
                    start = reader.Int32();
                    break;
                case 2: // length
                    length = reader.Int32();
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new TextSegment
        {
            Line = line,
            Start = start,
            Length = length,
        };
    }
}
