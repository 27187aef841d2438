using System.Collections.Immutable;

namespace Shaoxing.Yearbook2020.Extractor.Incidents;

/// <summary>
/// The districts (区、县(市)) of Shaoxing as 表6 names them, and their short forms (柯桥 for 柯桥区):
/// the text's own list of where in the city something can be.
/// </summary>
internal sealed class DistrictNames
{
    private readonly ImmutableArray<string> names;

    public DistrictNames(IEnumerable<string> districts) => names = [.. districts];

    /// <summary>The full district name a place starts with or is the short form of, if any.</summary>
    public string? Resolve(string? place)
    {
        if (string.IsNullOrEmpty(place))
        {
            return null;
        }

        foreach (var name in names)
        {
            if (place.StartsWith(ShortForm(name), StringComparison.Ordinal))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The first district named (in full or short form) anywhere in a text.</summary>
    public string? FirstIn(string text)
    {
        var best = -1;
        string? found = null;
        foreach (var name in names)
        {
            var index = text.IndexOf(ShortForm(name), StringComparison.Ordinal);
            if (index >= 0 && (best < 0 || index < best))
            {
                best = index;
                found = name;
            }
        }

        return found;
    }

    private static string ShortForm(string name) => name.Length > 2 ? name[..^1] : name;
}
