using System.Collections.Immutable;
using System.Globalization;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Consistency;

/// <summary>Evaluates consistency rules against a yearbook's figures and records.</summary>
internal static class ConsistencyEvaluator
{
    public static ConsistencyReport Check(Yearbook yearbook) =>
        new() { Results = [.. yearbook.ConsistencyRules.Select(r => Evaluate(yearbook, r))] };

    /// <summary>Evaluates one rule; a rule that cannot be evaluated gives a result saying why, never an exception
    /// other than <see cref="YearbookDataException"/> (a data file the rule reads is damaged).</summary>
    public static ConsistencyResult Evaluate(Yearbook yearbook, ConsistencyRule rule)
    {
        try
        {
            return Compute(yearbook, rule);
        }
        catch (DivideByZeroException)
        {
            return NotEvaluated(rule, "the computation divides by zero (a change of −100% leaves no previous value, or a base is 0)");
        }
        catch (OverflowException)
        {
            return NotEvaluated(rule, "the computation overflows the range of a decimal number");
        }
    }

    private static ConsistencyResult NotEvaluated(ConsistencyRule rule, string why) =>
        new() { Rule = rule, Computation = "not evaluated: " + why };

    // How many operands each kind reads; a rule with another count cannot be computed.
    private static bool HasOperandsFor(ConsistencyRule rule) => rule.Kind switch
    {
        ConsistencyRuleKind.Sum => rule.Operands.Length >= 1,
        ConsistencyRuleKind.Difference => rule.Operands.Length >= 1,
        ConsistencyRuleKind.Ratio => rule.Operands.Length == 2,
        ConsistencyRuleKind.Equality => rule.Operands.Length == 1,
        ConsistencyRuleKind.YearOnYear => rule.Operands.Length is 1 or 2,
        ConsistencyRuleKind.PartOf => rule.Operands.Length >= 1,
        _ => false,
    };

    private static ConsistencyResult Compute(Yearbook yearbook, ConsistencyRule rule)
    {
        if (!HasOperandsFor(rule))
        {
            return NotEvaluated(rule, $"a rule of kind {rule.Kind} cannot be computed from {rule.Operands.Length.ToString(CultureInfo.InvariantCulture)} operands");
        }

        var printed = ValueOf(yearbook, rule.Result);
        var operands = rule.Operands.Select(o => ValueOf(yearbook, o)).ToImmutableArray();
        var missing = operands.Prepend(printed).Where(o => o.Value is null).Select(o => o.Words).ToList();
        if (missing.Count > 0)
        {
            return new ConsistencyResult { Rule = rule, Computation = "not evaluated: " + string.Join("; ", missing) };
        }

        if (UnmatchedUnits(rule, printed, operands) is { } unmatched)
        {
            return NotEvaluated(rule, unmatched);
        }

        var values = operands.Select(o => o.Value!.Value).ToImmutableArray();
        var words = operands.Select(o => o.Words).ToImmutableArray();
        var target = printed.Value!.Value;
        var unit = rule.Kind is ConsistencyRuleKind.Ratio or ConsistencyRuleKind.YearOnYear ? "%" : printed.Unit;
        decimal computed;
        string formula;
        switch (rule.Kind)
        {
            case ConsistencyRuleKind.Sum:
            case ConsistencyRuleKind.PartOf:
                computed = values.Sum();
                formula = values.Length == 1 ? words[0] : $"{string.Join(" + ", words)} = {Format(Math.Round(computed, 4))}{unit}";
                break;
            case ConsistencyRuleKind.Difference:
                computed = values[0] - values.Skip(1).Sum();
                formula = $"{string.Join(" − ", words)} = {Format(Math.Round(computed, 4))}{unit}";
                break;
            case ConsistencyRuleKind.Ratio:
                computed = values[1] == 0 ? decimal.MaxValue : values[0] / values[1] * 100m;
                formula = $"{words[0]} / {words[1]} × 100 = {Format(Math.Round(computed, 4))}%";
                break;
            case ConsistencyRuleKind.Equality:
                computed = values[0];
                formula = words[0];
                break;
            case ConsistencyRuleKind.YearOnYear:
                var current = values[0];
                var previous = values.Length > 1 ? values[1] : Math.Round(current / (1m + (target / 100m)), MidpointRounding.AwayFromZero);
                computed = previous == 0 ? decimal.MaxValue : (current - previous) / previous * 100m;
                formula = (values.Length > 1
                    ? $"({words[0]} − {words[1]}) / {words[1]} × 100"
                    : $"{words[0]} / (1 {Signed(target)}%) = {Format(Math.Round(current / (1m + (target / 100m)), 2))} → previous {Format(previous)}; ({Format(current)} − {Format(previous)}) / {Format(previous)} × 100")
                    + $" = {Format(Math.Round(computed, 4))}%";
                break;
            default:
                return NotEvaluated(rule, $"{rule.Kind} is not a rule kind");
        }

        var partOf = rule.Kind == ConsistencyRuleKind.PartOf;
        var holds = partOf ? computed <= target + rule.Tolerance : Math.Abs(computed - target) <= rule.Tolerance;
        var tolerance = rule.Tolerance == 0 ? string.Empty : $", tolerance ±{Format(rule.Tolerance)}";
        var gap = Format(Math.Round(Math.Abs(computed - target), 4)) + unit;
        var outcome = holds
            ? "holds"
            : partOf
                ? $"does not hold: the parts exceed the whole by {gap}"
                : $"does not hold: computed is {gap} {(computed > target ? "more" : "less")} than printed";
        return new ConsistencyResult
        {
            Rule = rule,
            Holds = holds,
            Computed = computed,
            Printed = target,
            Computation = $"printed {printed.Words}{(partOf ? " (the whole)" : string.Empty)}; computed {formula}{(partOf ? " ≤ whole" : string.Empty)}{tolerance}; {outcome}",
        };
    }

