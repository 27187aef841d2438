using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>A source span lies inside the seed and names an entry that exists.</summary>
internal sealed class SourceSpanValidator : AbstractValidator<SourceSpan>
{
    public SourceSpanValidator(DatasetFacts facts)
    {
        RuleFor(s => s.Line).InclusiveBetween(1, facts.SeedLineCount);
        RuleFor(s => s.EndLine).InclusiveBetween(1, facts.SeedLineCount)
            .GreaterThanOrEqualTo(s => s.Line);
    }
}
