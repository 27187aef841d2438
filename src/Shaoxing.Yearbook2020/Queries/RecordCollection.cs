using System.Collections;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>
/// A read-only, indexed list of records with lookup by id. It implements only read-only
/// interfaces, and its storage is immutable, so no caller can change the shared data.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
/// <remarks>Lookups by id are O(1) through a frozen dictionary built once, on the first lookup. Thread-safe.</remarks>
public class RecordCollection<T> : IReadOnlyList<T>
    where T : class
{
    private readonly ImmutableArray<T> items;
    private readonly Func<T, string> idOf;
    private readonly Lazy<FrozenDictionary<string, T>> byId;

    internal RecordCollection(ImmutableArray<T> items, Func<T, string> idOf)
    {
        this.items = items;
        this.idOf = idOf;
        byId = new(() => items.ToFrozenDictionary(idOf, StringComparer.Ordinal));
    }

    /// <summary>The number of records.</summary>
    /// <value>A count.</value>
    public int Count => items.Length;

    /// <summary>The record at a position, in text order.</summary>
    /// <param name="index">A 0-based position.</param>
    /// <returns>The record.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public T this[int index] => items[index];

    /// <summary>The records as an immutable array (no copy is made).</summary>
    /// <returns>The records in text order.</returns>
    public ImmutableArray<T> ToImmutableArray() => items;

    /// <summary>Finds a record by its id.</summary>
    /// <param name="id">The id, compared ordinally once surrounding whitespace is removed (as every id parameter is).</param>
    /// <returns>The record, or <see langword="null"/> if no record has that id. An empty or whitespace id is
    /// no record's id, so it gives <see langword="null"/> too: <c>Find</c> is the total lookup that resolves
    /// the references inside the data, and never throws for a string.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public T? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return byId.Value.GetValueOrDefault(id.Trim());
    }

    /// <summary>
    /// What makes a key of this collection ambiguous (two records with one id, and in subclasses two
    /// meetings with one number …), or <see langword="null"/>. <see cref="Yearbook.Load(string)"/> asks this up
    /// front: the indexes are built on first use, and keep the first record for a key rather than fail there.
    /// </summary>
    internal virtual string? KeyConflict() => TryFindDuplicate(idOf, out var id) ? $"two records have the id '{id}'." : null;

    /// <summary>
    /// Counts the records a filter of a consistency rule's record-count operand selects; each collection
    /// says which filters it knows (a meeting kind, a section id, a title's words …).
    /// </summary>
    /// <param name="filter">The operand's filter, never null.</param>
    /// <returns>The count, or <see langword="null"/> when this kind has no filters or not this one.</returns>
    internal virtual int? CountMatching(string filter) => null;

    /// <summary>Finds the first key that two records share.</summary>
    private protected bool TryFindDuplicate<TKey>(Func<T, TKey> keyOf, out TKey duplicate)
        where TKey : notnull
    {
        var seen = new HashSet<TKey>();
        foreach (var record in items)
        {
            duplicate = keyOf(record);
            if (!seen.Add(duplicate))
            {
                return true;
            }
        }

        duplicate = default!;
        return false;
    }

    /// <summary>Enumerates the records in text order.</summary>
    /// <returns>An enumerator.</returns>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
