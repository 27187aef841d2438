using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="Caption"/>.</summary>
internal sealed class CaptionValidator : AbstractValidator<Caption>
{
    public CaptionValidator(DatasetFacts facts)
    {
        RuleFor(c => c).Custom((c, context) => NamedRecordValidator.Check(c, c.Id, c.NamedRecords, facts, context));
        RuleFor(c => c.Id).Matches(ValidationPatterns.CaptionId());
        RuleFor(c => c.Text).NotEmpty();
        RuleFor(c => c.Credit).NotEmpty();
        RuleFor(c => c.Date!.Value.Year).Equal(2020).When(c => c.Date is not null);
        RuleFor(c => c.EndDate).GreaterThanOrEqualTo(c => c.Date).When(c => c.EndDate is not null);
        RuleFor(c => c.Source).SetValidator(new SourceSpanValidator(facts));
        RuleForEach(c => c.Dates).SetValidator(new DateMentionValidator(facts));
        RuleFor(c => c)
            .Must(c => EntryValidator.DatesInText(c.Text, c.Dates))
            .WithMessage("Every date is the text at its start, in text order.");
        RuleForEach(c => c.Dates)
            .Must((c, d) => d.Line >= c.Source.Line && d.Line <= c.Source.EndLine)
            .WithMessage("A caption's date is printed on the caption's lines.");
    }
}
