using System.Globalization;

namespace Shaoxing.Yearbook2020.Cli.Rendering;

/// <summary>A count with its noun in the right number: <c>1 person</c>, <c>2 people</c>.</summary>
internal static class Counted
{
    /// <summary>The count followed by the singular noun for one and the plural noun otherwise.</summary>
    public static string Of(int count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);
}
