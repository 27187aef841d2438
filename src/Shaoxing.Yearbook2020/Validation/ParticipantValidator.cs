using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="Participant"/>.</summary>
internal sealed class ParticipantValidator : AbstractValidator<Participant>
{
    public ParticipantValidator(DatasetFacts facts, GovernmentFacts government)
    {
        RuleFor(p => p.Name).NotEmpty().Length(2, 4).Must(n => n.All(CjkText.IsIdeograph)).WithMessage("A name is two to four Chinese characters.");
        RuleFor(p => p.Title).NotEmpty();
        RuleFor(p => p.Role).Must((p, r) => r.EndsWith(p.Title, StringComparison.Ordinal)).WithMessage("A role ends with its title.");
        RuleFor(p => p.PersonId).NotNull();
        RuleFor(p => p.Source).SetValidator(new SourceSpanValidator(facts));
    }
}
