using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="DistrictSafetyStatistics"/>: counts are not negative and a row's parts add up to its total.</summary>
internal sealed class DistrictSafetyStatisticsValidator : AbstractValidator<DistrictSafetyStatistics>
{
    public DistrictSafetyStatisticsValidator(DatasetFacts facts)
    {
        RuleFor(s => s).Custom((s, context) => NamedRecordValidator.Check(s, s.Id, s.NamedRecords, facts, context));
        RuleFor(r => r.Id).Equal(r => "table-6-line-" + r.Source.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        RuleFor(r => r.Area).NotEmpty();
        RuleFor(r => r.IsTotal).Equal(r => r.Area == "合计");
        RuleFor(r => r.ConstructionAccidents).GreaterThanOrEqualTo(0);
        RuleFor(r => r.ConstructionDeaths).GreaterThanOrEqualTo(0);
        RuleFor(r => r.OtherIndustrialAccidents).GreaterThanOrEqualTo(0);
        RuleFor(r => r.OtherIndustrialDeaths).GreaterThanOrEqualTo(0);
        RuleFor(r => r.RoadAccidents).GreaterThanOrEqualTo(0);
        RuleFor(r => r.RoadDeaths).GreaterThanOrEqualTo(0);
        RuleFor(r => r.MajorAccidents).GreaterThanOrEqualTo(0);
        RuleFor(r => r.MajorAccidentDeaths).GreaterThanOrEqualTo(0);
        // Summed as long: counts near int.MaxValue would wrap round in int and could match a wrong total.
        RuleFor(r => r.TotalAccidents)
            .Must((r, total) => total == (long)r.ConstructionAccidents + r.OtherIndustrialAccidents + r.RoadAccidents)
            .WithMessage("A row's accidents are its construction, other industrial and road accidents together.");
        RuleFor(r => r.TotalDeaths)
            .Must((r, total) => total == (long)r.ConstructionDeaths + r.OtherIndustrialDeaths + r.RoadDeaths)
            .WithMessage("A row's deaths are its construction, other industrial and road deaths together.");
        RuleFor(r => r.TotalAccidentsChangePercent).InclusiveBetween(-100m, 1000m);
        RuleFor(r => r.TotalDeathsChangePercent).InclusiveBetween(-100m, 1000m);
        RuleFor(r => r.PlaceId).NotNull().Unless(r => r.IsTotal).WithMessage("An area row names its place.");
        RuleFor(r => r.Source).SetValidator(new SourceSpanValidator(facts));
        RuleFor(r => r.Source.EndLine).Equal(r => r.Source.Line);
    }
}
