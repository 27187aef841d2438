using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="Meeting"/>: numbering, dates in 2020, items in sequence, references that resolve.</summary>
internal sealed class MeetingValidator : AbstractValidator<Meeting>
{
    /// <param name="facts">The dataset's facts, with the ids references must resolve to.</param>
    public MeetingValidator(DatasetFacts facts)
        : this(facts, facts.Government)
    {
    }

    /// <param name="facts">The dataset's facts.</param>
    /// <param name="government">The agency and meeting ids references must resolve to.</param>
    public MeetingValidator(DatasetFacts facts, GovernmentFacts government)
    {
        RuleFor(m => m).Custom((m, context) => NamedRecordValidator.Check(m, m.Id, m.NamedRecords, facts, context));
        RuleFor(m => m.Kind).IsInEnum();
        RuleFor(m => m.Id).Must((m, id) => id == (m.Kind == MeetingKind.Plenary ? "plenary-" : "executive-") + m.Number.ToString("D2", System.Globalization.CultureInfo.InvariantCulture))
            .WithMessage("The id is the kind and the number.");
        RuleFor(m => m.Term).Equal(8);
        RuleFor(m => m.Number).GreaterThan(0);
        RuleFor(m => m.Date.Year).Equal(2020);
        RuleFor(m => m.Chair!).SetValidator(new ParticipantValidator(facts, government)).When(m => m.Chair is not null);
        RuleForEach(m => m.Speakers).SetValidator(new ParticipantValidator(facts, government));
        RuleForEach(m => m.Attendees).SetValidator(new ParticipantValidator(facts, government));
        RuleForEach(m => m.AgendaItems).SetValidator(new AgendaItemValidator(facts, government))
            .Must((m, i) => i.Id.StartsWith(m.Id + "-", StringComparison.Ordinal)).WithMessage("An item's id starts with its meeting's id.");
        RuleFor(m => m.AgendaItems).Must(items => items.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count() == items.Length)
            .WithMessage("No two items of a meeting share an id.");
        RuleFor(m => m.AgendaItems).Must(items => items.Select(i => i.Sequence).SequenceEqual(Enumerable.Range(1, items.Length)))
            .WithMessage("Items are numbered 1, 2, 3 … in order.");
        RuleForEach(m => m.LawStudies).SetValidator(new LawStudyValidator(facts, government));
        RuleForEach(m => m.Activities).NotEmpty();
        RuleFor(m => m.EnglishActivities).Must((m, e) => e.IsEmpty || e.Length == m.Activities.Length)
            .WithMessage("The English activities are one for each activity, in order, or none when a rendering is missing.");
        RuleFor(m => m.AgendaItems).NotEmpty().When(m => m.Kind == MeetingKind.Executive);
        RuleFor(m => m.Speakers).NotEmpty().When(m => m.Kind == MeetingKind.Plenary);
        RuleFor(m => m.Source).SetValidator(new SourceSpanValidator(facts));
    }
}
