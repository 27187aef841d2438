using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads a <see cref="DataFileInfo"/> from its JSON object (every property present, in any order).</summary>
internal static class DataFileInfoReader
{
    private static readonly PropertyNames Properties = new(
        nameof(DataFileInfo),
        "name",
        "sha256",
        "records");

    /// <summary>Reads one DataFileInfo; the reader is on its <c>{</c>.</summary>
    public static DataFileInfo Read(ref DataReader reader)
    {
        string? name = null;
        string? sha256 = null;
        int records = default;
        var scope = reader.StartObject(Properties);
        while (reader.NextProperty(ref scope))
        {
            switch (scope.Current)
            {
                case 0: // name
                    name = reader.String();
                    break;
                case 1: // sha256
                    sha256 = reader.String();
                    break;
                case 2: // records
                    records = reader.Int32();
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new DataFileInfo
        {
            Name = name!,
            Sha256 = sha256!,
            Records = records,
        };
    }
}
