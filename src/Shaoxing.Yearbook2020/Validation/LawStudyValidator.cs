using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="LawStudy"/>.</summary>
internal sealed class LawStudyValidator : AbstractValidator<LawStudy>
{
    public LawStudyValidator(DatasetFacts facts, GovernmentFacts government)
    {
        RuleFor(s => s.Lecturer).NotEmpty().Length(2, 4);
        RuleFor(s => s.LecturerRole).NotEmpty();
        RuleFor(s => s.Affiliation).NotEmpty();
        RuleFor(s => s.LecturerId).NotNull();
        RuleFor(s => s.Law).NotEmpty().Must(l => !l.Contains('《') && !l.Contains('》')).WithMessage("A law's title has no brackets.");
        RuleFor(s => s.Source).SetValidator(new SourceSpanValidator(facts));
    }
}
