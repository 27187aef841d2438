namespace Shaoxing.Yearbook2020.Validation;

/// <summary>One rule a record breaks, as found by <see cref="Yearbook.Validate"/>.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record YearbookValidationIssue
{
    /// <summary>The kind of record, e.g. <c>Entry</c>.</summary>
    /// <value>A record type name.</value>
    public required string RecordKind { get; init; }

    /// <summary>The id of the record.</summary>
    /// <value>A record id.</value>
    public required string RecordId { get; init; }

    /// <summary>The property that breaks the rule.</summary>
    /// <value>A property path such as <c>Source.Line</c>.</value>
    public required string Property { get; init; }

    /// <summary>What is wrong.</summary>
    /// <value>A sentence.</value>
    public required string Message { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{RecordKind} {RecordId}: {Property}: {Message}";
}
