using System.Collections.Frozen;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Tests.Validation;

public sealed class PlaceValidationTests
{
    private static readonly Yearbook Data = Yearbook.Default;
    private static readonly DatasetFacts Facts = DatasetFacts.Of(Data);

    [Fact]
    public void PlaceValidator_AcceptsEveryShippedPlace()
    {
        Data.Places.SelectMany(p => new PlaceValidator(Facts).Validate(p).Errors).Should().BeEmpty();
    }

    [Fact]
    public void PlaceValidator_RefusesAnUnknownParentABadCodeAndAForeignAlias()
    {
        var place = Data.Places.Find("keqiao")! with { ParentId = "quzhou", DivisionCode = "3306", Aliases = ["衢州"] };

        RecordKindRegistry.Place.LinkIssues(place, Facts).Select(i => i.Property).Should().Equal(nameof(Place.ParentId));
        new PlaceValidator(Facts).Validate(place).Errors.Select(e => e.PropertyName).Should()
            .Contain(nameof(Place.DivisionCode)).And.Contain(e => e.StartsWith(nameof(Place.Aliases), StringComparison.Ordinal));
    }

    [Fact]
    public void Validators_RefuseAPlaceIdThatDoesNotResolve()
    {
        var incident = Data.SafetyIncidents.FindByCode("8·2")! with { PlaceId = "nowhere" };
        var row = Data.DistrictSafetyStatistics.ForArea("柯桥区")! with { PlaceId = "nowhere" };
        var entry = Data.Entries[0] with { PlaceIds = ["nowhere"] };

        RecordKindRegistry.SafetyIncident.LinkIssues(incident, Facts).Select(i => i.Property).Should().Equal(nameof(SafetyIncident.PlaceId));
        RecordKindRegistry.DistrictSafetyStatistics.LinkIssues(row, Facts).Select(i => i.Property).Should().Equal(nameof(DistrictSafetyStatistics.PlaceId));
        RecordKindRegistry.Entry.LinkIssues(entry, Facts).Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { Property = "PlaceIds[0]", Message = "'nowhere' is not the id of a place." });
    }

    [Fact]
    public void DistrictSafetyStatisticsValidator_RefusesAnAreaRowWithoutAPlace()
    {
        var row = Data.DistrictSafetyStatistics.ForArea("柯桥区")! with { PlaceId = null };

        new DistrictSafetyStatisticsValidator(Facts).Validate(row).Errors.Select(e => e.PropertyName).Should().Contain(nameof(DistrictSafetyStatistics.PlaceId));
        Data.Places.Select(p => p.Id).ToFrozenSet().Should().Contain("keqiao");
    }
}
