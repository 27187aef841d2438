using System.Collections.Frozen;
using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>The bodies of the text, with lookup by any of their names.</summary>
/// <remarks>Read-only and thread-safe; the name indexes are built once, when a query first needs them.</remarks>
public sealed class AgencyCollection : RecordCollection<Agency>
{
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<Agency>>> byName;
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<Agency>>> byLooseName;
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<Agency>>> byEnglishName;
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<Agency>>.AlternateLookup<ReadOnlySpan<char>>> byLooseSpan;
    private readonly Lazy<ImmutableArray<Agency>> listed;
    private readonly Lazy<FrozenDictionary<AgencyKind, ImmutableArray<Agency>>> byKind;

    internal AgencyCollection(ImmutableArray<Agency> agencies)
        : base(agencies, a => a.Id)
    {
        var names = agencies
            .SelectMany(a => a.AdditionalNames.Concat(a.ShortNames).Prepend(a.Name).Select(n => (Name: n, Agency: a)))
            .ToList();
        // Every index keeps every body a key fits: a key shared by two bodies is an ambiguous name, reported as such.
        byName = new(() => NameLookup.Group(names, a => a.Id));
        byLooseName = new(() => NameLookup.Group(names.Select(x => (Loose(x.Name), x.Agency)), a => a.Id));
        byLooseSpan = new(() => byLooseName.Value.GetAlternateLookup<ReadOnlySpan<char>>());
        // An English name and a pinyin are both Latin letters: one index, so that a key both fit is said to be ambiguous.
        byEnglishName = new(() => NameLookup.Group(agencies.SelectMany(a => EnglishKeys(a.EnglishName).Concat(PinyinKeys(a)).Select(k => (k, a))), a => a.Id));
        listed = new(() => [.. agencies.Where(a => a.Position is not null).OrderBy(a => a.Position)]);
        byKind = new(() => agencies.GroupBy(a => a.Kind).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray()));
    }

    /// <summary>The 32 bodies of 【市政府机构概况】 (the general office and the 31 working departments), in the listed order.</summary>
    /// <returns>The bodies with a <see cref="Agency.Position"/>, by position.</returns>
    public ImmutableArray<Agency> Listed() => listed.Value;

    /// <summary>The bodies of one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The bodies, in collection order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public ImmutableArray<Agency> OfKind(AgencyKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined agency kind.");
        }

        return byKind.Value.GetValueOrDefault(kind, []);
    }

    /// <summary>
    /// Finds a body by its full name, an additional name (牌子) or a short name: exactly first, then
    /// ignoring spaces and a leading 绍兴市, 绍兴 or 市 (so <c>发改委</c>, <c>市 发改委</c> and
    /// <c>绍兴市发改委</c> all find the development and reform commission); or by its English name in any case, with or
    /// without a leading "Shaoxing Municipal" or "Shaoxing" (<c>Emergency Management Bureau</c> finds 市应急管理局); or by
    /// its full name's <see cref="Agency.Pinyin"/> in any case, with or without spaces and tone marks, and with or
    /// without the leading 绍兴市, 绍兴 or 市 (<c>Shàoxīng Shì Yìngjí Guǎnlǐ Jú</c>, <c>yingjiguanliju</c>).
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns>The body, or <see langword="null"/> when no name matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or only whitespace.</exception>
    /// <exception cref="AmbiguousNameException">The name fits several bodies; the exception lists them.</exception>
    public Agency? FindByName(string name) => NameLookup.Single(name, MatchByName(name), Match);

    /// <summary>Every body a name fits, by the rules of <see cref="FindByName"/>: the bodies of the first rule that
    /// fits any (an exact name, then the loose form, then the English name or the pinyin).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The bodies, in collection order; empty when none fits, two or more when the name is ambiguous.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or only whitespace.</exception>
    public ImmutableArray<Agency> MatchByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (byName.Value.TryGetValue(name, out var exact))
        {
            return exact;
        }

        if (byLooseSpan.Value.TryGetValue(LooseSpan(name), out var loose))
        {
            return loose;
        }

        return byEnglishName.Value.TryGetValue(TextKeys.Latin(name), out var english) ? english : [];
    }

    /// <summary>Finds a body by id first, then by any name (see <see cref="FindByName"/>).</summary>
    /// <param name="idOrName">An <see cref="Agency.Id"/> or a name.</param>
    /// <returns>The body, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="idOrName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="idOrName"/> is empty or only whitespace.</exception>
    /// <exception cref="AmbiguousNameException">The name fits several bodies; the exception lists them.</exception>
    public Agency? Resolve(string idOrName)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrName);
        return Find(idOrName.Trim()) ?? FindByName(idOrName);
    }

    /// <summary>A body as a match of a name.</summary>
    internal static NameMatch Match(Agency agency) =>
        new() { Kind = Data.RecordKindRegistry.Agency, Id = agency.Id, Name = agency.Name, Record = agency };

    /// <summary>The bodies whose names are closest to a text that matched none, for "did you mean" messages.</summary>
    /// <param name="name">The text.</param>
    /// <param name="count">How many to return at most.</param>
    /// <returns>Bodies sharing the most characters with the text (ignoring the 绍兴/市 prefix), best first; empty when none shares any.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or only whitespace.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public ImmutableArray<Agency> ClosestTo(string name, int count = 3)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var wanted = Loose(name).ToHashSet();
        return
        [
            .. this.Select(a => (Agency: a, Score: a.ShortNames.Prepend(a.Name).Max(n => Loose(n).Count(wanted.Contains)), Length: a.Name.Length))
                .Where(x => x.Score > 0)
                .OrderByDescending(x => x.Score)
                .ThenBy(x => x.Length)
                .Take(count)
                .Select(x => x.Agency),
        ];
    }

    private static readonly string[] LoosePrefixes = ["绍兴市", "绍兴", "市"];

    private static string Loose(string name) => LooseSpan(name).ToString();

    /// <summary>The loose form of a name as a span: no allocation unless the name holds whitespace.</summary>
    private static ReadOnlySpan<char> LooseSpan(string name)
    {
        var compact = TextKeys.Compact(name).AsSpan();
        foreach (var prefix in LoosePrefixes)
        {
            if (compact.StartsWith(prefix, StringComparison.Ordinal) && compact.Length > prefix.Length)
            {
                return compact[prefix.Length..];
            }
        }

        return compact;
    }

    private static readonly string[] EnglishPrefixes = ["shaoxingmunicipal", "shaoxing"];

    // The pinyin's key, and the key without the syllables of the prefix the loose form leaves out (绍兴市, 绍兴, 市),
    // as the Chinese is found without it. The pinyin has one syllable per character, so the prefix's characters count
    // its syllables; a name without the prefix has no second key.
    private static IEnumerable<string> PinyinKeys(Agency agency)
    {
        yield return TextKeys.Latin(agency.Pinyin);
        var prefix = LoosePrefixes.FirstOrDefault(p => agency.Name.Length > p.Length && agency.Name.StartsWith(p, StringComparison.Ordinal));
        var syllables = agency.Pinyin.Split(' ');
        if (prefix is not null && syllables.Length > prefix.Length)
        {
            yield return TextKeys.Latin(string.Concat(syllables.Skip(prefix.Length)));
        }
    }

    // The English name's key, and the key without the city it belongs to, as 市 is left out of the Chinese.
    private static IEnumerable<string> EnglishKeys(string englishName)
    {
        var key = TextKeys.Latin(englishName);
        yield return key;
        foreach (var prefix in EnglishPrefixes.Where(p => key.Length > p.Length && key.StartsWith(p, StringComparison.Ordinal)))
        {
            yield return key[prefix.Length..];
        }
    }
}
