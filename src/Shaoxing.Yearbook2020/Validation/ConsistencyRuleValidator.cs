using System.Collections.Frozen;
using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="ConsistencyRule"/>: id, description, operand counts per kind, references, tolerance, source.</summary>
internal sealed class ConsistencyRuleValidator : AbstractValidator<ConsistencyRule>
{
    /// <param name="facts">The dataset's facts, with the figure ids operands may name.</param>
    public ConsistencyRuleValidator(DatasetFacts facts)
        : this(facts, facts.FigureIds)
    {
    }

    /// <param name="facts">The dataset's facts.</param>
    /// <param name="figureIds">The figure ids operands may name.</param>
    public ConsistencyRuleValidator(DatasetFacts facts, FrozenSet<string> figureIds)
    {
        RuleFor(r => r).Custom((r, context) => NamedRecordValidator.Check(r, r.Id, r.NamedRecords, facts, context));
        var operand = new RuleOperandValidator(figureIds);
        RuleFor(r => r.Id).NotEmpty().Matches(ValidationPatterns.KebabId());
        RuleFor(r => r.Description).NotEmpty().MinimumLength(10);
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.Result).SetValidator(operand);
        RuleForEach(r => r.Operands).SetValidator(operand);
        RuleFor(r => r.Operands).NotEmpty();
        RuleFor(r => r.Operands.Length).GreaterThanOrEqualTo(2).When(r => r.Kind == ConsistencyRuleKind.Sum)
            .WithMessage("A sum has at least two parts.");
        RuleFor(r => r.Operands.Length).GreaterThanOrEqualTo(1).When(r => r.Kind == ConsistencyRuleKind.PartOf)
            .WithMessage("A part-of rule has at least one part.");
        RuleFor(r => r.Operands.Length).Equal(2).When(r => r.Kind is ConsistencyRuleKind.Ratio)
            .WithMessage("A ratio has a numerator and a denominator.");
        RuleFor(r => r.Operands.Length).GreaterThanOrEqualTo(2).When(r => r.Kind is ConsistencyRuleKind.Difference)
            .WithMessage("A difference has a minuend and at least one subtrahend.");
        RuleFor(r => r.Operands.Length).Equal(1).When(r => r.Kind is ConsistencyRuleKind.Equality)
            .WithMessage("An equality compares one operand with the result.");
        RuleFor(r => r.Operands.Length).InclusiveBetween(1, 2).When(r => r.Kind is ConsistencyRuleKind.YearOnYear)
            .WithMessage("A year-on-year rule has the current value and, if printed, the previous one.");
        RuleFor(r => r.Result.Kind).Equal(RuleOperandKind.Figure).When(r => r.Kind is ConsistencyRuleKind.Ratio or ConsistencyRuleKind.YearOnYear)
            .WithMessage("A rate or a change is a printed figure.");
        RuleFor(r => r.Tolerance).GreaterThanOrEqualTo(0m);
        RuleFor(r => r.Tolerance).LessThanOrEqualTo(0.5m).When(r => r.Kind is ConsistencyRuleKind.Ratio or ConsistencyRuleKind.YearOnYear)
            .WithMessage("A percentage's tolerance is at most half its last printed digit.");
        RuleFor(r => r.Note).NotEmpty().When(r => !r.ExpectedToHold)
            .WithMessage("A rule expected to fail says why.");
        RuleFor(r => r.Source).SetValidator(new SourceSpanValidator(facts));
    }
}
