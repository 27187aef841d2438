using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Places;

/// <summary>
/// Finds the places named by a longer name built on a known place's name, which have no administrative suffix for
/// <see cref="PlaceFinder"/> to read:
/// <list type="bullet">
/// <item><b>bays</b>: a known place's name or short form followed by 湾 names the bay called after it (杭州湾);</item>
/// <item><b>zones</b>: a development zone or industrial park is a name ending in a zone word (经济技术开发区, 经济开发区,
/// 化工园区, 工业园区) that begins with a chain of known names printed one after the other, with at most a short qualifier
/// between the chain and the zone word (杭州湾上虞经济技术开发区, 嵊州市经济开发区, 杭州湾精细化工园区). As in nesting
/// (诸暨市枫桥镇), an area of the city printed before another known name is the place the zone lies in, not part of its name
/// (上虞 in 上虞杭州湾精细化工园区); otherwise the zone lies in the last area its own name holds.</item>
/// </list>
/// </summary>
internal static class ZoneFinder
{
    /// <summary>What follows a place's name when the name names a bay called after it.</summary>
    private const char BayWord = '湾';

    /// <summary>The words that end the name of a zone, longest first where one ends another.</summary>
    private static readonly string[] ZoneWords = ["经济技术开发区", "经济开发区", "化工园区", "工业园区"];

    /// <summary>The longest qualifier between a zone's place names and its zone word (精细 in 杭州湾精细化工园区).</summary>
    private const int LongestQualifier = 4;

    /// <summary>Characters that join the words of a sentence and so never stand in a qualifier.</summary>
    private const string NotInQualifiers = "在的对为于将把被向从和与及以";

    /// <summary>Finds the bays the texts name.</summary>
    /// <param name="units">The texts.</param>
    /// <param name="writings">Every way a known place is written (full name or short form) with the place's full name.</param>
    /// <returns>The bays, in order of first mention, each once.</returns>
    public static IReadOnlyList<FeatureSighting> Bays(IReadOnlyList<TextUnit> units, IEnumerable<(string Written, string Key)> writings)
    {
        var names = new PlaceNames(writings);
        var bays = new List<FeatureSighting>();
        foreach (var unit in units)
        {
            foreach (var occurrence in names.In(unit.Text))
            {
                var end = occurrence.Start + occurrence.Length;
                if (end < unit.Text.Length && unit.Text[end] == BayWord)
                {
                    var name = unit.Text.Substring(occurrence.Start, occurrence.Length + 1);
                    if (!bays.Exists(b => b.Name == name))
                    {
                        bays.Add(new FeatureSighting(name, PlaceKind.Bay, null));
                    }
                }
            }
        }

        return bays;
    }

    /// <summary>Finds the development zones the texts name.</summary>
    /// <param name="units">The texts.</param>
    /// <param name="writings">Every way a known place (bays included) is written, with the place's full name.</param>
    /// <param name="areas">The full names of the city and its county-level areas: the places a zone can lie in.</param>
    /// <returns>The zones, in order of first mention, each once (with the first enclosing place the text gives).</returns>
    public static IReadOnlyList<FeatureSighting> Zones(
        IReadOnlyList<TextUnit> units, IEnumerable<(string Written, string Key)> writings, IReadOnlySet<string> areas)
    {
        var names = new PlaceNames(writings);
        var zones = new List<FeatureSighting>();
        foreach (var unit in units)
        {
            var text = unit.Text;
            var occurrences = names.In(text).ToList();
            var byEnd = occurrences.ToDictionary(o => o.Start + o.Length);
            var taken = -1;
            for (var i = 0; i < text.Length; i++)
            {
                var word = ZoneWords.FirstOrDefault(w => string.CompareOrdinal(text, i, w, 0, w.Length) == 0);
                if (word is null || i < taken)
                {
                    continue;
                }

                taken = i + word.Length;
                if (ZoneAt(text, i, word, byEnd, areas) is { } zone && !zones.Exists(z => z.Name == zone.Name))
                {
                    zones.Add(zone);
                }
            }
        }

        return zones;
    }

    private static FeatureSighting? ZoneAt(string text, int wordStart, string word, Dictionary<int, PlaceOccurrence> byEnd, IReadOnlySet<string> areas)
    {
        // The qualifier: the fewest characters back to the end of a known name.
        PlaceOccurrence? last = null;
        for (var q = 0; q <= LongestQualifier && wordStart - q > 0; q++)
        {
            if (q > 0 && (!IsHan(text[wordStart - q]) || NotInQualifiers.Contains(text[wordStart - q], StringComparison.Ordinal)))
            {
                break;
            }

            if (byEnd.TryGetValue(wordStart - q, out var occurrence))
            {
                last = occurrence;
                break;
            }
        }

        if (last is not { } end)
        {
            return null;
        }

        // The chain of known names printed one after the other, read back from the last.
        var chain = new List<PlaceOccurrence> { end };
        while (byEnd.TryGetValue(chain[0].Start, out var before))
        {
            chain.Insert(0, before);
        }

        string? parent = null;
        if (chain.Count > 1 && areas.Contains(chain[0].Key))
        {
            parent = chain[0].Key;
            chain.RemoveAt(0);
        }

        parent ??= chain.LastOrDefault(o => areas.Contains(o.Key)).Key;
        var start = chain[0].Start;
        return new FeatureSighting(text[start..(wordStart + word.Length)], PlaceKind.DevelopmentZone, parent);
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';
}
