using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Model;

public sealed partial class MeetingTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Fact]
    public void Meetings_AreTwoPlenaryAndTwentyTwoExecutive()
    {
        // Lines 27 and 39: 全体会议2次 (第七次、第八次), 常务会议22次 (第六十八次至八十九次).
        Data.Meetings.Should().HaveCount(24);
        Data.Meetings.OfKind(MeetingKind.Plenary).Select(m => m.Number).Should().Equal(7, 8);
        Data.Meetings.OfKind(MeetingKind.Executive).Select(m => m.Number).Should().Equal(Enumerable.Range(68, 22));
        Data.Meetings.Should().OnlyContain(m => m.Term == 8);
    }

    [Fact]
    public void ExecutiveDates_AreIn2020_AndIncreaseWithTheNumber()
    {
        var executive = Data.Meetings.OfKind(MeetingKind.Executive);

        executive.Should().OnlyContain(m => m.Date.Year == 2020);
        executive.Select(m => m.Date).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        executive.OrderBy(m => m.Number).Select(m => m.Date).Should().BeInAscendingOrder();
    }

    [Theory]
    [InlineData("plenary-07", "2020-04-30", 29)]
    [InlineData("plenary-08", "2020-07-31", 35)]
    [InlineData("executive-68", "2020-01-19", 41)]
    [InlineData("executive-69", "2020-02-27", 45)]
    [InlineData("executive-73", "2020-05-13", 53)]
    [InlineData("executive-79", "2020-08-14", 71)]
    [InlineData("executive-85", "2020-11-06", 89)]
    [InlineData("executive-86", "2020-11-30", 95)]
    [InlineData("executive-89", "2020-12-16", 101)]
    public void Meeting_HasTheDateAndLineOfItsParagraph(string id, string date, int line)
    {
        var meeting = Data.Meetings.Find(id)!;

        meeting.Date.Should().Be(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        meeting.Source.Line.Should().Be(line);
    }

    [Theory]
    // Counted by hand in the seed: one item per 听取 clause.
    [InlineData(68, 11)]
    [InlineData(69, 2)]
    [InlineData(70, 11)]
    [InlineData(72, 10)]
    [InlineData(77, 12)]
    [InlineData(80, 9)]
    [InlineData(82, 7)]
    [InlineData(86, 14)]
    [InlineData(87, 1)]
    [InlineData(88, 3)]
    public void AgendaItems_CountedByHand(int number, int items)
    {
        Data.Meetings.FindByNumber(MeetingKind.Executive, number)!.AgendaItems.Should().HaveCount(items);
    }

    [Fact]
    public void AgendaItems_AreOnePerTingquClauseOfTheRawText()
    {
        foreach (var meeting in Data.Meetings)
        {
            var raw = Whitespace().Replace(Yearbook.Quote(meeting.Source), string.Empty);
            var clauses = Regex.Count(raw, "听取");

            meeting.AgendaItems.Should().HaveCount(clauses, meeting.Id);
            meeting.AgendaItems.Select(i => i.Sequence).Should().Equal(Enumerable.Range(1, clauses));
        }
    }

    [Fact]
    public void DuplicatedClause_OfThe82ndMeeting_IsKeptAndFlagged()
    {
        // Line 81: 听取市医保局局长裘凯音关于明确2021年全市城乡居民基本医疗保险筹资标准有关情况的汇报 is printed twice.
        var items = Data.Meetings.FindByNumber(82)!.AgendaItems;

        items[2].Presenters.Single().Name.Should().Be("裘凯音");
        items[2].DuplicateOf.Should().BeNull();
        items[6].Text.Should().Be(items[2].Text);
        items[6].DuplicateOf.Should().Be(items[2].Id);
        Data.Meetings.SelectMany(m => m.AgendaItems).Count(i => i.DuplicateOf is not null).Should().Be(1);
    }

    [Fact]
    public void OneClause_WithNinePresenters_StaysOneItem()
    {
        // Line 77: nine presenters report on the revision of the 2020 "1+9" policies.
        var item = Data.Meetings.FindByNumber(80)!.AgendaItems[2];

        item.Kind.Should().Be(AgendaItemKind.Revision);
        item.Presenters.Select(p => p.Name).Should().Equal("金辉", "王浩萍", "何坚刚", "毛红卫", "王辉", "徐荻", "王国飙", "许永明", "钱肖华");
        item.Presenters[6].Role.Should().Be("市委人才办常务副主任");
        item.Presenters[6].AgencyId.Should().Be("party-talent-office");
        item.Subject.Should().Be("2020年\"1+9\"扶持政策");
    }

    [Fact]
    public void TwoPresentersJoinedBy和_StayOneItem()
    {
        // Line 65: 听取市建设局局长毛红卫和市司法局局长黄文刚关于《绍兴市物业管理条例(草案)》起草情况的汇报.
        var item = Data.Meetings.FindByNumber(77)!.AgendaItems[1];

        item.Presenters.Select(p => (p.Name, p.AgencyId)).Should().Equal(("毛红卫", "housing-urban-rural-development-bureau"), ("黄文刚", "justice-bureau"));
        item.Documents.Should().Equal("绍兴市物业管理条例(草案)");
        item.Kind.Should().Be(AgendaItemKind.Drafting);
    }

    [Fact]
    public void ThreePresentersWithTheirOwnSubjects_StayOneItem()
    {
        // Line 43: 方林苗关于生态文明建设…、毛红卫关于城市建设和管理工作…、王浩萍关于乡村振兴工作…评选推荐工作.
        var item = Data.Meetings.FindByNumber(68)!.AgendaItems[6];

        item.Presenters.Select(p => p.Name).Should().Equal("方林苗", "毛红卫", "王浩萍");
        item.Presenters[0].Subject.Should().Be("生态文明建设突出贡献集体和个人");
        item.Presenters[2].Subject.Should().Be("乡村振兴工作突出贡献集体和个人评选推荐工作");
    }

    [Fact]
    public void PresenterWithTwoPosts_ReportsUnderTheLastOne_AndKeepsBoth()
    {
        // Line 49: 市水利局局长、市治水办常务副主任张宪疆 on the 五水共治 plan.
        var presenter = Data.Meetings.FindByNumber(71)!.AgendaItems[4].Presenters.Single();

        presenter.Name.Should().Be("张宪疆");
        presenter.Posts.Select(p => p.AgencyId).Should().Equal("water-resources-bureau", "water-governance-office");
        presenter.Title.Should().Be("常务副主任");
        presenter.AgencyId.Should().Be("water-governance-office");
    }

    [Theory]
    [InlineData(68, 1, AgendaItemKind.Drafting)]
    [InlineData(68, 4, AgendaItemKind.Transmission)]
    [InlineData(70, 6, AgendaItemKind.Compilation)]
    [InlineData(72, 8, AgendaItemKind.Revision)]
    [InlineData(83, 9, AgendaItemKind.Revision)]
    [InlineData(77, 1, AgendaItemKind.Transmission)]
    [InlineData(70, 9, AgendaItemKind.Briefing)]
    [InlineData(89, 2, AgendaItemKind.Drafting)]
    public void AgendaItemKind_FollowsTheClauseWords(int number, int sequence, AgendaItemKind kind)
    {
        Data.Meetings.FindByNumber(number)!.AgendaItems[sequence - 1].Kind.Should().Be(kind);
    }

    [Fact]
    public void ClauseThatTransmitsAndDrafts_NamesBothKinds()
    {
        // Line 101: …电视电话会议精神传达以及《…》《…》起草情况的汇报.
        var item = Data.Meetings.FindByNumber(89)!.AgendaItems[1];

        item.OtherKinds.Should().Equal(AgendaItemKind.Transmission);
        item.Documents.Should().Equal("绍兴市进口冷链食品公共集中监管仓建设方案", "关于进一步做好进口冷链食品\"全受控、无遗漏\"闭环管理的通知");
    }

    [Fact]
    public void LawStudies_AreTheFiveSessionsOfTheText()
    {
        var studies = Data.Meetings.Where(m => !m.LawStudies.IsEmpty).ToDictionary(m => m.Number, m => m.LawStudies.Single());

        studies.Keys.Should().BeEquivalentTo([68, 73, 75, 81, 89]);
        studies[68].Should().BeEquivalentTo(new { Lecturer = "严洪祥", LecturerRole = "律师", Affiliation = "浙江大公律师事务所", Law = "中华人民共和国土地管理法", PartsOnly = false });
        studies[73].Should().BeEquivalentTo(new { Lecturer = "董新辉", LecturerRole = "老师", Affiliation = "绍兴文理学院", Law = "优化营商环境条例", PartsOnly = true });
        studies[75].Should().BeEquivalentTo(new { Lecturer = "钟重", LecturerRole = "副所长", Affiliation = "浙江省生态环境科学设计研究院土壤环境与固体废物研究所", Law = "中华人民共和国土壤污染防治法" });
        studies[81].Should().BeEquivalentTo(new { Lecturer = "徐肖东", LecturerRole = "副主任", Affiliation = "绍兴文理学院法律系", Law = "中华人民共和国行政法" });
        studies[89].Should().BeEquivalentTo(new { Lecturer = "顾金喜", LecturerRole = "副主任", Affiliation = "浙江省委党校公共管理教研部", Law = "突发事件应对法" });
        studies.Values.Select(s => s.AffiliationAgencyId).Should().Equal(
            "dagong-law-firm", "shaoxing-university", "zhejiang-environmental-science-institute", "shaoxing-university", "zhejiang-party-school");
    }

    [Fact]
    public void Activities_IncludeTheWarningFilmOfThe88thMeeting()
    {
        Data.Meetings.FindByNumber(88)!.Activities.Should().Equal("观看2020年长江经济带生态环境警示片");
        Data.Meetings.FindByNumber(7)!.Activities.Should().ContainSingle().Which.Should().Contain("周恩来风范园");
    }

    [Fact]
    public void PlenaryMeetings_NameSpeakerChairAndAttendees()
    {
        // Line 31: 市长盛阅春讲话。副市长徐国龙、栾国栋、顾涛、陈德洪、邵全卯、俞流江,市政府秘书长王芬祥参加会议。
        var seventh = Data.Meetings.FindByNumber(MeetingKind.Plenary, 7)!;
        seventh.Speakers.Select(s => (s.Name, s.Role)).Should().Equal(("盛阅春", "市长"));
        seventh.Chair.Should().BeNull();
        seventh.Attendees.Select(a => a.Name).Should().Equal("徐国龙", "栾国栋", "顾涛", "陈德洪", "邵全卯", "俞流江", "王芬祥");
        seventh.Attendees[^1].Role.Should().Be("市政府秘书长");

        // Line 35: 市长盛阅春讲话,常务副市长徐国龙主持,副市长栾国栋、顾涛、陈德洪、邵全卯、俞流江、陶关锋,秘书长王芬祥参加。
        var eighth = Data.Meetings.FindByNumber(MeetingKind.Plenary, 8)!;
        eighth.Chair!.Name.Should().Be("徐国龙");
        eighth.Chair.Role.Should().Be("常务副市长");
        eighth.Attendees.Select(a => a.Name).Should().Equal("栾国栋", "顾涛", "陈德洪", "邵全卯", "俞流江", "陶关锋", "王芬祥");
        eighth.Attendees.Should().OnlyContain(a => a.AgencyId == "municipal-government");
    }

    [Fact]
    public void ExecutiveMeetings_AreChairedByTheMayor_AsTheIntroductionSays()
    {
        // Line 39: …由盛阅春市长主持。
        Data.Meetings.OfKind(MeetingKind.Executive).Should().OnlyContain(m => m.Chair!.Name == "盛阅春" && m.Chair.Source.Line == 39);
    }

    [Fact]
    public void EveryRecord_QuotesItsKeyText()
    {
        foreach (var meeting in Data.Meetings)
        {
            Raw(meeting.Source).Should().Contain(FormattableString.Invariant($"{meeting.Date.Month}月{meeting.Date.Day}日"), meeting.Id);
            foreach (var item in meeting.AgendaItems)
            {
                foreach (var presenter in item.Presenters)
                {
                    Raw(item.Source).Should().Contain(presenter.Name, item.Id);
                }
            }

            foreach (var participant in meeting.Speakers.Concat(meeting.Attendees).Append(meeting.Chair).OfType<Participant>())
            {
                Raw(participant.Source).Should().Contain(participant.Name);
            }

            foreach (var study in meeting.LawStudies)
            {
                Raw(study.Source).Should().Contain(study.Lecturer).And.Contain(study.Law);
            }
        }
    }

    [Fact]
    public void EveryPresenter_ResolvesToAnAgency()
    {
        // No known exceptions: every role of every clause names a body of agencies.json.
        var presenters = Data.Meetings.SelectMany(m => m.AgendaItems).SelectMany(i => i.Presenters).ToList();

        presenters.Should().HaveCountGreaterThan(150);
        presenters.SelectMany(p => p.Posts).Should().OnlyContain(p => Data.Agencies.Find(p.AgencyId) != null);
    }

    private static string Raw(SourceSpan source) => Whitespace().Replace(Yearbook.Quote(source), string.Empty);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
