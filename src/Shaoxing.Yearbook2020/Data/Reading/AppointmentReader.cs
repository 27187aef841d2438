using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads an <see cref="Appointment"/> from its JSON object (every property present, in any order).</summary>
internal static class AppointmentReader
{
    private static readonly PropertyNames Properties = new(
        nameof(Appointment),
        "role",
        "title",
        "agencyId",
        "firstSeen",
        "lastSeen",
        "meetingIds",
        "sources");

    /// <summary>Reads one Appointment; the reader is on its <c>{</c>.</summary>
    public static Appointment Read(ref DataReader reader)
    {
        string? role = null;
        string? title = null;
        string? agencyId = null;
        DateOnly firstSeen = default;
        DateOnly lastSeen = default;
        ImmutableArray<string> meetingIds = default;
        ImmutableArray<SourceSpan> sources = default;
        var scope = reader.StartObject(Properties);
        while (reader.NextProperty(ref scope))
        {
            switch (scope.Current)
            {
                case 0: // role
                    role = reader.String();
                    break;
                case 1: // title
                    title = reader.String();
                    break;
                case 2: // agencyId
                    agencyId = reader.String();
                    break;
                case 3: // firstSeen
                    firstSeen = reader.Date();
                    break;
                case 4: // lastSeen
                    lastSeen = reader.Date();
                    break;
                case 5: // meetingIds
                    meetingIds = reader.StringArray();
                    break;
                case 6: // sources
                    sources = reader.Array(SourceSpanReader.Read);
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new Appointment
        {
            Role = role!,
            Title = title!,
            AgencyId = agencyId!,
            FirstSeen = firstSeen,
            LastSeen = lastSeen,
            MeetingIds = meetingIds,
            Sources = sources,
        };
    }
}
