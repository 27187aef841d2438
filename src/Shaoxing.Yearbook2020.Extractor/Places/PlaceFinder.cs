using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Places;

/// <summary>
/// Finds the places a text names, by the ways a yearbook names them. A name is two characters and an
/// administrative suffix (市, 区, 县, 州, 省, 镇, 街道, 乡); such a shape alone is not enough (听取市, 开发区,
/// 全省 have it too), so a name counts only where one of these families vouches for it:
/// <list type="bullet">
/// <item><b>the areas' table</b>: 表6 lists the city's county-level areas, and its title names the city (绍兴市各地…表);</item>
/// <item><b>nesting</b>: a place printed right after the place it lies in (浙江省绍兴市, 诸暨市枫桥镇, 丽水市景宁县); inside
/// the city, a county-level name must be one of 表6's areas and anything below an area must be a town or subdistrict;</item>
/// <item><b>parties</b>: a place of the same level printed right before a known place (南阳市绍兴市 …协议书);</item>
/// <item><b>government</b>: a name followed by 人民政府 (阿坝州人民政府);</item>
/// <item><b>state</b>: a name right after the name of a state (中华人民共和国浙江省, 大韩民国昌原市);</item>
/// <item><b>partner</b>: 与 + a name + 一起/共同 (与宁波市一起);</item>
/// <item><b>zone</b>: a town or subdistrict in parentheses after a zone of a known area (嵊州市经济开发区(浦口街道)).</item>
/// </list>
/// </summary>
internal static class PlaceFinder
{
    // Longest first, so that 街道 is tried before any one-character suffix.
    private static readonly string[] Suffixes = ["街道", "省", "市", "区", "县", "州", "镇", "乡"];

    // Characters that make general words rather than names when they precede a suffix (全市, 本区, 各县,
    // 市区, 地区, 都市, 八届市 …): a name of this shape never holds them.
    private const string NotNameCharacters = "全本各该两一每市县区省镇乡都地街道届";

    // The endings of states' formal names (中华人民共和国, 大韩民国, 泰王国); 国 alone also ends people's names (孙永国).
    private static readonly string[] States = ["共和国", "民国", "王国"];
    private static readonly string[] GovernmentWords = ["人民政府"];
    private static readonly string[] PartnerBefore = ["与", "同", "和"];
    private static readonly string[] PartnerAfter = ["一起", "共同"];
    private const int ZoneReach = 12;

    /// <summary>The name-shaped token starting at a position, if any.</summary>
    public static PlaceToken? TokenAt(string text, int start)
    {
        if (start < 0 || start + 2 >= text.Length || !IsNameCharacter(text[start]) || !IsNameCharacter(text[start + 1]))
        {
            return null;
        }

        foreach (var suffix in Suffixes)
        {
            if (string.CompareOrdinal(text, start + 2, suffix, 0, suffix.Length) == 0)
            {
                return new PlaceToken(start, text.Substring(start, 2 + suffix.Length), suffix);
            }
        }

        return null;
    }

    /// <summary>Finds every place the texts name.</summary>
    /// <param name="units">The texts.</param>
    /// <param name="city">The city, from 表6's title.</param>
    /// <param name="areas">The county-level areas of the city, from 表6's rows.</param>
    /// <returns>One sighting per place, keyed by name: the first that gives an enclosing place, else the first.</returns>
    public static Dictionary<string, PlaceSighting> Find(IReadOnlyList<TextUnit> units, PlaceToken city, IReadOnlyList<PlaceToken> areas)
    {
        var found = new Dictionary<string, PlaceSighting>(StringComparer.Ordinal)
        {
            [city.Name] = new(city, null, "the areas' table"),
        };
        foreach (var area in areas)
        {
            found[area.Name] = new(area, city.Name, "the areas' table");
        }

        var areaNames = areas.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);

        // The parties family depends on what the others found, so run until nothing new turns up.
        int before;
        do
        {
            before = found.Count + found.Values.Count(s => s.ParentName is not null);
            foreach (var unit in units)
            {
                var text = unit.Text;
                for (var i = 0; i < text.Length; i++)
                {
                    if (TokenAt(text, i) is not { } token)
                    {
                        continue;
                    }

                    foreach (var sighting in Sightings(text, token, found, city.Name, areaNames))
                    {
                        Add(found, sighting);
                    }
                }
            }
        }
        while (found.Count + found.Values.Count(s => s.ParentName is not null) != before);

