using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads an <see cref="Agency"/> from its JSON object (every property present, in any order).</summary>
internal static class AgencyReader
{
    private static readonly PropertyNames Properties = new(
        nameof(Agency),
        "id",
        "name",
        "additionalNames",
        "shortNames",
        "englishName",
        "kind",
        "position",
        "source");

    /// <summary>Reads one Agency; the reader is on its <c>{</c>.</summary>
    public static Agency Read(ref DataReader reader)
    {
        string? id = null;
        string? name = null;
        ImmutableArray<string> additionalNames = default;
        ImmutableArray<string> shortNames = default;
        string? englishName = null;
        AgencyKind kind = default;
        int? position = null;
        SourceSpan? source = null;
        var scope = reader.StartObject(Properties);
        while (reader.NextProperty(ref scope))
        {
            switch (scope.Current)
            {
                case 0: // id
                    id = reader.String();
                    break;
                case 1: // name
                    name = reader.String();
                    break;
                case 2: // additionalNames
                    additionalNames = reader.StringArray();
                    break;
                case 3: // shortNames
                    shortNames = reader.StringArray();
                    break;
                case 4: // englishName
                    englishName = reader.String();
                    break;
                case 5: // kind
                    kind = reader.Enum(DataEnums.AgencyKinds);
                    break;
                case 6: // position
                    position = reader.NullableInt32();
                    break;
                case 7: // source
                    source = SourceSpanReader.Read(ref reader);
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new Agency
        {
            Id = id!,
            Name = name!,
            AdditionalNames = additionalNames,
            ShortNames = shortNames,
            EnglishName = englishName!,
            Kind = kind,
            Position = position,
            Source = source!,
        };
    }
}
