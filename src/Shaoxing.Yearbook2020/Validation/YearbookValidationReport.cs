using System.Collections.Immutable;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>The outcome of <see cref="Yearbook.Validate"/>: every rule broken by any record.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record YearbookValidationReport
{
    /// <summary>The number of records checked.</summary>
    /// <value>A count.</value>
    public required int RecordsChecked { get; init; }

    /// <summary>Every broken rule, in record order.</summary>
    /// <value>Issues; empty when the data is valid.</value>
    public required ImmutableArray<YearbookValidationIssue> Issues { get; init; }

    /// <summary>Whether no rule is broken.</summary>
    /// <value><see langword="true"/> when <see cref="Issues"/> is empty.</value>
    public bool IsValid => Issues.IsEmpty;
}
