using System.Collections.Frozen;
using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>The places the chapter names, with lookup by name or alias and by enclosing place.</summary>
/// <remarks>Read-only and thread-safe; the indexes are built once, when a query first needs them.</remarks>
public sealed class PlaceCollection : RecordCollection<Place>
{
    // A name may be written with the places that enclose it (绍兴市柯桥区, 浙江省绍兴市).
    private static readonly string[] EnclosingPrefixes = ["浙江省", "绍兴市"];

    private readonly Lazy<FrozenDictionary<string, ImmutableArray<Place>>> byName;
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<Place>>> byEnglishName;
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<Place>>> byParent;

    internal PlaceCollection(ImmutableArray<Place> places)
        : base(places, p => p.Id)
    {
        // A name or alias shared by two places is kept for both: the lookup says it is ambiguous. The name without its
        // suffix is a key only where no place is written so (沙溪 is 沙溪镇's alias before it is anything's stem).
        byName = new(() => NameLookup.Group(
            places.SelectMany(p => p.Aliases.Prepend(p.Name).Select(n => (n, p)))
                .Concat(places.SelectMany(Unsuffixed).Where(x => !places.Any(p => p.Name == x.Name || p.Aliases.Contains(x.Name)))),
            p => p.Id));
        byEnglishName = new(() => NameLookup.Group(places.SelectMany(p => EnglishKeys(p).Select(k => (k, p))), p => p.Id));
        byParent = new(() => places.Where(p => p.ParentId is not null)
            .GroupBy(p => p.ParentId!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal));
    }

    /// <summary>
    /// Finds a place by its full name, an alias or its name without the suffix of its level (诸暨 for 诸暨市), ignoring
    /// spaces and the enclosing 浙江省 or 绍兴市 written before it (so <c>柯桥区</c>, <c>柯桥</c>, <c>柯 桥 区</c> and
    /// <c>绍兴市柯桥区</c> all find 柯桥区); or by its English name in any case, with or without the word for its level
    /// (<c>Keqiao District</c>, <c>keqiao</c>, <c>Zhuji</c>); or in pinyin with the level's own word, in any case, with or
    /// without spaces and tone marks (<c>Kēqiáo Qū</c>, <c>keqiaoqu</c>, <c>Zhuji Shi</c>).
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns>The place, or <see langword="null"/> when no name or alias matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or only whitespace.</exception>
    /// <exception cref="AmbiguousNameException">The name fits several places; the exception lists them.</exception>
    public Place? FindByName(string name) => NameLookup.Single(name, MatchByName(name), Match);

    /// <summary>Every place a name fits, by the rules of <see cref="FindByName"/>: the English or pinyin name first,
    /// else the Chinese name with the enclosing places' names taken off one by one.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The places, in collection order; empty when none fits, two or more when the name is ambiguous.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or only whitespace.</exception>
    public ImmutableArray<Place> MatchByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (byEnglishName.Value.TryGetValue(TextKeys.Latin(name), out var named))
        {
            return named;
        }

        var compact = TextKeys.Compact(name);
        while (true)
        {
            if (byName.Value.TryGetValue(compact, out var found))
            {
                return found;
            }

            var prefix = EnclosingPrefixes.FirstOrDefault(p => compact.Length > p.Length && compact.StartsWith(p, StringComparison.Ordinal));
            if (prefix is null)
            {
                return [];
            }

            compact = compact[prefix.Length..];
        }
    }

    /// <summary>A place as a match of a name.</summary>
    internal static NameMatch Match(Place place) =>
        new() { Kind = Data.RecordKindRegistry.Place, Id = place.Id, Name = place.Name, Record = place };

    /// <summary>Finds a place by id first, then by name or alias (see <see cref="FindByName"/>).</summary>
    /// <param name="idOrName">A <see cref="Place.Id"/> or a name.</param>
    /// <returns>The place, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="idOrName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="idOrName"/> is empty or only whitespace.</exception>
    /// <exception cref="AmbiguousNameException">The name fits several places; the exception lists them.</exception>
    public Place? Resolve(string idOrName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrName);
        return Find(idOrName.Trim()) ?? FindByName(idOrName);
    }

    /// <summary>The places the text names inside a place (the areas of the city, the towns of an area).</summary>
    /// <param name="parentId">The <see cref="Place.Id"/> of the enclosing place.</param>
    /// <returns>The places whose <see cref="Place.ParentId"/> is <paramref name="parentId"/>, in collection order; empty for an unknown id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parentId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="parentId"/> is empty or only whitespace.</exception>
    public ImmutableArray<Place> In(string parentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(parentId);
        return byParent.Value.GetValueOrDefault(parentId.Trim(), []);
    }

    /// <summary>The places of one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The places, in collection order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public ImmutableArray<Place> OfKind(PlaceKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined place kind.");
        }

        return [.. this.Where(p => p.Kind == kind)];
    }

    /// <summary>A place's id and the ids of every place the text names inside it, at any depth.</summary>
    internal FrozenSet<string> SelfAndDescendants(string id)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { id };
        var pending = new Queue<string>([id]);
        while (pending.TryDequeue(out var current))
        {
            foreach (var child in byParent.Value.GetValueOrDefault(current, []))
            {
                if (ids.Add(child.Id))
                {
                    pending.Enqueue(child.Id);
                }
            }
        }

        return ids.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    internal override string? KeyConflict() =>
        base.KeyConflict() ?? (TryFindDuplicate(p => p.Name, out var name) ? $"two places are named '{name}'." : null);

    private static readonly string[] LevelSuffixes = ["市", "区", "县"];

    private static readonly string[] EnglishLevelWords = [" District", " County", " Province", " Town", " Subdistrict", " Township"];

    // A county-level or larger place is also called by its name without 市, 区 or 县 (诸暨 for 诸暨市), when at
    // least two characters remain.
    private static IEnumerable<(string Name, Place Place)> Unsuffixed(Place place) =>
        LevelSuffixes.Where(s => place.Name.Length >= 3 && place.Name.EndsWith(s, StringComparison.Ordinal))
            .Select(s => (place.Name[..^s.Length], place));

    // The pinyin of the Chinese suffixes of levels, so that a place's English name, which is its name in pinyin without
    // tones, gives its full pinyin (Keqiao + 区 → keqiaoqu).
    private static readonly (string Suffix, string Pinyin)[] LevelPinyin =
        [("街道", "jiedao"), ("市", "shi"), ("区", "qu"), ("县", "xian"), ("省", "sheng"), ("镇", "zhen"), ("乡", "xiang")];

    private static IEnumerable<string> EnglishKeys(Place place)
    {
        var stem = place.EnglishName;
        foreach (var word in EnglishLevelWords.Where(w => place.EnglishName.EndsWith(w, StringComparison.Ordinal)))
        {
            stem = place.EnglishName[..^word.Length];
        }

        yield return TextKeys.Latin(place.EnglishName);
        yield return TextKeys.Latin(stem);
        foreach (var (suffix, pinyin) in LevelPinyin.Where(l => place.Name.EndsWith(l.Suffix, StringComparison.Ordinal)).Take(1))
        {
            yield return TextKeys.Latin(stem) + pinyin;
        }
    }
}
