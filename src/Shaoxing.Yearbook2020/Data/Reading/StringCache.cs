using System.Buffers.Binary;
using System.Numerics;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>
/// The short strings already read from one data file, found again by their UTF-8 bytes: a value the file
/// repeats (a role, an agency or entry id, a name, an English title) is transcoded and allocated once and
/// shared by every record that holds it.
/// </summary>
/// <remarks>
/// meetings.json holds 6,896 string values; 6,045 are short enough to be cached, and 861 of those differ.
/// A key is kept as its place in the file (the file stays in memory while it is read), so the cache copies no
/// bytes; it lives as long as one file's reading. An entry is 16 bytes and the table is kept at most three
/// quarters full, so that the table allocates less than the strings it saves (figures.json, whose ids rarely
/// repeat, is the closest). Escaped values and values over <see cref="MaxLength"/> bytes are transcoded every time.
/// </remarks>
internal sealed class StringCache
{
    /// <summary>The longest value, in UTF-8 bytes, that is cached: longer ones (texts, subjects) rarely repeat.</summary>
    public const int MaxLength = 64;

    private const int LengthBits = 7;
    private const uint LengthMask = (1 << LengthBits) - 1;

    private Entry[] entries = new Entry[128];
    private int count;

    /// <summary>The string made before from the same bytes, or <see langword="null"/>.</summary>
    /// <param name="file">The whole file.</param>
    /// <param name="start">Where the value's bytes start in <paramref name="file"/>.</param>
    /// <param name="length">The value's length in bytes, at most <see cref="MaxLength"/>.</param>
    /// <param name="tag">The hash and length of the bytes, for <see cref="Add"/>.</param>
    public string? Find(ReadOnlySpan<byte> file, int start, int length, out uint tag)
    {
        var key = file.Slice(start, length);
        tag = (Hash(key) << LengthBits) | (uint)length;
        var mask = entries.Length - 1;
        for (var slot = (int)(tag >> LengthBits) & mask; entries[slot].Value is { } value; slot = (slot + 1) & mask)
        {
            ref readonly var entry = ref entries[slot];
            if (entry.Tag == tag && file.Slice(entry.Start, length).SequenceEqual(key))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Keeps the string made from bytes that <see cref="Find"/> did not find.</summary>
    /// <param name="start">Where the value's bytes start in the file.</param>
    /// <param name="tag">The tag <see cref="Find"/> gave.</param>
    /// <param name="value">The string.</param>
    public void Add(int start, uint tag, string value)
    {
        if (++count * 4 > entries.Length * 3)
        {
            Grow();
        }

        Insert(entries, new Entry(start, tag, value));
    }

    private static uint Hash(ReadOnlySpan<byte> key)
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

        return (uint)(hash >> (64 - 32 + LengthBits));
    }

    private static void Insert(Entry[] table, Entry entry)
    {
        var mask = table.Length - 1;
        var slot = (int)(entry.Tag >> LengthBits) & mask;
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

    /// <summary>A cached value: where its bytes are, their hash and length (<see cref="LengthMask"/>), and its string.</summary>
    private readonly struct Entry(int start, uint tag, string value)
    {
        public int Start { get; } = start;

        public uint Tag { get; } = tag;

        public string? Value { get; } = value;
    }
}
