using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Consistency;

/// <summary>The outcome of one <see cref="ConsistencyRule"/>: what was computed, whether it holds, and whether that was expected.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record ConsistencyResult
{
    /// <summary>The rule evaluated.</summary>
    /// <value>A rule of <see cref="Yearbook.ConsistencyRules"/>.</value>
    public required ConsistencyRule Rule { get; init; }

    /// <summary>Whether the computed value lies within the tolerance of the printed one.</summary>
    /// <value><see langword="null"/> when the rule could not be evaluated (an operand that does not exist, a record kind not
    /// in this build, or a computation that divides by zero or overflows); <see cref="Computation"/> says why.</value>
    public bool? Holds { get; init; }

    /// <summary>The value computed from the operands.</summary>
    /// <value>A decimal, or <see langword="null"/> when the rule could not be evaluated.</value>
    public decimal? Computed { get; init; }

    /// <summary>The printed value the computation is compared with.</summary>
    /// <value>A decimal, or <see langword="null"/> when the rule could not be evaluated.</value>
    public decimal? Printed { get; init; }

    /// <summary>The computation in words: what was printed, what was computed from what, and the outcome, e.g.
    /// <c>printed 178116路; computed 53756路 + 5443路 + … = 178116路; holds</c> or
    /// <c>printed 516套; computed 508套; does not hold: computed is 8套 less than printed</c>. An operand printed in another
    /// unit of the same measure is converted to the printed value's unit first, and the words say how
    /// (<c>128795G = 125.7764T (1T = 1024G)</c>).</summary>
    /// <value>English text with the numbers and their units.</value>
    public required string Computation { get; init; }

    /// <summary>Whether the rule was evaluated.</summary>
    /// <value><see langword="false"/> when the rule cannot be computed (see <see cref="Holds"/>).</value>
    public bool IsEvaluated => Holds.HasValue;

    /// <summary>Whether the outcome is the expected one (<see cref="ConsistencyRule.ExpectedToHold"/>).</summary>
    /// <value><see langword="true"/> when evaluated and holding exactly when expected to.</value>
    public bool IsAsExpected => Holds == Rule.ExpectedToHold;
}
