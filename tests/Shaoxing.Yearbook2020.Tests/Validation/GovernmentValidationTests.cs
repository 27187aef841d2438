using System.Collections.Frozen;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Tests.Validation;

public sealed class GovernmentValidationTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Fact]
    public void Validators_AcceptEveryShippedMeetingAgencyAndPerson()
    {
        var (facts, government) = Facts();

        Data.Meetings.Should().OnlyContain(m => new MeetingValidator(facts, government).Validate(m).IsValid);
        Data.Meetings.SelectMany(m => m.AgendaItems).Should().OnlyContain(i => new AgendaItemValidator(facts, government).Validate(i).IsValid);
        Data.Agencies.Should().OnlyContain(a => new AgencyValidator(facts).Validate(a).IsValid);
        Data.People.Should().OnlyContain(p => new PersonValidator(facts, government).Validate(p).IsValid);
    }

    [Fact]
    public void MeetingValidator_RefusesAWrongYearAndAnUnknownAgency()
    {
        var (facts, government) = Facts();
        var meeting = Data.Meetings.FindByNumber(69)!;
        var item = meeting.AgendaItems[0];
        var presenter = item.Presenters[0] with { AgencyId = "nowhere", Posts = [item.Presenters[0].Posts[0] with { AgencyId = "nowhere" }] };
        var broken = meeting with
        {
            Date = new DateOnly(2019, 2, 27),
            AgendaItems = [item with { Presenters = [presenter] }],
        };

        var errors = new MeetingValidator(facts, government).Validate(broken).Errors.Select(e => e.PropertyName)
            .Concat(RecordKindRegistry.Meeting.LinkIssues(broken, facts).Select(i => i.Property)).ToList();

        errors.Should().Contain("Date.Year").And.Contain(e => e.EndsWith("Posts[0].AgencyId", StringComparison.Ordinal));
    }

    [Fact]
    public void MeetingValidator_PersonIdThatDoesNotResolve_IsRefused()
    {
        var (facts, government) = Facts();
        var meeting = Data.Meetings.FindByNumber(82)!;
        var item = meeting.AgendaItems[0];
        var broken = meeting with
        {
            Chair = meeting.Chair! with { PersonId = "person-999" },
            AgendaItems = meeting.AgendaItems.SetItem(0, item with { Presenters = [item.Presenters[0] with { PersonId = null }] }),
        };

        var errors = new MeetingValidator(facts, government).Validate(broken).Errors.Select(e => e.PropertyName)
            .Concat(RecordKindRegistry.Meeting.LinkIssues(broken, facts).Select(i => i.Property)).ToList();

        errors.Should().Contain("Chair.PersonId").And.Contain(e => e.EndsWith("Presenters[0].PersonId", StringComparison.Ordinal));
    }

    [Fact]
    public void AgendaItemValidator_RefusesADocumentNotInTheClause()
    {
        var (facts, government) = Facts();
        var item = Data.Meetings.FindByNumber(69)!.AgendaItems[0] with { Documents = ["不存在的文件"] };

        new AgendaItemValidator(facts, government).Validate(item).IsValid.Should().BeFalse();
    }

    [Fact]
    public void PersonValidator_RefusesAnAppointmentEndingBeforeItStarts()
    {
        var (facts, government) = Facts();
        var person = Data.People.FindByName("杨建根")!;
        var broken = person with { Appointments = [person.Appointments[0] with { LastSeen = new DateOnly(2020, 1, 1) }] };

        new PersonValidator(facts, government).Validate(broken).IsValid.Should().BeFalse();
    }

    [Fact]
    public void PersonValidator_AnAppearanceInARecordThatDoesNotExist_IsRefused()
    {
        var (facts, government) = Facts();
        var person = Data.People.FindByName("展才华")!;
        var broken = person with { Appearances = [person.Appearances[0] with { RecordId = "executive-68" }] };

        new PersonValidator(facts, government).Validate(broken).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be("Appearances[0].RecordId");
    }

    [Fact]
    public void AgencyValidator_RefusesAListedBodyOfTheWrongKind()
    {
        var (facts, _) = Facts();
        var broken = Data.Agencies.Find("audit-bureau")! with { Kind = AgencyKind.External, Id = "Audit Bureau" };

        new AgencyValidator(facts).Validate(broken).Errors.Should().HaveCount(2);
    }

    [Fact]
    public void Validators_EnglishListNotParallelToItsChineseList_AreRefused_AndAnEmptyOneIsAccepted()
    {
        var (facts, government) = Facts();
        var item = Data.Meetings.SelectMany(m => m.AgendaItems).First(i => i.Documents.Length > 0);
        var meeting = Data.Meetings.First(m => m.Activities.Length > 0);
        var table = Data.Tables.Find("table-6")!;
        item.EnglishDocuments.Should().HaveSameCount(item.Documents);

        new AgendaItemValidator(facts, government).Validate(item with { EnglishDocuments = [.. item.EnglishDocuments, "Another Title"] })
            .Errors.Should().ContainSingle().Which.PropertyName.Should().Be("EnglishDocuments");
        new MeetingValidator(facts, government).Validate(meeting with { EnglishActivities = [.. meeting.EnglishActivities, "One more"] })
            .Errors.Should().ContainSingle().Which.PropertyName.Should().Be("EnglishActivities");
        new SeedTableValidator(facts).Validate(table with { Rows = table.Rows.SetItem(0, table.Rows[0] with { EnglishCells = ["Indicator"] }) })
            .Errors.Should().ContainSingle().Which.PropertyName.Should().StartWith("Rows[0]");
        new AgendaItemValidator(facts, government).Validate(item with { EnglishDocuments = [] }).IsValid.Should().BeTrue("an empty list says a rendering is missing");
    }

    private static (DatasetFacts Facts, GovernmentFacts Government) Facts()
    {
        var facts = new DatasetFacts(Data.Dataset.SeedLineCount)
        {
            SectionIds = Data.Sections.Select(s => s.Id).ToFrozenSet(),
            EntryIds = Data.Entries.Select(e => e.Id).ToFrozenSet(),
            HonourIds = Data.Honours.Select(h => h.Id).ToFrozenSet(),
            AgencyIds = Data.Agencies.Select(a => a.Id).ToFrozenSet(),
            MeetingIds = Data.Meetings.Select(m => m.Id).ToFrozenSet(),
            PersonIds = Data.People.Select(p => p.Id).ToFrozenSet(),
            PlaceIds = Data.Places.Select(p => p.Id).ToFrozenSet(),
        };
        return (facts, facts.Government);
    }
}
