using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="Appointment"/>.</summary>
internal sealed class AppointmentValidator : AbstractValidator<Appointment>
{
    public AppointmentValidator(DatasetFacts facts, GovernmentFacts government)
    {
        RuleFor(a => a.Title).NotEmpty();
        RuleFor(a => a.Role).Must((a, r) => r.EndsWith(a.Title, StringComparison.Ordinal)).WithMessage("A role ends with its title.");
        RuleFor(a => a.FirstSeen.Year).Equal(2020);
        RuleFor(a => a.LastSeen).GreaterThanOrEqualTo(a => a.FirstSeen);
        RuleFor(a => a.MeetingIds).NotEmpty();
        RuleFor(a => a.Sources).NotEmpty();
        RuleForEach(a => a.Sources).SetValidator(new SourceSpanValidator(facts));
    }
}
