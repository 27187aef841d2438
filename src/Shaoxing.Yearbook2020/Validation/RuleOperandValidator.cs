using System.Collections.Frozen;
using FluentValidation;
using Shaoxing.Yearbook2020.Consistency;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="RuleOperand"/>: the properties its kind needs are set and resolve.</summary>
internal sealed class RuleOperandValidator : AbstractValidator<RuleOperand>
{
    public RuleOperandValidator(FrozenSet<string> figureIds)
    {
        RuleFor(o => o.Kind).IsInEnum();
        RuleFor(o => o.FigureId)
            .Must(id => id is not null && figureIds.Contains(id))
            .When(o => o.Kind is RuleOperandKind.Figure or RuleOperandKind.ImpliedPrevious)
            .WithMessage("'{PropertyValue}' is not the id of a figure.");
        RuleFor(o => o.ChangeFigureId)
            .Must(id => id is not null && figureIds.Contains(id))
            .When(o => o.Kind == RuleOperandKind.ImpliedPrevious)
            .WithMessage("'{PropertyValue}' is not the id of a figure.");
        RuleFor(o => o.ChangeFigureId).Null().When(o => o.Kind != RuleOperandKind.ImpliedPrevious);
        RuleFor(o => o.RecordKind)
            .Must(k => k is not null && RecordCounter.IsKnownKind(k))
            .When(o => o.Kind == RuleOperandKind.RecordCount)
            .WithMessage("'{PropertyValue}' is not a record kind that can be counted.");
        RuleFor(o => o.RecordKind).Null().When(o => o.Kind != RuleOperandKind.RecordCount);
        RuleFor(o => o.Filter).Null().When(o => o.Kind != RuleOperandKind.RecordCount);
        RuleFor(o => o.FigureId).Null().When(o => o.Kind is RuleOperandKind.RecordCount or RuleOperandKind.Elapsed);
        RuleFor(o => o.Unit)
            .Must(UnitConversion.IsKnown)
            .When(o => o.Unit is not null)
            .WithMessage("'{PropertyValue}' is not a unit a rule can convert to.");
        RuleFor(o => o.Unit).Null().When(o => o.Kind is RuleOperandKind.RecordCount or RuleOperandKind.ImpliedPrevious)
            .WithMessage("Only a figure or an elapsed time is converted to another unit.");
        RuleFor(o => o.From).NotNull().When(o => o.Kind == RuleOperandKind.Elapsed)
            .WithMessage("An elapsed time runs from a clock time.");
        RuleFor(o => o.To).NotNull().When(o => o.Kind == RuleOperandKind.Elapsed)
            .WithMessage("An elapsed time runs to a clock time.");
        RuleFor(o => o.From!.Time).NotNull().When(o => o.From is not null)
            .WithMessage("A clock time has a time of day.");
        RuleFor(o => o.To!.Time).NotNull().When(o => o.To is not null)
            .WithMessage("A clock time has a time of day.");
        RuleFor(o => o.To!.Moment).GreaterThan(o => o.From!.Moment).When(o => o.From is not null && o.To is not null)
            .WithMessage("An elapsed time ends after it begins.");
        RuleFor(o => o.From).Null().When(o => o.Kind != RuleOperandKind.Elapsed);
        RuleFor(o => o.To).Null().When(o => o.Kind != RuleOperandKind.Elapsed);
    }
}
