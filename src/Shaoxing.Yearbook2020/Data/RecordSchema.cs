using System.Collections.Immutable;

namespace Shaoxing.Yearbook2020.Data;

/// <summary>
/// The fields of one record type as the data files hold them, in the files' order: what a program needs to lay the
/// records out as tables (columns, types, units, descriptions, allowed values) without reflecting over the types.
/// </summary>
/// <remarks>Made by the package's source generator from the record types' declarations and XML documentation;
/// <see cref="RecordKind.Schema"/> gives a kind's. Instances are immutable and thread-safe.</remarks>
public sealed class RecordSchema
{
    internal RecordSchema(Type recordType, ImmutableArray<FieldSchema> fields)
    {
        RecordType = recordType;
        Fields = fields;
    }

    /// <summary>The record type.</summary>
    /// <value>A record type of <see cref="Model"/>.</value>
    public Type RecordType { get; }

    /// <summary>The fields, in the order the data files write them.</summary>
    /// <value>One per property a data file holds.</value>
    public ImmutableArray<FieldSchema> Fields { get; }
}
