using System.Collections.Immutable;

namespace Shaoxing.Yearbook2020.Data;

/// <summary>One field of a <see cref="RecordSchema"/>: a property of a record as its data file holds it.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class FieldSchema
{
    private readonly Func<RecordSchema>? record;
    private readonly Func<object, object?> valueOf;

    internal FieldSchema(
        string name,
        string propertyName,
        string type,
        bool isList,
        bool isNullable,
        string description,
        string? unit,
        ImmutableArray<string> allowedValues,
        Func<RecordSchema>? record,
        Func<object, object?> valueOf)
    {
        Name = name;
        PropertyName = propertyName;
        Type = type;
        IsList = isList;
        IsNullable = isNullable;
        Description = description;
        Unit = unit;
        AllowedValues = allowedValues;
        this.record = record;
        this.valueOf = valueOf;
    }

    /// <summary>The field's name in the data files.</summary>
    /// <value>A camelCase name such as <c>placeId</c>.</value>
    public string Name { get; }

    /// <summary>The record's property.</summary>
    /// <value>A name such as <c>PlaceId</c>.</value>
    public string PropertyName { get; }

    /// <summary>The type of one value (of an item, for a list), as a Frictionless Table Schema type.</summary>
    /// <value><c>string</c> (texts, ids, enum names), <c>integer</c>, <c>number</c>, <c>boolean</c>, <c>date</c>,
    /// <c>time</c>, or <c>object</c> for a record (see <see cref="Record"/>).</value>
    public string Type { get; }

    /// <summary>Whether the field is a list of values.</summary>
    /// <value><see langword="true"/> for a list (<see cref="ValueOf"/> gives the items).</value>
    public bool IsList { get; }

    /// <summary>Whether the field may be null.</summary>
    /// <value><see langword="true"/> when a record may lack the value.</value>
    public bool IsNullable { get; }

    /// <summary>What the field holds: the summary of the property's documentation, as plain text.</summary>
    /// <value>A sentence; empty where the property has no summary.</value>
    public string Description { get; }

    /// <summary>The unit of the field's numbers, where the property's name states one (<c>…Yuan</c>, <c>…Percent</c>).</summary>
    /// <value><c>yuan (元)</c> or <c>percent</c>, or <see langword="null"/>.</value>
    public string? Unit { get; }

    /// <summary>For a field of enum values, the names the data files write, in declaration order; otherwise empty.</summary>
    /// <value>Kebab-case names such as <c>road-traffic</c>.</value>
    public ImmutableArray<string> AllowedValues { get; }

    /// <summary>For a field holding records (one, or a list), their schema; otherwise null.</summary>
    /// <value>The nested record type's schema, or <see langword="null"/>.</value>
    public RecordSchema? Record => record?.Invoke();

    /// <summary>The field's value in a record, as the data files write it.</summary>
    /// <param name="record">A record of the schema's type.</param>
    /// <returns>A <see cref="string"/> (texts, ids, enum names, dates as <c>yyyy-MM-dd</c>, times as <c>HH:mm</c>), a
    /// <see cref="long"/> (integers), a <see cref="decimal"/>, a <see cref="bool"/>, a record (see <see cref="Record"/>),
    /// <see langword="null"/>; for a list, an <see cref="IReadOnlyList{T}"/> of such values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="InvalidCastException"><paramref name="record"/> is not of the schema's type.</exception>
    public object? ValueOf(object record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return valueOf(record);
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