    // Numbers of one quantity printed in units of different sizes (128795G, 13.1T) are compared only once converted:
    // a rule that names no conversion for them is not evaluated, never judged on the printed numbers.
    private static string? UnmatchedUnits(ConsistencyRule rule, OperandValue printed, ImmutableArray<OperandValue> operands)
    {
        var compared = rule.Kind is ConsistencyRuleKind.Ratio or ConsistencyRuleKind.YearOnYear
            ? operands
            : operands.Prepend(printed).ToImmutableArray();
        var first = compared[0];
        var other = compared.Skip(1).FirstOrDefault(o => UnitConversion.DifferInSize(first.Unit, o.Unit));
        return other is null
            ? null
            : $"{first.Words} and {other.Words} are in units of different sizes ({first.Unit}, {other.Unit}); the rule names no unit to convert them to";
    }

    private static OperandValue ValueOf(Yearbook yearbook, RuleOperand operand)
    {
        var value = UnconvertedValueOf(yearbook, operand);
        if (operand.Unit is null || value.Value is null)
        {
            return value;
        }

        var (converted, words) = UnitConversion.Convert(value.Value.Value, value.Unit, operand.Unit);
        return new(converted, converted is null ? words : $"({words})", operand.Unit);
    }

    private static OperandValue UnconvertedValueOf(Yearbook yearbook, RuleOperand operand)
    {
        switch (operand.Kind)
        {
            case RuleOperandKind.Figure:
                var figure = yearbook.Figures.Find(operand.FigureId ?? string.Empty);
                return figure is null
                    ? new(null, $"figure '{operand.FigureId}' does not exist")
                    : new(figure.NormalizedValue, Format(figure.NormalizedValue) + figure.NormalizedUnit, figure.NormalizedUnit);
            case RuleOperandKind.Elapsed:
                if (operand.From is null || operand.To is null)
                {
                    return new(null, "an elapsed time needs the clock times it runs from and to");
                }

                var hours = (decimal)(operand.To.Moment - operand.From.Moment).TotalMinutes / 60m;
                return new(hours, $"{operand.From.Quote} → {operand.To.Quote} ({Moment(operand.From)} → {Moment(operand.To)}: {Format(Math.Round(hours, 4))} 小时)", "小时");
            case RuleOperandKind.ImpliedPrevious:
                var current = yearbook.Figures.Find(operand.FigureId ?? string.Empty);
                var change = yearbook.Figures.Find(operand.ChangeFigureId ?? string.Empty);
                if (current is null || change is null)
                {
                    return new(null, $"figure '{operand.FigureId}' or '{operand.ChangeFigureId}' does not exist");
                }

                var previous = Math.Round(current.NormalizedValue / (1m + (change.NormalizedValue / 100m)), MidpointRounding.AwayFromZero);
                return new(previous, $"{Format(previous)} (= {Format(current.NormalizedValue)} / (1 {Signed(change.NormalizedValue)}%))", current.NormalizedUnit);
            case RuleOperandKind.RecordCount:
                var count = RecordCounter.Count(yearbook, operand.RecordKind ?? string.Empty, operand.Filter);
                var what = operand.Filter is null ? operand.RecordKind : $"{operand.RecordKind} [{operand.Filter}]";
                return count is null
                    ? new(null, $"'{what}' cannot be counted (a record kind this build does not hold, or a table without a heading row)")
                    : new(count, $"{count.Value.ToString(CultureInfo.InvariantCulture)} {what}");
            default:
                return new(null, $"{operand.Kind} is not an operand kind");
        }
    }

    private static string Moment(ClockTime time) => time.Moment.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Signed(decimal change) => (change < 0 ? "− " : "+ ") + Format(Math.Abs(change));

    private static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>An operand's value (<see langword="null"/> when it cannot be had), in words, and its unit.</summary>
    private sealed record OperandValue(decimal? Value, string Words, string? Unit = null);
}
