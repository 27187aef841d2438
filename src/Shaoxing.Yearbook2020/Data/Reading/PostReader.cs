using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads a <see cref="Post"/> from its JSON object (every property present, in any order).</summary>
internal static class PostReader
{
    private static readonly PropertyNames Properties = new(
        nameof(Post),
        "role",
        "title",
        "agencyId");

    /// <summary>Reads one Post; the reader is on its <c>{</c>.</summary>
    public static Post Read(ref DataReader reader)
    {
        string? role = null;
        string? title = null;
        string? agencyId = null;
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
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new Post
        {
            Role = role!,
            Title = title!,
            AgencyId = agencyId!,
        };
    }
}
