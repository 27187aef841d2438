using System.Collections.Frozen;
using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Names;

/// <summary>
/// Finds the whole names of bodies, people and places in a text: at each position the longest known name wins (绍兴市应急管理局
/// rather than 绍兴市), and a name the following characters extend into a longer body word names nothing.
/// </summary>
/// <remarks>
/// What extends a name is read from the data, not listed per line: a body word is a two-character word the text uses
/// as a common noun for bodies after 有关, 相关 or 各 (部门, 单位), so 应急管理部 in 应急管理部门 is no ministry; and a body
/// ending is the last two characters of a known body's full name (公司, 学院, 协会 …), so 浙江 at the head of
/// 浙江裕源建材有限公司 is no province: the run after the name up to the next stop (a character that is not Chinese, or
/// another known name) ends in a body ending. A place's name followed by 湾, 港 or 岛 names a bay, port or island
/// called after it (杭州湾), not the place.
/// </remarks>
public sealed class NameIndex
{
    /// <summary>The longest run after a place's name that is taken as the rest of one body's name.</summary>
    private const int LongestBodyRest = 14;

    /// <summary>The words after which the text names bodies by a common noun (有关部门, 相关单位, 各部门).</summary>
    private static readonly string[] Leads = ["有关", "相关", "各"];

    /// <summary>What cannot stand in the rest of a body's name after its place: words that join or govern the words of a
    /// sentence (a run that holds one, 绍兴市在全国示范型…中心, is a sentence), and the suffixes of places (a run that holds
    /// one, 杭州都市区杭绍主中心, names an area, not a body).</summary>
    private static readonly FrozenSet<char> NotInNames = "在的对为于将把被向从市区县省".ToFrozenSet();

    /// <summary>What a place's name goes on into when it names a geographic feature called after the place, not the
    /// place: a bay, a port, an island (杭州湾 is the bay, not the city of 杭州).</summary>
    private static readonly FrozenSet<char> FeatureSuffixes = "湾港岛".ToFrozenSet();

    private readonly FrozenDictionary<char, ImmutableArray<KnownName>> byFirstCharacter;
    private readonly FrozenSet<string> bodyWords;
    private readonly FrozenSet<string> bodyEndings;

    /// <summary>Creates the index.</summary>
    /// <param name="names">Every known way of writing a body, person or place.</param>
    /// <param name="texts">The texts of the chapter, where the body words are read from.</param>
    public NameIndex(IEnumerable<KnownName> names, IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(texts);
        var all = names.Where(n => n.Written.Length > 1).DistinctBy(n => n.Written, StringComparer.Ordinal).ToList();
        byFirstCharacter = all.GroupBy(n => n.Written[0])
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(n => n.Written.Length).ThenBy(n => n.Written, StringComparer.Ordinal).ToImmutableArray());
        bodyEndings = all.Where(n => n.Kind == NamedRecordKind.Agency && n.Written.Length > 3)
            .Select(n => n.Written[^2..]).ToFrozenSet(StringComparer.Ordinal);
        bodyWords = BodyWords(texts).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The body words a text uses: the two characters after 有关, 相关 or 各 (有关部门, 相关单位). Only a word
    /// whose first character ends a known name matters (部门 after 应急管理部), so the other words read here (各级,
    /// 相关领导) are harmless.</summary>
    internal static IEnumerable<string> BodyWords(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            foreach (var lead in Leads)
            {
                for (var i = text.IndexOf(lead, StringComparison.Ordinal); i >= 0; i = text.IndexOf(lead, i + 1, StringComparison.Ordinal))
                {
                    var at = i + lead.Length;
                    if (at + 2 <= text.Length && IsHan(text[at]) && IsHan(text[at + 1]))
                    {
                        yield return text.Substring(at, 2);
                    }
                }
            }
        }
    }

    /// <summary>Every whole name in a text, in text order, without overlaps.</summary>
    /// <param name="text">A text of a record.</param>
    /// <returns>The names found.</returns>
    public IEnumerable<NameOccurrence> In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (start, match) in LongestMatches(text))
        {
            if (!ExtendsIntoBody(text, match, start + match.Written.Length))
            {
                yield return new NameOccurrence(start, match);
            }
        }
    }

    /// <summary>The longest known name at each place of a text, scanning on after each one: no two overlap.</summary>
    private IEnumerable<(int Start, KnownName Match)> LongestMatches(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (Longest(text, i) is { } match)
            {
                yield return (i, match);
                i += match.Written.Length;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>The rest of a body's name that a place's name begins, where the text goes on into one (浙江 + 裕源建材有限公司):
    /// a run of Chinese characters up to the next known name, without a word that cannot stand inside a name (在, 的 …),
    /// that ends as a known body's name ends and where a stop, or another known name, follows.</summary>
    /// <param name="text">The text.</param>
    /// <param name="end">Where the place's name ends.</param>
    /// <returns>The length of the rest, or 0.</returns>
    internal int BodyRestAfter(string text, int end)
    {
        var rest = 0;
        for (var k = end; k < text.Length && k - end < LongestBodyRest && IsHan(text[k]) && !NotInNames.Contains(text[k]); k++)
        {
            if (k > end && Longest(text, k) is not null)
            {
                break;
            }

            if (k - end >= 1 && bodyEndings.Contains(text.Substring(k - 1, 2))
                && (k + 1 == text.Length || !IsHan(text[k + 1]) || Longest(text, k + 1) is not null))
            {
                rest = k + 1 - end;
            }
        }

        return rest;
    }

    /// <summary>The names of bodies no known name covers that begin with a place's name (柯桥区蓝天救援中心): the place and
    /// the rest <see cref="BodyRestAfter"/> reads, where the place does not itself go on from a longer name (浙江 in
    /// 中国移动通讯集团浙江有限公司, after a body ending).</summary>
    /// <param name="text">A text.</param>
    /// <returns>Where each name starts, and the name.</returns>
    public IEnumerable<(int Start, string Name, KnownName Place)> UnknownBodies(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (i, match) in LongestMatches(text))
        {
            var end = i + match.Written.Length;
            if (match.Kind == NamedRecordKind.Place && BodyRestAfter(text, end) is > 0 and var rest
                && !(i >= 2 && bodyEndings.Contains(text.Substring(i - 2, 2))))
            {
                yield return (i, text.Substring(i, end - i + rest), match);
            }
        }
    }

    private bool ExtendsIntoBody(string text, KnownName match, int end)
    {
        if (end < text.Length && bodyWords.Contains(string.Concat(match.Written[^1], text[end])))
        {
            return true;
        }

        return match.Kind == NamedRecordKind.Place
            && ((end < text.Length && FeatureSuffixes.Contains(text[end])) || BodyRestAfter(text, end) > 0);
    }

    private KnownName? Longest(string text, int at)
    {
        if (!byFirstCharacter.TryGetValue(text[at], out var candidates))
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            if (string.CompareOrdinal(text, at, candidate.Written, 0, candidate.Written.Length) == 0)
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';
}
