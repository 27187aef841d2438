using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>
/// The JSON property names of one record type, in the order the generator writes them (the order the
/// properties are declared in). A record reader switches on the index a name has here.
/// </summary>
internal sealed class PropertyNames
{
    private readonly string[] names;
    private readonly byte[][] utf8Names;

    /// <param name="typeName">The record type, for error messages.</param>
    /// <param name="names">The camel-case JSON names, at most 64.</param>
    public PropertyNames(string typeName, params string[] names)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(names.Length, 64);
        TypeName = typeName;
        this.names = names;
        utf8Names = [.. names.Select(Encoding.UTF8.GetBytes)];
        AllSeen = names.Length == 64 ? ulong.MaxValue : (1UL << names.Length) - 1;
    }

    /// <summary>The record type's name.</summary>
    public string TypeName { get; }

    /// <summary>The bit set with one bit per property, all set.</summary>
    public ulong AllSeen { get; }

    /// <summary>The JSON name at an index.</summary>
    public string this[int index] => names[index];

    /// <summary>Every name, for messages.</summary>
    public string List => string.Join(", ", names);

    /// <summary>
    /// The index of the property name the reader is on, or -1. The generator writes properties in
    /// declaration order, so the expected index is tried first and the match is usually immediate.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(ref Utf8JsonReader json, int expected)
    {
        // Inlined into the reader's loop; the search is the rare path.
        var utf8 = utf8Names;
        return (uint)expected < (uint)utf8.Length && !json.ValueIsEscaped && json.ValueSpan.SequenceEqual(utf8[expected])
            ? expected
            : Search(ref json);
    }

    private int Search(ref Utf8JsonReader json)
    {
        if (json.ValueIsEscaped)
        {
            return Array.IndexOf(names, json.GetString());
        }

        var name = json.ValueSpan;
        for (var i = 0; i < utf8Names.Length; i++)
        {
            if (name.SequenceEqual(utf8Names[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
