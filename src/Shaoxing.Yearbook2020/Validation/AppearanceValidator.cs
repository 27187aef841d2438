using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="Appearance"/>: the record resolves, and is of the kind the appearance needs.</summary>
internal sealed class AppearanceValidator : AbstractValidator<Appearance>
{
    public AppearanceValidator(DatasetFacts facts, GovernmentFacts government)
    {
        RuleFor(a => a.Kind).IsInEnum();
        RuleFor(a => a.RecordId)
            .Must((a, id) => a.Kind switch
            {
                AppearanceKind.Honoured or AppearanceKind.Proposed => facts.HonourIds.Contains(id),
                AppearanceKind.Presented or AppearanceKind.Lectured => government.MeetingIds.Contains(id),
                _ => government.MeetingIds.Contains(id) || facts.EntryIds.Contains(id),
            })
            .WithMessage("'{PropertyValue}' is not the id of a record this kind of appearance is made in.");
        RuleFor(a => a.Role).NotEmpty().When(a => a.Role is not null);
        RuleFor(a => a.Source).SetValidator(new SourceSpanValidator(facts));
    }
}
