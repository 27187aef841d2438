using System.Collections.Frozen;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Tests.Validation;

public sealed class IncidentAndHonourValidationTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Fact]
    public void Validators_AcceptEveryShippedRecord()
    {
        var facts = Facts();
        Data.SafetyIncidents.SelectMany(i => new SafetyIncidentValidator(facts).Validate(i).Errors).Should().BeEmpty();
        Data.DistrictSafetyStatistics.SelectMany(r => new DistrictSafetyStatisticsValidator(facts).Validate(r).Errors).Should().BeEmpty();
        Data.Honours.SelectMany(h => new HonourValidator(facts).Validate(h).Errors).Should().BeEmpty();
    }

    [Fact]
    public void SafetyIncidentValidator_RefusesZeroCasualtiesAWrongCodeAndADistrictOutsideTheCity()
    {
        var incident = Data.SafetyIncidents.FindByCode("8·2")! with { Code = "8·3", Evacuated = 0, InShaoxing = false, SeriouslyInjured = 9 };

        var result = new SafetyIncidentValidator(Facts()).Validate(incident);

        result.Errors.Select(e => e.PropertyName).Should()
            .Contain(nameof(SafetyIncident.Code)).And.Contain(nameof(SafetyIncident.Evacuated))
            .And.Contain(nameof(SafetyIncident.District)).And.Contain(nameof(SafetyIncident.SeriouslyInjured));
    }

    [Fact]
    public void DistrictSafetyStatisticsValidator_RefusesARowWhosePartsDoNotAddUp()
    {
        var row = Data.DistrictSafetyStatistics.Total! with { RoadAccidents = 47 };

        new DistrictSafetyStatisticsValidator(Facts()).Validate(row).Errors.Select(e => e.PropertyName)
            .Should().Contain(nameof(DistrictSafetyStatistics.TotalAccidents));
    }

    [Fact]
    public void HonourValidator_IdsThatDoNotResolve_AreRefused()
    {
        var honour = Data.Honours.ReceivedBy("吴小江")[0] with
        {
            RecipientId = "shaoxing",              // a place, not a person
            AffiliationId = "no-such-body",
            NominatorId = null,                    // while 表7 names the nominator
            ConferrerIds = ["work-safety-committee-office", "person-01"],
        };

        new HonourValidator(Facts()).Validate(honour).Errors.Select(e => e.PropertyName)
            .Concat(RecordKindRegistry.Honour.LinkIssues(honour, Facts()).Select(i => i.Property))
            .Should().Contain([nameof(Honour.RecipientId), nameof(Honour.AffiliationId), nameof(Honour.NominatorId), "ConferrerIds[1]"]);
    }

    [Fact]
    public void HonourValidator_RefusesANamedGroupAndAnUncountedOne()
    {
        var honour = Data.Honours.ReceivedBy("展才华")[0] with { RecipientKind = RecipientKind.UnnamedGroup, CohortSize = null };

        new HonourValidator(Facts()).Validate(honour).Errors.Select(e => e.PropertyName)
            .Should().Contain(nameof(Honour.Recipient)).And.Contain(nameof(Honour.CohortSize));
    }

    [Fact]
    public void HonourValidator_RefusesAMonthOtherThanTheDatesAndAnAliasEqualToTheName()
    {
        var honour = Data.Honours.ReceivedBy("柯桥区代表团")[0] with { Month = "2020-12", RecipientAliases = ["柯桥区代表团"] };

        new HonourValidator(Facts()).Validate(honour).Errors.Select(e => e.PropertyName)
            .Should().Contain(nameof(Honour.Month)).And.Contain(e => e.StartsWith(nameof(Honour.RecipientAliases), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2020-13")]
    [InlineData("2019-10")]
    [InlineData("2020-1")]
    public void HonourValidator_RefusesAMonthOutsideTheYear(string month)
    {
        var honour = Data.Honours.WithTitleContaining("创新数据应用大赛")[0] with { Month = month };

        new HonourValidator(Facts()).Validate(honour).Errors.Select(e => e.PropertyName).Should().Contain(nameof(Honour.Month));
    }

    private static DatasetFacts Facts() => new(Data.Dataset.SeedLineCount)
    {
        SectionIds = Data.Sections.Select(s => s.Id).ToFrozenSet(),
        EntryIds = Data.Entries.Select(e => e.Id).ToFrozenSet(),
        PlaceIds = Data.Places.Select(p => p.Id).ToFrozenSet(),
        AgencyIds = Data.Agencies.Select(a => a.Id).ToFrozenSet(),
        MeetingIds = Data.Meetings.Select(m => m.Id).ToFrozenSet(),
        PersonIds = Data.People.Select(p => p.Id).ToFrozenSet(),
    };
}
