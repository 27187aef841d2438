using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="Section"/>.</summary>
internal sealed class SectionValidator : AbstractValidator<Section>
{
    public SectionValidator(DatasetFacts facts)
    {
        RuleFor(s => s).Custom((s, context) => NamedRecordValidator.Check(s, s.Id, s.NamedRecords, facts, context));
        RuleFor(s => s.Id).Matches(ValidationPatterns.SectionId());
        RuleFor(s => s.Number).InclusiveBetween(1, 9);
        RuleFor(s => s)
            .Must(s => !string.IsNullOrWhiteSpace(s.Title) ^ !string.IsNullOrWhiteSpace(s.InferredTitle))
            .WithMessage("A section has either a printed title or an inferred one, not both and not neither.");
        RuleFor(s => s.ProviderSource).NotNull().When(s => s.Provider is not null);
        RuleFor(s => s.ProviderSource!).SetValidator(new SourceSpanValidator(facts)).When(s => s.ProviderSource is not null);
        RuleFor(s => s.EntryIds).NotEmpty();
        RuleFor(s => s.Source).SetValidator(new SourceSpanValidator(facts));
    }
}
