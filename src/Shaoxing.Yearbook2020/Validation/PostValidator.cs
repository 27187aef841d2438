using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="Post"/>: the role ends with the title and names a known body.</summary>
internal sealed class PostValidator : AbstractValidator<Post>
{
    public PostValidator(GovernmentFacts government)
    {
        RuleFor(p => p.Title).NotEmpty();
        RuleFor(p => p.Role).NotEmpty().Must((p, r) => r.EndsWith(p.Title, StringComparison.Ordinal)).WithMessage("A role ends with its title.");
    }
}
