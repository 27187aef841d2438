namespace Shaoxing.Yearbook2020.Cli;

/// <summary>
/// The names a mistyped command or option was probably meant to be: those within a few edits of it (an edit being a
/// letter added, dropped, changed, or two neighbours swapped, so <c>meetngs</c> is one from <c>meetings</c> and
/// <c>--fromat</c> one from <c>--format</c>), or that begin with it.
/// </summary>
internal static class Suggestions
{
    private const int MostShown = 3;
    private const int ShortestPrefix = 3;

    /// <summary>The names nearest a token, nearest first; empty when none is near.</summary>
    /// <param name="token">What was typed.</param>
    /// <param name="names">The names that would have been accepted there.</param>
    public static IReadOnlyList<string> For(string token, IEnumerable<string> names)
    {
        var typed = token.ToLowerInvariant();
        var bare = typed.TrimStart('-');

        // A third of the name's letters may be wrong, and at least one: "chek" and "meetngs" are found, "frobnicate" is not.
        var allowed = Math.Max(1, bare.Length / 3);
        return [.. names
            .Distinct(StringComparer.Ordinal)
            .Select(name => (Name: name, Distance: Distance(typed, name.ToLowerInvariant())))
            .Where(c => c.Distance <= allowed || (bare.Length >= ShortestPrefix && c.Name.TrimStart('-').StartsWith(bare, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(MostShown)
            .Select(c => c.Name)];
    }

    /// <summary>The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    /// <param name="a">One text.</param>
    /// <param name="b">The other.</param>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
