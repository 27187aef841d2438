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
        RuleFor(o => o.FigureId).Null().When(o => o.Kind == RuleOperandKind.RecordCount);
    }
}
