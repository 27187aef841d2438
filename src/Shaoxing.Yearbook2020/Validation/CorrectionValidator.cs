using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="Correction"/>: each kind carries the fields it needs, and a reason.</summary>
internal sealed class CorrectionValidator : AbstractValidator<Correction>
{
    public CorrectionValidator(DatasetFacts facts)
    {
        RuleFor(c => c).Custom((c, context) => NamedRecordValidator.Check(c, c.Id, c.NamedRecords, facts, context));
        RuleFor(c => c.Id).NotEmpty();
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Line).InclusiveBetween(1, facts.SeedLineCount);
        RuleFor(c => c.EndLine).GreaterThanOrEqualTo(c => c.Line).When(c => c.EndLine is not null);
        RuleFor(c => c.Reason).NotEmpty().MinimumLength(10);
        When(c => c.Kind == CorrectionKind.Replace, () =>
        {
            RuleFor(c => c.Original).NotEmpty();
            RuleFor(c => c.Corrected).NotNull().NotEqual(c => c.Original);
        });
        When(c => c.Kind == CorrectionKind.Move, () =>
        {
            RuleFor(c => c.TargetHeading).NotEmpty();
            RuleFor(c => c.TargetEntryId)
                .Must(id => id is not null && facts.EntryIds.Contains(id))
                .WithMessage("A move names the entry that receives the text.");
        });
        When(c => c.Kind == CorrectionKind.InferSection, () => RuleFor(c => c.Corrected).NotEmpty());
    }
}
