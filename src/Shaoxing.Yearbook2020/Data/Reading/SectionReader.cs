using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads a <see cref="Section"/> from its JSON object (every property present, in any order).</summary>
internal static class SectionReader
{
    private static readonly PropertyNames Properties = new(
        nameof(Section),
        "id",
        "number",
        "title",
        "inferredTitle",
        "provider",
        "providerSource",
        "entryIds",
        "source");

    /// <summary>Reads one Section; the reader is on its <c>{</c>.</summary>
    public static Section Read(ref DataReader reader)
    {
        string? id = null;
        int number = default;
        string? title = null;
        string? inferredTitle = null;
        string? provider = null;
        SourceSpan? providerSource = null;
        ImmutableArray<string> entryIds = default;
        SourceSpan? source = null;
        var scope = reader.StartObject(Properties);
        while (reader.NextProperty(ref scope))
        {
            switch (scope.Current)
            {
                case 0: // id
                    id = reader.String();
                    break;
                case 1: // number
                    number = reader.Int32();
                    break;
                case 2: // title
                    title = reader.NullableString();
                    break;
                case 3: // inferredTitle
                    inferredTitle = reader.NullableString();
                    break;
                case 4: // provider
                    provider = reader.NullableString();
                    break;
                case 5: // providerSource
                    providerSource = reader.Nullable(SourceSpanReader.Read);
                    break;
                case 6: // entryIds
                    entryIds = reader.StringArray();
                    break;
                case 7: // source
                    source = SourceSpanReader.Read(ref reader);
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new Section
        {
            Id = id!,
            Number = number,
            Title = title,
            InferredTitle = inferredTitle,
            Provider = provider,
            ProviderSource = providerSource,
            EntryIds = entryIds,
            Source = source!,
        };
    }
}
