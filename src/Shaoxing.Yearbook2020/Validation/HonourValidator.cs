using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="Honour"/>: a title and a level, a recipient unless unnamed, dates and months in 2020.</summary>
internal sealed class HonourValidator : AbstractValidator<Honour>
{
    public HonourValidator(DatasetFacts facts)
    {
        RuleFor(h => h.Id).Matches("^honour-[0-9]{3}$");
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
        RuleFor(h => h.Month).Matches("^2020-(0[1-9]|1[0-2])$").When(h => h.Month is not null);
        RuleFor(h => h.Month)
            .Must((h, month) => month == h.Date!.Value.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .When(h => h.Date is not null)
            .WithMessage("A dated honour's month is its date's month.");
        RuleFor(h => h.RecipientAliases).Empty().When(h => h.Recipient is null)
            .WithMessage("An unnamed group has no other names.");
        RuleForEach(h => h.RecipientAliases).NotEmpty()
            .Must((h, alias) => alias != h.Recipient).WithMessage("An alias differs from the recipient's name.");
        RuleFor(h => h.Source).SetValidator(new SourceSpanValidator(facts));
        RuleForEach(h => h.Mentions).SetValidator(new SourceSpanValidator(facts));
    }
}
