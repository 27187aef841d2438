using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="Presenter"/>.</summary>
internal sealed class PresenterValidator : AbstractValidator<Presenter>
{
    public PresenterValidator(GovernmentFacts government)
    {
        RuleFor(p => p.Name).NotEmpty().Length(2, 4).Must(n => n.All(CjkText.IsIdeograph)).WithMessage("A name is two to four Chinese characters.");
        RuleFor(p => p.PersonId).NotNull();
        RuleFor(p => p.Posts).NotEmpty();
        RuleForEach(p => p.Posts).SetValidator(new PostValidator(government));
        RuleFor(p => p.Role).Must((p, r) => r == string.Join('、', p.Posts.Select(x => x.Role))).WithMessage("The role is its posts joined by 、.");
        RuleFor(p => p).Must(p => !p.Posts.IsEmpty && p.Title == p.Posts[^1].Title && p.AgencyId == p.Posts[^1].AgencyId)
            .WithMessage("The title and agency are those of the last post.");
        RuleFor(p => p.Subject).NotEmpty().When(p => p.Subject is not null);
    }
}
