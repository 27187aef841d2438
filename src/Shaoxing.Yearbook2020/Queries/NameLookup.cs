using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>
/// What the name lookups of bodies, people and places share: the records grouped under each name key, and the one
/// record a name fits or the ambiguity named.
/// </summary>
internal static class NameLookup
{
    /// <summary>The records under each non-empty key, each record once per key, in the order given.</summary>
    /// <param name="keyed">Every key of every record; a record may stand under several keys.</param>
    /// <param name="idOf">A record's id: a record keyed twice under one key (its name and an alias alike) counts once.</param>
    public static FrozenDictionary<string, ImmutableArray<T>> Group<T>(IEnumerable<(string Key, T Record)> keyed, Func<T, string> idOf) =>
        keyed.Where(x => x.Key.Length > 0)
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Record).DistinctBy(idOf, StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);

    /// <summary>The one record a name fits, none, or <see cref="AmbiguousNameException"/> listing the candidates.</summary>
    /// <param name="name">The name asked for, as the caller wrote it.</param>
    /// <param name="matches">Every record the name fits.</param>
    /// <param name="match">A record as a candidate of the exception.</param>
    public static T? Single<T>(string name, ImmutableArray<T> matches, Func<T, NameMatch> match)
        where T : class => matches.Length switch
        {
            0 => null,
            1 => matches[0],
            _ => throw new AmbiguousNameException(name, [.. matches.Select(match)]),
        };
}
