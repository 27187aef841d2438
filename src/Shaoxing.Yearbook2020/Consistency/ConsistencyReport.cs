using System.Collections.Immutable;

namespace Shaoxing.Yearbook2020.Consistency;

/// <summary>What <see cref="Yearbook.CheckConsistency"/> found: one result per consistency rule.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record ConsistencyReport
{
    /// <summary>One result per rule, in the rules' order.</summary>
    /// <value>The results.</value>
    public required ImmutableArray<ConsistencyResult> Results { get; init; }

    /// <summary>Whether every evaluated rule came out as expected.</summary>
    /// <value><see langword="true"/> when <see cref="Unexpected"/> is empty.</value>
    public bool AllAsExpected => Unexpected.IsEmpty;

    /// <summary>The evaluated rules whose outcome differs from the expected one.</summary>
    /// <value>The results, in the rules' order.</value>
    public ImmutableArray<ConsistencyResult> Unexpected => [.. Results.Where(r => r.IsEvaluated && !r.IsAsExpected)];

    /// <summary>The rules that could not be evaluated because they count a record kind this build does not hold.</summary>
    /// <value>The results, in the rules' order; empty once every record kind is wired.</value>
    public ImmutableArray<ConsistencyResult> NotEvaluated => [.. Results.Where(r => !r.IsEvaluated)];

    /// <summary>The rules that do not hold: where the source itself does not add up (expected) or the data is wrong (unexpected).</summary>
    /// <value>The results, in the rules' order.</value>
    public ImmutableArray<ConsistencyResult> Failing => [.. Results.Where(r => r.Holds == false)];
}
