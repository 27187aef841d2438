using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="Place"/>: ids, names, parent link, division code and provenance.</summary>
internal sealed class PlaceValidator : AbstractValidator<Place>
{
    private static readonly string[] Suffixes = ["省", "市", "区", "县", "州", "镇", "街道", "乡"];

    public PlaceValidator(DatasetFacts facts)
    {
        RuleFor(p => p.Id).Matches(ValidationPatterns.KebabId());
        RuleFor(p => p.Name).NotEmpty()
            .Must(n => Suffixes.Any(s => n.EndsWith(s, StringComparison.Ordinal)))
            .When(p => p.Kind is not (PlaceKind.DevelopmentZone or PlaceKind.Bay or PlaceKind.AdministrativeCommittee))
            .WithMessage("A place's name ends with its administrative suffix.");

        // The places without an administrative level have no suffix of one (袍江 is a zone's name as the text writes it);
        // a bay's and an administrative committee's names still end as such names do.
        RuleFor(p => p.Name).Must(n => n.EndsWith('湾')).When(p => p.Kind == PlaceKind.Bay)
            .WithMessage("A bay's name ends with 湾.");
        RuleFor(p => p.Name).Must(n => n.EndsWith("行政委员会", StringComparison.Ordinal)).When(p => p.Kind == PlaceKind.AdministrativeCommittee)
            .WithMessage("An administrative committee's name ends with 行政委员会.");
        RuleFor(p => p.Kind).IsInEnum();
        RuleFor(p => p.EnglishName).NotEmpty();
        RuleFor(p => p.DivisionCode).Matches(ValidationPatterns.DivisionCode()).When(p => p.DivisionCode is not null);
        RuleFor(p => p.CountyDivisionCode).Matches(ValidationPatterns.DivisionCode()).When(p => p.CountyDivisionCode is not null);
        RuleFor(p => p.CountyDivisionCode).Equal(p => p.DivisionCode)
            .When(p => p.Kind is PlaceKind.District or PlaceKind.CountyLevelCity or PlaceKind.County)
            .WithMessage("A county-level area's county code is its own division code.");
        RuleFor(p => p.ParentId).NotEqual(p => p.Id).WithMessage("A place does not lie in itself.");
        RuleForEach(p => p.Aliases).NotEmpty()
            .Must((p, a) => a != p.Name && p.Name.StartsWith(a, StringComparison.Ordinal))
            .WithMessage("An alias is a short form of the name.");
        RuleFor(p => p.Sources).NotEmpty()
            .Must((p, s) => s.Length > 0 && s[0] == p.Source).WithMessage("The first source is the first mention.");
        RuleFor(p => p.Source).SetValidator(new SourceSpanValidator(facts));
        RuleForEach(p => p.Sources).SetValidator(new SourceSpanValidator(facts));
    }
}
