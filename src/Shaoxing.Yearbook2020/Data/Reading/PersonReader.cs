using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads a <see cref="Person"/> from its JSON object (every property present, in any order).</summary>
internal static class PersonReader
{
    private static readonly PropertyNames Properties = new(
        nameof(Person),
        "id",
        "name",
        "appointments",
        "source");

    /// <summary>Reads one Person; the reader is on its <c>{</c>.</summary>
    public static Person Read(ref DataReader reader)
    {
        string? id = null;
        string? name = null;
        ImmutableArray<Appointment> appointments = default;
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
                case 2: // appointments
                    appointments = reader.Array(AppointmentReader.Read);
                    break;
                case 3: // source
                    source = SourceSpanReader.Read(ref reader);
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new Person
        {
            Id = id!,
            Name = name!,
            Appointments = appointments,
            Source = source!,
        };
    }
}
