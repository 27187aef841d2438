using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>An arithmetic relation among printed figures (and counts of records) that the yearbook implies.</summary>
/// <remarks>
/// Which figures relate how is curated (<c>seeds/consistency-rules.json</c>); every value comes from the
/// text. Where the source does not add up, the rule stays with <see cref="ExpectedToHold"/> false and a
/// <see cref="Note"/>: the data is documented, never bent. Evaluate with <see cref="Yearbook.CheckConsistency"/>.
/// Instances are immutable and safe to share between threads.
/// </remarks>
/// <collection>The arithmetic relations among the figures (sums, rates, changes, repeated counts, counts of records).</collection>
/// <collectionValue>A read-only collection, in the order of the curated rules file.</collectionValue>
[DataFile("consistency-rules.json", typeof(ConsistencyRuleValidator))]
public sealed record ConsistencyRule
{
    /// <summary>The rule's stable id, e.g. <c>xueliang-video-points-sum</c>.</summary>
    /// <value>A short ASCII slug.</value>
    public required string Id { get; init; }

    /// <summary>What the rule checks, in words.</summary>
    /// <value>English text.</value>
    public required string Description { get; init; }

    /// <summary>The arithmetic the rule checks.</summary>
    /// <value>A kind.</value>
    public required ConsistencyRuleKind Kind { get; init; }

    /// <summary>The printed value the computation must reproduce: the total, the rate, the difference, the change.</summary>
    /// <value>An operand.</value>
    public required RuleOperand Result { get; init; }

    /// <summary>The values the computation uses: the parts, the numerator and denominator, the current (and previous) value.</summary>
    /// <value>One or more operands, in the order the kind needs.</value>
    public required ImmutableArray<RuleOperand> Operands { get; init; }

    /// <summary>How far the computed value may lie from the printed one: the rounding as printed
    /// (a percentage printed with 2 decimals → 0.005; counts → 0).</summary>
    /// <value>A non-negative decimal in the result's unit.</value>
    public required decimal Tolerance { get; init; }

    /// <summary>Whether the source's numbers satisfy the rule, by our reading of the text.</summary>
    /// <value><see langword="false"/> where the source does not add up.</value>
    public required bool ExpectedToHold { get; init; }

    /// <summary>Why a rule is expected to fail, or anything else worth knowing.</summary>
    /// <value>English text, or <see langword="null"/>.</value>
    public string? Note { get; init; }

    /// <summary>The seed lines of the figures the rule relates.</summary>
    /// <value>A span from the first to the last figure's line; its <see cref="SourceSpan.EntryId"/> is set when all lie in one entry.</value>
    public required SourceSpan Source { get; init; }

    /// <summary>Every body, person and place the rule's description, note and operands name by a whole name.</summary>
    /// <value>Links with their spans, by the path of the text (<c>description</c>, <c>operands[0].filter</c>); empty when its texts name none.</value>
    public ImmutableArray<NamedRecord> NamedRecords { get; init; } = [];
}
