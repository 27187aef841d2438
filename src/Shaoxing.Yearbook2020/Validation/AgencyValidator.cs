using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="Agency"/>.</summary>
internal sealed class AgencyValidator : AbstractValidator<Agency>
{
    public AgencyValidator(DatasetFacts facts)
    {
        RuleFor(a => a.Id).Matches(ValidationPatterns.KebabId());
        RuleFor(a => a.Name).NotEmpty();
        RuleFor(a => a.EnglishName).NotEmpty();
        RuleFor(a => a.Pinyin).Matches(ValidationPatterns.PinyinSyllables())
            .WithMessage(a => $"A body's name in pinyin is lower-case syllables with tone marks separated by single spaces, such as shào xīng shì, not '{a.Pinyin}'.");
        RuleFor(a => a.Kind).IsInEnum();
        RuleForEach(a => a.AdditionalNames).NotEmpty();
        RuleForEach(a => a.ShortNames).NotEmpty()
            .Must((a, s) => s != a.Name && !a.AdditionalNames.Contains(s))
            .WithMessage("A short name differs from the full and additional names.");
        RuleFor(a => a.ShortNames).Must(s => s.Distinct(StringComparer.Ordinal).Count() == s.Length).WithMessage("Short names are listed once.");
        RuleFor(a => a.Position).InclusiveBetween(1, 32).When(a => a.Position is not null);
        RuleFor(a => a.Kind).Must(k => k is AgencyKind.GeneralOffice or AgencyKind.WorkingDepartment)
            .When(a => a.Position is not null).WithMessage("A listed body is the general office or a working department.");
        RuleFor(a => a.Source).SetValidator(new SourceSpanValidator(facts));
    }
}