        return found;
    }

    private static IEnumerable<PlaceSighting> Sightings(
        string text, PlaceToken token, Dictionary<string, PlaceSighting> found, string city, HashSet<string> areas)
    {
        if (TokenAt(text, token.End) is { } next)
        {
            if (next.Rank > token.Rank && Nests(token, next, city, areas))
            {
                yield return new(token, null, "nesting");
                yield return new(next, token.Name, "nesting");
            }
            else if (next.Suffix == token.Suffix && found.ContainsKey(next.Name) && !found.ContainsKey(token.Name))
            {
                yield return new(token, null, "parties");
            }
        }

        if (GovernmentWords.Any(w => string.CompareOrdinal(text, token.End, w, 0, w.Length) == 0))
        {
            yield return new(token, null, "government");
        }

        if (States.Any(s => EndsBefore(text, token.Start, s)))
        {
            yield return new(token, null, "state");
        }

        if (PartnerBefore.Any(w => EndsBefore(text, token.Start, w))
            && PartnerAfter.Any(w => string.CompareOrdinal(text, token.End, w, 0, w.Length) == 0))
        {
            yield return new(token, null, "partner");
        }

        if (token.IsTownLevel && token.Start > 0 && token.End < text.Length && text[token.Start - 1] is '(' or '（' && text[token.End] is ')' or '）'
            && ZoneOwner(text, token.Start - 1, found) is { } owner)
        {
            yield return new(token, owner, "zone");
        }
    }

    /// <summary>Whether a place printed after another lies in it: inside the city, only its areas and, below them, towns.</summary>
    private static bool Nests(PlaceToken outer, PlaceToken inner, string city, HashSet<string> areas)
    {
        if (outer.Name == city)
        {
            return inner.IsTownLevel || areas.Contains(inner.Name);
        }

        return !areas.Contains(outer.Name) || inner.IsTownLevel;
    }

    /// <summary>The known area a zone printed just before a parenthesis begins with (嵊州市经济开发区 → 嵊州市).</summary>
    private static string? ZoneOwner(string text, int parenthesis, Dictionary<string, PlaceSighting> found)
    {
        var from = Math.Max(0, parenthesis - ZoneReach);
        for (var i = parenthesis - 1; i >= from && text[i] is >= '\u4e00' and <= '\u9fff'; i--)
        {
            if (TokenAt(text, i) is { } token && found.TryGetValue(token.Name, out var known) && known.Token.Rank is 1 or 2)
            {
                return token.Name;
            }
        }

        return null;
    }

    private static void Add(Dictionary<string, PlaceSighting> found, PlaceSighting sighting)
    {
        if (!found.TryGetValue(sighting.Token.Name, out var existing) || (existing.ParentName is null && sighting.ParentName is not null))
        {
            found[sighting.Token.Name] = sighting;
        }
    }

    private static bool EndsBefore(string text, int position, string word) =>
        position >= word.Length && string.CompareOrdinal(text, position - word.Length, word, 0, word.Length) == 0;

    private static bool IsNameCharacter(char c) => c is >= '\u4e00' and <= '\u9fff' && !NotNameCharacters.Contains(c, StringComparison.Ordinal);

    /// <summary>The kind of a found place: the city and its areas by their role, the others by suffix and enclosing place.</summary>
    public static PlaceKind KindOf(PlaceSighting sighting, string city, IReadOnlySet<string> areas, Func<string, PlaceToken?> tokenOf)
    {
        var token = sighting.Token;
        if (token.Name == city)
        {
            return PlaceKind.City;
        }

        return token.Suffix switch
        {
            "省" => PlaceKind.Province,
            "州" => PlaceKind.AutonomousPrefecture,
            "镇" => PlaceKind.Town,
            "街道" => PlaceKind.Subdistrict,
            "乡" => PlaceKind.Township,
            "区" => PlaceKind.District,
            "县" => PlaceKind.County,
            _ => areas.Contains(token.Name) || (sighting.ParentName is { } parent && tokenOf(parent)?.Rank == 1)
                ? PlaceKind.CountyLevelCity
                : PlaceKind.OtherCity,
        };
    }
}
