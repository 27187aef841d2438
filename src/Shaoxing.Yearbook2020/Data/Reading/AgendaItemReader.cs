using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads an <see cref="AgendaItem"/> from its JSON object (every property present, in any order).</summary>
internal static class AgendaItemReader
{
    private static readonly PropertyNames Properties = new(
        nameof(AgendaItem),
        "id",
        "sequence",
        "kind",
        "otherKinds",
        "subject",
        "documents",
        "presenters",
        "text",
        "duplicateOf",
        "source");

    /// <summary>Reads one AgendaItem; the reader is on its <c>{</c>.</summary>
    public static AgendaItem Read(ref DataReader reader)
    {
        string? id = null;
        int sequence = default;
        AgendaItemKind kind = default;
        ImmutableArray<AgendaItemKind> otherKinds = default;
        string? subject = null;
        ImmutableArray<string> documents = default;
        ImmutableArray<Presenter> presenters = default;
        string? text = null;
        string? duplicateOf = null;
        SourceSpan? source = null;
        var scope = reader.StartObject(Properties);
        while (reader.NextProperty(ref scope))
        {
            switch (scope.Current)
            {
                case 0: // id
                    id = reader.String();
                    break;
                case 1: // sequence
                    sequence = reader.Int32();
                    break;
                case 2: // kind
                    kind = reader.Enum(DataEnums.AgendaItemKinds);
                    break;
                case 3: // otherKinds
                    otherKinds = reader.EnumArray(DataEnums.AgendaItemKinds);
                    break;
                case 4: // subject
                    subject = reader.String();
                    break;
                case 5: // documents
                    documents = reader.StringArray();
                    break;
                case 6: // presenters
                    presenters = reader.Array(PresenterReader.Read);
                    break;
                case 7: // text
                    text = reader.String();
                    break;
                case 8: // duplicateOf
                    duplicateOf = reader.NullableString();
                    break;
                case 9: // source
                    source = SourceSpanReader.Read(ref reader);
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new AgendaItem
        {
            Id = id!,
            Sequence = sequence,
            Kind = kind,
            OtherKinds = otherKinds,
            Subject = subject!,
            Documents = documents,
            Presenters = presenters,
            Text = text!,
            DuplicateOf = duplicateOf,
            Source = source!,
        };
    }
}
