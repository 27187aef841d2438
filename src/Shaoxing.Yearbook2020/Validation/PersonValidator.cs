using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="Person"/>.</summary>
internal sealed class PersonValidator : AbstractValidator<Person>
{
    /// <param name="facts">The dataset's facts, with the ids references must resolve to.</param>
    public PersonValidator(DatasetFacts facts)
        : this(facts, facts.Government)
    {
    }

    /// <param name="facts">The dataset's facts.</param>
    /// <param name="government">The agency and meeting ids references must resolve to.</param>
    public PersonValidator(DatasetFacts facts, GovernmentFacts government)
    {
        RuleFor(p => p).Custom((p, context) => NamedRecordValidator.Check(p, p.Id, p.NamedRecords, facts, context));
        RuleFor(p => p.Id).Matches(ValidationPatterns.PersonId());
        RuleFor(p => p.Name).NotEmpty().Length(2, 4).Must(n => n.All(CjkText.IsIdeograph)).WithMessage("A name is two to four Chinese characters.");
        RuleFor(p => p.Pinyin).Matches(ValidationPatterns.PinyinName())
            .WithMessage(p => $"A name in pinyin is a capitalised surname and given name of Latin letters (ü kept), no tone marks, such as Sheng Yuechun, not '{p.Pinyin}'.");
        RuleFor(p => p.Appearances).NotEmpty();
        RuleForEach(p => p.Appearances).SetValidator(new AppearanceValidator(facts, government));
        RuleFor(p => p.Appointments).Empty().When(p => !p.Appearances.Any(a => a.Kind != AppearanceKind.Relayed && government.MeetingIds.Contains(a.RecordId)))
            .WithMessage("A person has posts only where they appear at a meeting.");
        RuleForEach(p => p.Appointments).SetValidator(new AppointmentValidator(facts, government));
        RuleFor(p => p.Appointments).Must(a => a.Select(x => (x.AgencyId, x.Title)).Distinct().Count() == a.Length)
            .WithMessage("A person holds each post (agency and title) once.");
        RuleFor(p => p.Source).SetValidator(new SourceSpanValidator(facts));
    }
}
