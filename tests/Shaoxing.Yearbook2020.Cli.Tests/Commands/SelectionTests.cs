using Shaoxing.Yearbook2020.Cli.Commands;
using Shaoxing.Yearbook2020.Cli.Commands.DistrictSafety;
using Shaoxing.Yearbook2020.Cli.Commands.Honours;
using Shaoxing.Yearbook2020.Cli.Commands.Incidents;
using Shaoxing.Yearbook2020.Cli.Commands.Meetings;
using Shaoxing.Yearbook2020.Cli.Commands.Timeline;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Tests.Commands;

/// <summary>The commands' selections, called as functions of the yearbook and the options: no console, no parsing.</summary>
public sealed class SelectionTests
{
    private static readonly Yearbook Yearbook = Yearbook.Default;

    [Fact]
    public void Meetings_InJuly_AreTheFourMeetingsOfJuly()
    {
        var found = MeetingsSelection.Of(Yearbook, new MeetingsOptions(new DayFilter(Month: 7)));

        // Seed lines 63, 65, 69 and 35: the 76th, 77th and 78th executive meetings on 2, 16 and 29 July, the 8th plenary on 31 July.
        found.Meetings.Select(m => m.Id).Should().Equal("executive-76", "executive-77", "executive-78", "plenary-08");
        found.Options.FiltersItems.Should().BeFalse();
    }

    [Fact]
    public void Meetings_ByAgencyAndItemKind_AreTheEmergencyBureausTwoDrafts()
    {
        var found = MeetingsSelection.Of(Yearbook, new MeetingsOptions(DayFilter.None, Agency: "市应急管理局", ItemKind: AgendaItemKind.Drafting));

        found.Options.FiltersItems.Should().BeTrue();
        found.Items.Select(i => i.Item.Id).Should().Equal("executive-71-04", "executive-74-08");
    }

    [Fact]
    public void Meetings_AgencyNotInTheData_IsRefusedNamingIt()
    {
        var act = () => MeetingsSelection.Of(Yearbook, new MeetingsOptions(DayFilter.None, Agency: "市魔法部"));

        act.Should().Throw<BadValueException>().WithMessage("no agency is named '市魔法部'.*");
    }

    [Fact]
    public void Incidents_InXinchangInJune_AreTwo()
    {
        var found = IncidentsSelection.Of(Yearbook, new IncidentsOptions("新昌", null, new DayFilter(Month: 6)));

        found.Incidents.Select(i => i.Date).Should().Equal(new DateOnly(2020, 6, 7), new DateOnly(2020, 6, 30));
    }

    [Fact]
    public void Honours_ByNominatorAndLevel_AreTheThreeMunicipalOnes()
    {
        var found = HonoursSelection.Of(Yearbook, new HonoursOptions(null, HonourLevel.Municipal, null, "诸暨市安委办", DayFilter.None, null));

        found.Honours.Select(h => h.Recipient).Should().BeEquivalentTo("应巨伟", "郦洋", "陈国强");
    }

    [Fact]
    public void DistrictSafety_OneArea_ShowsItsRowWithoutTheTotalsCheck()
    {
        var found = DistrictSafetySelection.Of(Yearbook, new DistrictSafetyOptions("诸暨", "deaths"));

        found.Shown.Should().ContainSingle().Which.Area.Should().Be("诸暨市");
        found.TotalsCheck.Should().BeEmpty();
    }

    [Fact]
    public void Timeline_CaptionsOfAugust_AreAllCaptionsDatedInAugust()
    {
        var captions = TimelineOptions.DatedKinds.Single(k => k.Name == "captions");

        var found = TimelineSelection.Of(Yearbook, new TimelineOptions(new DayFilter(Month: 8), captions));

        found.Records.Should().NotBeEmpty().And.OnlyContain(r => r is Caption && r.Date!.Value.Month == 8);
        found.Records.Should().HaveCount(Yearbook.Captions.Count(c => c.Date is { Year: 2020, Month: 8 }));
    }

    [Theory]
    [InlineData("2020-07-15", true)]
    [InlineData("2020-07-09", false)]
    [InlineData("2020-07-31", true)]
    [InlineData("2020-08-01", false)]
    [InlineData("2019-07-15", false)]
    public void DayFilter_MonthAndRange_KeepTheDaysInBoth(string day, bool kept)
    {
        var filter = new DayFilter(Month: 7, From: new DateOnly(2020, 7, 10));

        filter.Keeps(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(kept);
    }
}
