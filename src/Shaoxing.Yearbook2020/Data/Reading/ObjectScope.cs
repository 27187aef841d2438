namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>
/// Where a record reader is inside one JSON object: which properties it has seen (one bit each, to
/// refuse duplicates and missing properties) and which one it is on.
/// </summary>
internal struct ObjectScope
{
    public ObjectScope(PropertyNames names, long start)
    {
        Names = names;
        Start = start;
        Current = -1;
    }

    /// <summary>The record type's property names.</summary>
    public PropertyNames Names { get; }

    /// <summary>The byte offset of the object's <c>{</c>, where a missing property is reported.</summary>
    public long Start { get; }

    /// <summary>The index in <see cref="Names"/> of the property whose value the reader is on.</summary>
    public int Current { get; set; }

    /// <summary>The properties seen so far, one bit per index.</summary>
    public ulong Seen { get; set; }
}
