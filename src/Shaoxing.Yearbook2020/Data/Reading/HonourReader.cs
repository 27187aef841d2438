using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads a <see cref="Honour"/> from its JSON object (every property present, in any order).</summary>
internal static class HonourReader
{
    private static readonly PropertyNames Properties = new(
        nameof(Honour),
        "id",
        "title",
        "level",
        "recipientKind",
        "recipient",
        "affiliation",
        "nominator",
        "group",
        "rank",
        "cohortSize",
        "conferrer",
        "date",
        "isProposal",
        "source",
        "mentions");

    /// <summary>Reads one Honour; the reader is on its <c>{</c>.</summary>
    public static Honour Read(ref DataReader reader)
    {
        string? id = null;
        string? title = null;
        HonourLevel level = default;
        RecipientKind recipientKind = default;
        string? recipient = null;
        string? affiliation = null;
        string? nominator = null;
        string? group = null;
        string? rank = null;
        int? cohortSize = null;
        string? conferrer = null;
        DateOnly? date = null;
        bool isProposal = default;
        SourceSpan? source = null;
        ImmutableArray<SourceSpan> mentions = default;
        var scope = reader.StartObject(Properties);
        while (reader.NextProperty(ref scope))
        {
            switch (scope.Current)
            {
                case 0: // id
                    id = reader.String();
                    break;
                case 1: // title
                    title = reader.String();
                    break;
                case 2: // level
                    level = reader.Enum(DataEnums.HonourLevels);
                    break;
                case 3: // recipientKind
                    recipientKind = reader.Enum(DataEnums.RecipientKinds);
                    break;
                case 4: // recipient
                    recipient = reader.NullableString();
                    break;
                case 5: // affiliation
                    affiliation = reader.NullableString();
                    break;
                case 6: // nominator
                    nominator = reader.NullableString();
                    break;
                case 7: // group
                    group = reader.NullableString();
                    break;
                case 8: // rank
                    rank = reader.NullableString();
                    break;
                case 9: // cohortSize
                    cohortSize = reader.NullableInt32();
                    break;
                case 10: // conferrer
                    conferrer = reader.NullableString();
                    break;
                case 11: // date
                    date = reader.NullableDate();
                    break;
                case 12: // isProposal
                    isProposal = reader.Boolean();
                    break;
                case 13: // source
                    source = SourceSpanReader.Read(ref reader);
                    break;
                case 14: // mentions
                    mentions = reader.Array(SourceSpanReader.Read);
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new Honour
        {
            Id = id!,
            Title = title!,
            Level = level,
            RecipientKind = recipientKind,
            Recipient = recipient,
            Affiliation = affiliation,
            Nominator = nominator,
            Group = group,
            Rank = rank,
            CohortSize = cohortSize,
            Conferrer = conferrer,
            Date = date,
            IsProposal = isProposal,
            Source = source!,
            Mentions = mentions,
        };
    }
}
