using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Queries;

public sealed class AboutTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Fact]
    public void About_ADistrict_ReturnsItsIncidentsTable6RowEntriesAndTowns()
    {
        var about = Data.About("柯桥区");

        about.Places.Should().ContainSingle().Which.Id.Should().Be("keqiao");
        about.Agencies.Should().BeEmpty();
        about.RecordsOf<SafetyIncident>().Select(i => i.Code).Should().Contain(["8·2", "4·11"]);
        about.RecordsOf<DistrictSafetyStatistics>().Should().ContainSingle().Which.Area.Should().Be("柯桥区");
        about.RecordsOf<Entry>().Select(e => e.Id).Should().Contain("s5-e32").And.Contain(Data.Entries.Where(e => e.PlaceIds.Contains("keqiao")).Select(e => e.Id));
        about.RecordsOf<Place>().Select(p => p.Name).Should().BeEquivalentTo("柯岩街道", "华舍街道", "漓渚镇", "兰亭街道");
        about.RecordsOf<Honour>().Should().Contain(h => h.Recipient != null && h.Recipient.Contains("柯岩街道", StringComparison.Ordinal));
    }

    [Fact]
    public void About_ALeaderWhoseSpeechIsRelayed_ReturnsTheMeetingsAndEntriesThatRelayIt()
    {
        var about = Data.About("习近平");

        about.People.Should().ContainSingle();
        about.RecordsOf<Meeting>().Select(m => m.Id).Should().Contain(["plenary-07", "executive-68", "executive-82", "executive-84"]); // lines 29, 41, 81, 87
        about.RecordsOf<Entry>().Select(e => e.Id).Should().Contain(["s5-e01", "s5-e30"]);                                        // lines 230, 373
    }

    [Fact]
    public void About_ASpeakerAtAnEvent_ReturnsTheEntryWithTheLineThatNamesThem()
    {
        var about = Data.About("孙绍骋");

        var match = about.Groups.Single(g => g.Kind.Name == "entries").Matches.Should().ContainSingle().Which;
        (match.Id, match.Source.Line).Should().Be(("s4-e13", 208));
    }

    [Theory]
    [InlineData("省应急管理厅", "honour-060")]   // line 311: conferred 省级社会救援队伍
    [InlineData("国网绍兴公司", "honour-074")]   // 表7: nominated 韩军
    [InlineData("团市委", "honour-091")]         // line 425: one of four conferrers
    [InlineData("市公安局", "honour-052")]       // line 279: the recipient
    [InlineData("滨海新区消防大队", "honour-088")] // line 385: 展才华's unit
    public void About_AnAgencyShortName_ReturnsTheHonoursThatLinkIt(string name, string honourId) =>
        Data.About(name).RecordsOf<Honour>().Select(h => h.Id).Should().Contain(honourId);

    [Fact]
    public void About_AnAreaAssessedAsAWhole_ReturnsItsHonours()
    {
        // Line 279: 诸暨市 first in the 2020 assessment of safety and fire-control work.
        Data.About("诸暨市").RecordsOf<Honour>().Select(h => h.Id).Should().Contain("honour-050");
    }

    [Theory]
    [InlineData("柯桥")]
    [InlineData("keqiao")]
    [InlineData("绍兴市 柯桥区")]
    public void About_AliasIdOrSpacedName_GivesTheSameRecords(string name)
    {
        var expected = Data.About("柯桥区");

        var about = Data.About(name);

        about.Groups.Select(g => (g.Kind.Name, g.Matches.Length)).Should().Equal(expected.Groups.Select(g => (g.Kind.Name, g.Matches.Length)));
    }

    [Theory]
    [InlineData("市应急管理局")]
    [InlineData("市应急局")]
    [InlineData("绍兴市应急管理局")]
    [InlineData("Shàoxīng Shì Yìngjí Guǎnlǐ Jú")]
    [InlineData("shaoxingshiyingjiguanliju")]
    public void About_AnAgencyByAnyName_ReturnsTheMeetingsWhereItPresented(string name)
    {
        var about = Data.About(name);

        about.Agencies.Should().ContainSingle().Which.Id.Should().Be("emergency-management-bureau");
        about.RecordsOf<Meeting>().Should().BeEquivalentTo(Data.Meetings.WithAgency("市应急管理局"));
        about.RecordsOf<Person>().Select(p => p.Name).Should().Contain("黄立枫");
        about.Groups.Single(g => g.Kind.Name == "meetings").Matches.Should().OnlyContain(m => Yearbook.Quote(m.Source).Contains("应急管理局", StringComparison.Ordinal));
    }

    [Fact]
    public void About_APerson_ReturnsTheMeetingsTheyPresentedAt()
    {
        var about = Data.About("黄立枫");

        about.People.Should().ContainSingle();
        about.RecordsOf<Meeting>().Should().BeEquivalentTo(Data.Meetings.WithPresenter("黄立枫").Select(i => i.Meeting).Distinct());
    }

    [Fact]
    public void About_Groups_FollowTheKindsAndCarrySources()
    {
        var about = Data.About("柯桥区");
        var order = Yearbook.Kinds.Select(k => k.Name).ToList();

        about.Groups.Select(g => order.IndexOf(g.Kind.Name)).Should().BeInAscendingOrder();
        about.Groups.Should().OnlyContain(g => g.Matches.Length > 0);
        about.Groups.SelectMany(g => g.Matches).Should().OnlyContain(m => m.Source.Line >= 1 && m.Source.EndLine <= Yearbook.SeedLines.Length);
    }

    [Theory]
    [InlineData("Kubernetes")]
    [InlineData("衢州")]
    public void About_NameOfNothing_IsEmpty(string name)
    {
        var about = Data.About(name);

        about.IsEmpty.Should().BeTrue();
        about.Groups.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t")]
    public void About_BlankText_Throws(string name)
    {
        FluentActions.Invoking(() => Data.About(name)).Should().Throw<ArgumentException>().WithParameterName("nameOrId");
        FluentActions.Invoking(() => Data.About(null!)).Should().Throw<ArgumentNullException>().WithParameterName("nameOrId");
    }

    [Theory]
    [InlineData("Zhuji", "诸暨市")]
    [InlineData("Sheng Yuechun", "盛阅春")]
    [InlineData("Emergency Management Bureau", "市应急管理局")]
    public void About_EnglishOrPinyinName_AnswersAsTheChineseName(string english, string chinese)
    {
        var byEnglish = Yearbook.Default.About(english);
        var byChinese = Yearbook.Default.About(chinese);

        byEnglish.Groups.SelectMany(g => g.Matches).Select(m => m.Id).Should().Equal(byChinese.Groups.SelectMany(g => g.Matches).Select(m => m.Id)).And.NotBeEmpty();
    }

    [Fact]
    public void ByDate_ADistrict_GivesItsDatedRecordsEarliestFirstAcrossKinds()
    {
        var byDate = Data.About("柯桥区").ByDate();

        byDate.Select(m => m.Date).Should().NotContainNulls().And.BeInAscendingOrder();
        byDate.Select(m => m.Record.GetType()).Should().Contain([typeof(Entry), typeof(SafetyIncident)]);

        // Line 156: 2020年4月22日, the 版权AI智审 system went live in 柯桥区; line 377: the 8·2 explosion of 2020年8月2日.
        var copyright = byDate.Single(m => m.Record is Entry e && e.Heading.Contains("版权", StringComparison.Ordinal));
        var explosion = byDate.Single(m => m.Record is SafetyIncident { Code: "8·2" });
        copyright.Date.Should().Be(new DateOnly(2020, 4, 22));
        explosion.Date.Should().Be(new DateOnly(2020, 8, 2));
        byDate.IndexOf(copyright).Should().BeLessThan(byDate.IndexOf(explosion));
    }
}
