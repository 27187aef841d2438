using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="Honour"/>: a title and a level, a recipient unless unnamed, dates and months in 2020.</summary>
internal sealed class HonourValidator : AbstractValidator<Honour>
{
    public HonourValidator(DatasetFacts facts)
    {
        RuleFor(h => h).Custom((h, context) => NamedRecordValidator.Check(h, h.Id, h.NamedRecords, facts, context));
        RuleFor(h => h.Id).Matches(ValidationPatterns.HonourId());
        RuleFor(h => h.Title).NotEmpty();
        RuleFor(h => h.Level).IsInEnum();
        RuleFor(h => h.RecipientKind).IsInEnum();
        RuleFor(h => h.Recipient).NotEmpty().When(h => h.RecipientKind != RecipientKind.UnnamedGroup)
            .WithMessage("A named recipient kind needs the recipient's name.");
        RuleFor(h => h.Recipient).Null().When(h => h.RecipientKind == RecipientKind.UnnamedGroup)
            .WithMessage("An unnamed group has no recipient name.");
        RuleFor(h => h.CohortSize).NotNull().When(h => h.RecipientKind == RecipientKind.UnnamedGroup)
            .WithMessage("An unnamed group is known by its count.");
        RuleFor(h => h.CohortSize).GreaterThan(0);
        RuleFor(h => h.Recipient)
            .Must(r => r is null || !CjkText.HasSpaceBetweenCjk(r))
            .WithMessage("A recipient's name has no OCR spaces left.");
        RuleFor(h => h.Date!.Value.Year).Equal(2020).When(h => h.Date is not null);
        RuleFor(h => h.Month).Matches(ValidationPatterns.MonthOf2020()).When(h => h.Month is not null);
        RuleFor(h => h.Month)
            .Must((h, month) => month == h.Date!.Value.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .When(h => h.Date is not null)
            .WithMessage("A dated honour's month is its date's month.");
        RuleFor(h => h.RecipientAliases).Empty().When(h => h.Recipient is null)
            .WithMessage("An unnamed group has no other names.");
        RuleForEach(h => h.RecipientAliases).NotEmpty()
            .Must((h, alias) => alias != h.Recipient).WithMessage("An alias differs from the recipient's name.");
        RuleFor(h => h.RecipientId)
            .Must((h, id) => id is null || h.RecipientKind switch
            {
                RecipientKind.Person => facts.Government.PersonIds.Contains(id),
                RecipientKind.City => facts.PlaceIds.Contains(id),
                RecipientKind.Organisation or RecipientKind.Team => facts.Government.AgencyIds.Contains(id) || facts.PlaceIds.Contains(id),
                _ => false,
            })
            .WithMessage("'{PropertyValue}' is not the id of a record of the recipient's kind.");
        RuleFor(h => h.RecipientId).NotNull().When(h => h.RecipientKind is RecipientKind.Person or RecipientKind.City)
            .WithMessage("A person or a city that receives an honour is a record of its hub.");
        RuleFor(h => h.AffiliationId).Null().When(h => h.Affiliation is null).WithMessage("Only an affiliation has a body.");
        RuleFor(h => h.NominatorId).NotNull().When(h => h.Nominator is not null).WithMessage("A nominator is an agency.");
        RuleFor(h => h.NominatorId).Null().When(h => h.Nominator is null).WithMessage("Only a nominator has a body.");
        RuleFor(h => h.ConferrerIds).NotEmpty().When(h => h.Conferrer is not null).WithMessage("A conferrer names one body or more.");
        RuleFor(h => h.ConferrerIds).Empty().When(h => h.Conferrer is null).WithMessage("Only a conferrer has bodies.");
        RuleFor(h => h.Source).SetValidator(new SourceSpanValidator(facts));
        RuleForEach(h => h.Mentions).SetValidator(new SourceSpanValidator(facts));
    }
}
