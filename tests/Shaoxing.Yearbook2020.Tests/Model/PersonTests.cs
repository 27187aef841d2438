using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Model;

public sealed class PersonTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Fact]
    public void People_AreNamedOnce_AndEachQuotesItsName()
    {
        Data.People.Select(p => p.Name).Should().OnlyHaveUniqueItems();
        foreach (var person in Data.People)
        {
            Regex.Replace(Yearbook.Quote(person.Source), @"\s+", string.Empty).Should().Contain(person.Name);
            foreach (var source in person.Appointments.SelectMany(a => a.Sources))
            {
                Regex.Replace(Yearbook.Quote(source), @"\s+", string.Empty).Should().Contain(person.Name);
            }
        }
    }

    [Fact]
    public void PersonIds_OfEveryParticipantPresenterAndLecturer_NameThatPerson()
    {
        var named = Data.Meetings.SelectMany(m => m.Speakers.Concat(m.Attendees).Append(m.Chair).OfType<Participant>().Select(p => (p.Name, p.PersonId))
            .Concat(m.AgendaItems.SelectMany(i => i.Presenters).Select(p => (p.Name, p.PersonId)))
            .Concat(m.LawStudies.Select(s => (Name: s.Lecturer, PersonId: s.LecturerId)))).ToList();

        named.Should().HaveCountGreaterThan(100);
        named.Should().OnlyContain(x => x.PersonId != null && Data.People.Find(x.PersonId)!.Name == x.Name);
        Data.Meetings.FindByNumber(81)!.AgendaItems[0].Presenters[0].PersonId.Should().Be(Data.People.FindByName("盛阅春")!.Id); // line 79
        Data.Meetings.SelectMany(m => m.LawStudies).Should().Contain(s => s.LecturerId == Data.People.FindByName("严洪祥")!.Id);
    }

    [Fact]
    public void People_NamedOutsideTheMeetings_HaveTypedAppearances()
    {
        Appearances("习近平").Should().Contain([
            (AppearanceKind.Relayed, "plenary-07"), (AppearanceKind.Relayed, "executive-82"), (AppearanceKind.Relayed, "s5-e01")]); // lines 29, 81, 230
        Data.People.FindByName("郑栅洁")!.Appearances.Should().ContainSingle()
            .Which.Should().Match<Appearance>(a => a.Kind == AppearanceKind.Relayed && a.RecordId == "executive-81" && a.Role == "省委副书记、代省长");
        Appearances("孙绍骋").Should().Equal((AppearanceKind.Spoke, "s4-e13"));   // line 208
        Appearances("朱天舒").Should().Equal((AppearanceKind.Chaired, "s4-e13"));
        Appearances("郭治武").Should().Equal((AppearanceKind.Chaired, "s5-e30")); // line 373
        Appearances("徐国龙").Should().Contain([(AppearanceKind.Attended, "plenary-07"), (AppearanceKind.Spoke, "s5-e30")]);
        Appearances("展才华").Should().Equal((AppearanceKind.Honoured, Data.Honours.ReceivedBy("展才华").Single().Id));
        Appearances("胡大江").Should().Contain((AppearanceKind.Proposed, "honour-003")).And.Contain((AppearanceKind.Presented, "executive-69")); // line 57: 建议给…记功
    }

    [Fact]
    public void APersonToBeBroughtIn_IsAPerson_LinkedFromTheAgendaItem()
    {
        // Line 75: 听取市体育局局长吴海明关于拟引进高水平乒乓球教练员谢赛克的情况汇报.
        var xie = Data.People.FindByName("谢赛克")!;

        xie.Pinyin.Should().Be("Xie Saike");
        xie.Appearances.Should().ContainSingle().Which.Should().Match<Appearance>(a =>
            a.Kind == AppearanceKind.Hired && a.RecordId == "executive-79" && a.Role == "高水平乒乓球教练员" && a.Source.Line == 75);
        Data.Meetings.Find("executive-79")!.AgendaItems.SelectMany(i => i.NamedRecords)
            .Should().Contain(l => l.Kind == NamedRecordKind.Person && l.TargetId == xie.Id && l.Name == "谢赛克");
    }

    [Fact]
    public void Officials_AreThePeopleWithAppointments_AndKeepTheirIds()
    {
        var officials = Data.People.Where(p => !p.Appointments.IsEmpty).ToList();

        officials.Should().HaveCount(71);
        officials.Select(p => p.Id).Should().Equal(Enumerable.Range(1, 71).Select(i => $"person-{i:D2}"));
        (Data.People.Find("person-01")!.Name, Data.People.Find("person-71")!.Name).Should().Be(("盛阅春", "顾金喜"));
        Data.People.Should().NotContain(p => p.Appointments.IsEmpty && p.Appearances.Any(a => a.Kind == AppearanceKind.Presented));
    }

    [Fact]
    public void Table7People_AreEachHonouredOnce()
    {
        var table7 = Data.Honours.WithTitleContaining("最美应急人");

        table7.Should().HaveCount(20);
        table7.Should().OnlyContain(h => Data.People.FindByName(h.Recipient!)!.Appearances.Count(a => a.Kind == AppearanceKind.Honoured && a.RecordId == h.Id) == 1);
    }

    [Fact]
    public void Appearances_QuoteTheName()
    {
        foreach (var person in Data.People)
        {
            person.Appearances.Should().NotBeEmpty();
            foreach (var appearance in person.Appearances)
            {
                Regex.Replace(Yearbook.Quote(appearance.Source), @"\s+", string.Empty).Should().Contain(person.Name, "{0} {1}", appearance.Kind, appearance.RecordId);
            }
        }
    }

    private static IEnumerable<(AppearanceKind, string)> Appearances(string name) =>
        Data.People.FindByName(name)!.Appearances.Select(a => (a.Kind, a.RecordId));

    [Fact]
    public void TransportBureauHead_ChangesFrom杨建根To张永明()
    {
        // Line 45 (2月27日): 市交通运输局局长杨建根; line 61 (6月15日): 市交通运输局党委书记张永明;
        // lines 71 (8月14日) and 101 (12月16日): 市交通运输局局长张永明.
        var heads = Data.People.Holders("局长", "transport-bureau");

        heads.Select(h => (h.Person.Name, h.Appointment.FirstSeen, h.Appointment.LastSeen)).Should().Equal(
            ("杨建根", new DateOnly(2020, 2, 27), new DateOnly(2020, 2, 27)),
            ("张永明", new DateOnly(2020, 8, 14), new DateOnly(2020, 12, 16)));
        Data.People.FindByName("张永明")!.Appointments.Select(a => (a.Title, a.FirstSeen)).Should().Equal(
            ("党委书记", new DateOnly(2020, 6, 15)), ("局长", new DateOnly(2020, 8, 14)));
    }

    [Theory]
    [InlineData("civil-affairs-bureau", "凌芳", "吴绍庆")] // lines 59 and 77, 83
    [InlineData("commerce-bureau", "钱林江", "钱肖华")] // lines 49, 51 and 77, 93, 95
    public void HeadsWhoChange_AreTwoPeople_WithDatesThatDoNotOverlap(string agencyId, string before, string after)
    {
        var heads = Data.People.Holders("局长", agencyId);

        heads.Select(h => h.Person.Name).Should().Equal(before, after);
        heads[0].Appointment.LastSeen.Should().BeBefore(heads[1].Appointment.FirstSeen);
    }

    [Fact]
    public void PlenaryParticipants_ArePeople_WithTheirRoles()
    {
        Data.People.FindByName("盛阅春")!.Appointments.Should().ContainSingle(a => a.Title == "市长" && a.AgencyId == "municipal-government");
        Data.People.FindByName("陶关锋")!.Appointments.Single().Title.Should().Be("副市长");
        Data.People.FindByName("徐国龙")!.Appointments.Select(a => a.Title).Should().Equal("副市长", "常务副市长");
        Data.People.FindByName("王芬祥")!.Appointments.Single().MeetingIds.Should().Equal("plenary-07", "executive-77", "plenary-08");
    }

    [Fact]
    public void APersonWithTwoPosts_HasTwoAppointments()
    {
        // Line 43: 市政府副秘书长、办公室主任闾小锋.
        Data.People.FindByName("闾小锋")!.Appointments.Select(a => a.AgencyId).Should().Equal("municipal-government", "general-office");
    }

    [Fact]
    public void LawStudyLecturers_ArePeople_OfTheirInstitutions()
    {
        // Line 79: 绍兴文理学院法律系副主任徐肖东.
        var appointment = Data.People.FindByName("徐肖东")!.Appointments.Single();

        appointment.Role.Should().Be("绍兴文理学院法律系副主任");
        appointment.AgencyId.Should().Be("shaoxing-university");
        appointment.FirstSeen.Should().Be(new DateOnly(2020, 9, 17));
    }

    [Fact]
    public void HonourAppearances_TellAProposalFromAnHonour()
    {
        var honours = Data.Honours.ToDictionary(h => h.Id);
        var onHonours = Data.People.SelectMany(p => p.Appearances).Where(a => honours.ContainsKey(a.RecordId)).ToList();

        onHonours.Should().OnlyContain(a => a.Kind == (honours[a.RecordId].IsProposal ? AppearanceKind.Proposed : AppearanceKind.Honoured));
        onHonours.Should().Contain(a => a.Kind == AppearanceKind.Proposed, "lines 57 and 59 propose 记功 for 胡大江 and 邢玉清");
    }

    [Fact]
    public void Appointment_TenureUsesEveryLineThatAttestsIt()
    {
        // Line 373: 市委常委、常务副市长徐国龙致辞 at the meeting of 2020年9月29日, after the last meeting that shows him so.
        var post = Data.People.FindByName("徐国龙")!.Appointments.Single(a => a.Role == "常务副市长");

        post.LastSeen.Should().Be(new DateOnly(2020, 9, 29));
        post.Sources.Select(s => s.Line).Should().Contain(373);
    }
}
