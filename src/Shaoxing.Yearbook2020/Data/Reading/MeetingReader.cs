using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads a <see cref="Meeting"/> from its JSON object (every property present, in any order).</summary>
internal static class MeetingReader
{
    private static readonly PropertyNames Properties = new(
        nameof(Meeting),
        "id",
        "kind",
        "term",
        "number",
        "date",
        "chair",
        "speakers",
        "attendees",
        "purpose",
        "agendaItems",
        "lawStudies",
        "activities",
        "source");

    /// <summary>Reads one Meeting; the reader is on its <c>{</c>.</summary>
    public static Meeting Read(ref DataReader reader)
    {
        string? id = null;
        MeetingKind kind = default;
        int term = default;
        int number = default;
        DateOnly date = default;
        Participant? chair = null;
        ImmutableArray<Participant> speakers = default;
        ImmutableArray<Participant> attendees = default;
        string? purpose = null;
        ImmutableArray<AgendaItem> agendaItems = default;
        ImmutableArray<LawStudy> lawStudies = default;
        ImmutableArray<string> activities = default;
        SourceSpan? source = null;
        var scope = reader.StartObject(Properties);
        while (reader.NextProperty(ref scope))
        {
            switch (scope.Current)
            {
                case 0: // id
                    id = reader.String();
                    break;
                case 1: // kind
                    kind = reader.Enum(DataEnums.MeetingKinds);
                    break;
                case 2: // term
                    term = reader.Int32();
                    break;
                case 3: // number
                    number = reader.Int32();
                    break;
                case 4: // date
                    date = reader.Date();
                    break;
                case 5: // chair
                    chair = reader.Nullable(ParticipantReader.Read);
                    break;
                case 6: // speakers
                    speakers = reader.Array(ParticipantReader.Read);
                    break;
                case 7: // attendees
                    attendees = reader.Array(ParticipantReader.Read);
                    break;
                case 8: // purpose
                    purpose = reader.NullableString();
                    break;
                case 9: // agendaItems
                    agendaItems = reader.Array(AgendaItemReader.Read);
                    break;
                case 10: // lawStudies
                    lawStudies = reader.Array(LawStudyReader.Read);
                    break;
                case 11: // activities
                    activities = reader.StringArray();
                    break;
                case 12: // source
                    source = SourceSpanReader.Read(ref reader);
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new Meeting
        {
            Id = id!,
            Kind = kind,
            Term = term,
            Number = number,
            Date = date,
            Chair = chair,
            Speakers = speakers,
            Attendees = attendees,
            Purpose = purpose,
            AgendaItems = agendaItems,
            LawStudies = lawStudies,
            Activities = activities,
            Source = source!,
        };
    }
}
