using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="Caption"/>.</summary>
internal sealed class CaptionValidator : AbstractValidator<Caption>
{
    public CaptionValidator(DatasetFacts facts)
    {
        RuleFor(c => c.Id).Matches(ValidationPatterns.CaptionId());
        RuleFor(c => c.Text).NotEmpty();
        RuleFor(c => c.Credit).NotEmpty();
        RuleFor(c => c.Date!.Value.Year).Equal(2020).When(c => c.Date is not null);
        RuleFor(c => c.EndDate).GreaterThanOrEqualTo(c => c.Date).When(c => c.EndDate is not null);
        RuleFor(c => c.Source).SetValidator(new SourceSpanValidator(facts));
    }
}
