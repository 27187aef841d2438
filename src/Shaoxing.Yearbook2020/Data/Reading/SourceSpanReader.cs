using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads a <see cref="SourceSpan"/> from its JSON object (every property present, in any order).</summary>
internal static class SourceSpanReader
{
    private static readonly PropertyNames Properties = new(
        nameof(SourceSpan),
        "line",
        "endLine",
        "entryId");

    /// <summary>Reads one SourceSpan; the reader is on its <c>{</c>.</summary>
    public static SourceSpan Read(ref DataReader reader)
    {
        int line = default;
        int endLine = default;
        string? entryId = null;
        var scope = reader.StartObject(Properties);
        while (reader.NextProperty(ref scope))
        {
            switch (scope.Current)
            {
                case 0: // line
                    line = reader.Int32();
                    break;
                case 1: // endLine
                    endLine = reader.Int32();
                    break;
                case 2: // entryId
                    entryId = reader.NullableString();
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new SourceSpan
        {
            Line = line,
            EndLine = endLine,
            EntryId = entryId,
        };
    }
}
