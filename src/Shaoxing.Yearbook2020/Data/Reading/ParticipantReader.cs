using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads a <see cref="Participant"/> from its JSON object (every property present, in any order).</summary>
internal static class ParticipantReader
{
    private static readonly PropertyNames Properties = new(
        nameof(Participant),
        "name",
        "role",
        "title",
        "agencyId",
        "source");

    /// <summary>Reads one Participant; the reader is on its <c>{</c>.</summary>
    public static Participant Read(ref DataReader reader)
    {
        string? name = null;
        string? role = null;
        string? title = null;
        string? agencyId = null;
        SourceSpan? source = null;
        var scope = reader.StartObject(Properties);
        while (reader.NextProperty(ref scope))
        {
            switch (scope.Current)
            {
                case 0: // name
                    name = reader.String();
                    break;
                case 1: // role
                    role = reader.String();
                    break;
                case 2: // title
                    title = reader.String();
                    break;
                case 3: // agencyId
                    agencyId = reader.String();
                    break;
                case 4: // source
                    source = SourceSpanReader.Read(ref reader);
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new Participant
        {
            Name = name!,
            Role = role!,
            Title = title!,
            AgencyId = agencyId!,
            Source = source!,
        };
    }
}
