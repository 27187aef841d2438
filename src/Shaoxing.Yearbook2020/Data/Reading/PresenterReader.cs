using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads a <see cref="Presenter"/> from its JSON object (every property present, in any order).</summary>
internal static class PresenterReader
{
    private static readonly PropertyNames Properties = new(
        nameof(Presenter),
        "name",
        "role",
        "title",
        "agencyId",
        "posts",
        "subject");

    /// <summary>Reads one Presenter; the reader is on its <c>{</c>.</summary>
    public static Presenter Read(ref DataReader reader)
    {
        string? name = null;
        string? role = null;
        string? title = null;
        string? agencyId = null;
        ImmutableArray<Post> posts = default;
        string? subject = null;
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
                case 4: // posts
                    posts = reader.Array(PostReader.Read);
                    break;
                case 5: // subject
                    subject = reader.NullableString();
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new Presenter
        {
            Name = name!,
            Role = role!,
            Title = title!,
            AgencyId = agencyId!,
            Posts = posts,
            Subject = subject,
        };
    }
}
