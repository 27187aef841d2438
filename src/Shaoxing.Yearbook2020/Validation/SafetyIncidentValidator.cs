using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="SafetyIncident"/>: dates in 2020, counts that make sense together, sources inside the seed.</summary>
internal sealed class SafetyIncidentValidator : AbstractValidator<SafetyIncident>
{
    public SafetyIncidentValidator(DatasetFacts facts)
    {
        RuleFor(i => i).Custom((i, context) => NamedRecordValidator.Check(i, i.Id, i.NamedRecords, facts, context));
        RuleFor(i => i.Id).Matches(ValidationPatterns.IncidentId());
        RuleFor(i => i.Name).NotEmpty();
        RuleFor(i => i.Summary).NotEmpty();
        RuleFor(i => i.Category).IsInEnum();
        RuleFor(i => i.DetailLevel).IsInEnum();
        RuleFor(i => i.Code).Matches(ValidationPatterns.IncidentCode()).When(i => i.Code is not null);
        RuleFor(i => i.Code)
            .Must((i, code) => i.Date is null || code == $"{i.Date.Value.Month}·{i.Date.Value.Day}")
            .When(i => i.Code is not null)
            .WithMessage("An incident's code is the month·day of its date.");
        RuleFor(i => i.Date!.Value.Year).Equal(2020).When(i => i.Date is not null);
        RuleFor(i => i.EndDate).GreaterThanOrEqualTo(i => i.Date).When(i => i.EndDate is not null && i.Date is not null);
        RuleFor(i => i.EndDate).Null().When(i => i.Date is null).WithMessage("An end date needs a start date.");
        RuleFor(i => i.Time).Null().When(i => i.Date is null).WithMessage("A time needs a date.");
        RuleFor(i => i.Deaths).GreaterThanOrEqualTo(0);
        RuleFor(i => i.Injured).GreaterThanOrEqualTo(0);
        RuleFor(i => i.SeriouslyInjured).LessThanOrEqualTo(i => i.Injured).When(i => i.SeriouslyInjured is not null && i.Injured is not null);
        RuleFor(i => i.Evacuated).GreaterThan(0);
        RuleFor(i => i.Affected).GreaterThan(0);
        RuleFor(i => i.Relocated).GreaterThan(0);
        RuleFor(i => i.DirectEconomicLossYuan).GreaterThan(0);
        RuleFor(i => i.District).Null().When(i => !i.InShaoxing).WithMessage("An incident outside Shaoxing has no Shaoxing district.");
        RuleFor(i => i.PlaceId).NotNull().When(i => i.District is not null).WithMessage("An incident with a district has a place.");
        RuleFor(i => i.Source).SetValidator(new SourceSpanValidator(facts));
        RuleForEach(i => i.Mentions).SetValidator(new SourceSpanValidator(facts));
        RuleFor(i => i)
            .Must(i => !i.Mentions.Contains(i.Source))
            .WithMessage("The main source is not repeated among the mentions.");
    }
}
