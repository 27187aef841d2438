namespace Shaoxing.Yearbook2020.Queries;

/// <summary>One record a name or id fits: a body, person or place, with its id and Chinese name.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record NameMatch
{
    /// <summary>The kind of the record.</summary>
    /// <value>The kind of bodies, people or places of <see cref="Yearbook.Kinds"/>.</value>
    public required Data.RecordKind Kind { get; init; }

    /// <summary>The record's id.</summary>
    /// <value>An <see cref="Model.Agency.Id"/>, <see cref="Model.Person.Id"/> or <see cref="Model.Place.Id"/>.</value>
    public required string Id { get; init; }

    /// <summary>The record's name as the text prints it.</summary>
    /// <value>Chinese text such as <c>柯桥区</c>.</value>
    public required string Name { get; init; }

    /// <summary>The record itself.</summary>
    /// <value>An <see cref="Model.Agency"/>, <see cref="Model.Person"/> or <see cref="Model.Place"/>.</value>
    public required object Record { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Name})";
}
