namespace Shaoxing.Yearbook2020.Extractor.Places;

/// <summary>
/// Finds the known places in a text by full name or alias, the longest name first at each position
/// (绍兴市 rather than 绍兴), without overlaps.
/// </summary>
internal sealed class PlaceNames
{
    private readonly Dictionary<char, List<(string Written, string Key)>> byFirstCharacter = [];

    /// <param name="names">Every way a place is written (name or alias) with the key to report for it.</param>
    public PlaceNames(IEnumerable<(string Written, string Key)> names)
    {
        foreach (var (written, key) in names.Where(n => n.Written.Length > 0))
        {
            if (!byFirstCharacter.TryGetValue(written[0], out var list))
            {
                byFirstCharacter[written[0]] = list = [];
            }

            list.Add((written, key));
        }

        foreach (var list in byFirstCharacter.Values)
        {
            list.Sort((a, b) => b.Written.Length != a.Written.Length
                ? b.Written.Length.CompareTo(a.Written.Length)
                : string.CompareOrdinal(a.Written, b.Written));
        }
    }

    /// <summary>Every place named in a text, in text order.</summary>
    public IEnumerable<PlaceOccurrence> In(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var match = byFirstCharacter.TryGetValue(text[i], out var candidates)
                ? candidates.FirstOrDefault(c => string.CompareOrdinal(text, i, c.Written, 0, c.Written.Length) == 0)
                : default;
            if (match.Written is null)
            {
                i++;
                continue;
            }

            yield return new PlaceOccurrence(i, match.Written.Length, match.Key);
            i += match.Written.Length;
        }
    }
}
