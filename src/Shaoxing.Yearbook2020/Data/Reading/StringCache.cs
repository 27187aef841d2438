using System.Buffers.Binary;
using System.Numerics;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>
/// The short strings already read from one data file, found again by their UTF-8 bytes: a value the file
/// repeats (a role, an agency or entry id, a name, an English title) is transcoded and allocated once and
/// shared by every record that holds it.
/// </summary>
/// <remarks>
/// meetings.json holds 6,896 string values of which 1,649 differ (kinds, roles, ids, names, English titles).
/// A key is kept as its place in the file (the file stays in memory while it is read), so the cache copies no
/// bytes; it lives as long as one file's reading. Escaped values and values over <see cref="MaxLength"/> bytes
/// are transcoded every time.
/// </remarks>
internal sealed class StringCache
{
    /// <summary>The longest value, in UTF-8 bytes, that is cached: longer ones (texts, subjects) rarely repeat.</summary>
    public const int MaxLength = 64;

    private Entry[] entries = new Entry[256];
    private int count;

    /// <summary>The string made before from the same bytes, or <see langword="null"/>.</summary>
    /// <param name="file">The whole file.</param>
    /// <param name="start">Where the value's bytes start in <paramref name="file"/>.</param>
    /// <param name="length">The value's length in bytes, at most <see cref="MaxLength"/>.</param>
    /// <param name="hash">The hash of the bytes, for <see cref="Add"/>.</param>
    public string? Find(ReadOnlySpan<byte> file, int start, int length, out int hash)
    {
        var key = file.Slice(start, length);
        hash = Hash(key);
        var mask = entries.Length - 1;
        for (var slot = hash & mask; entries[slot].Value is { } value; slot = (slot + 1) & mask)
        {
            ref readonly var entry = ref entries[slot];
            if (entry.Hash == hash && entry.Length == length && file.Slice(entry.Start, length).SequenceEqual(key))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Keeps the string made from bytes that <see cref="Find"/> did not find.</summary>
    /// <param name="start">Where the value's bytes start in the file.</param>
    /// <param name="length">The value's length in bytes.</param>
    /// <param name="hash">The hash <see cref="Find"/> gave.</param>
    /// <param name="value">The string.</param>
    public void Add(int start, int length, int hash, string value)
    {
        if (++count * 2 > entries.Length)
        {
            Grow();
        }

        Insert(entries, new Entry(start, length, hash, value));
    }

    private static int Hash(ReadOnlySpan<byte> key)
    {
        // Eight bytes a step: the keys are short, and a table of one file's values needs no stronger hash.
        const ulong Multiplier = 0x9E3779B97F4A7C15;
        var hash = (ulong)key.Length * Multiplier;
        var i = 0;
        for (; i + 8 <= key.Length; i += 8)
        {
            hash = (BitOperations.RotateLeft(hash, 23) ^ BinaryPrimitives.ReadUInt64LittleEndian(key[i..])) * Multiplier;
        }

        for (; i < key.Length; i++)
        {
            hash = (BitOperations.RotateLeft(hash, 23) ^ key[i]) * Multiplier;
        }

        return (int)(hash >> 33);
    }

    private static void Insert(Entry[] table, Entry entry)
    {
        var mask = table.Length - 1;
        var slot = entry.Hash & mask;
        while (table[slot].Value is not null)
        {
            slot = (slot + 1) & mask;
        }

        table[slot] = entry;
    }

    private void Grow()
    {
        var old = entries;
        entries = new Entry[old.Length * 2];
        foreach (var entry in old)
        {
            if (entry.Value is not null)
            {
                Insert(entries, entry);
            }
        }
    }

    private readonly struct Entry(int start, int length, int hash, string value)
    {
        public int Start { get; } = start;

        public int Length { get; } = length;

        public int Hash { get; } = hash;

        public string? Value { get; } = value;
    }
}
