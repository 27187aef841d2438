namespace Shaoxing.Yearbook2020.Tests.Queries;

public sealed class AgencyQueryTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    /// <summary>The name of a body of the city, its Party committee or a district: 市/绍兴市/a district, then …局/办/委/委员会/办公室/支队
    /// (市级 is "city-level", not a name: 市级支队个人二等奖).</summary>
    private static readonly System.Text.RegularExpressions.Regex AgencyLike = new(
        "^(绍兴市|市(?!级)|越城区|柯桥区|上虞区|诸暨市|嵊州市|新昌县)[^、,]*(局|办|委|委员会|办公室|支队)$");

    [Theory]
    [InlineData("市人防办", "civil-air-defence-office")] // 表7, line 361: a nominator
    [InlineData("大数据局", "big-data-bureau")] // line 85: 大数据局局长何建
    [InlineData("市人民政府办公室", "general-office")] // line 160
    [InlineData("市网信办", "party-cyberspace-office")] // line 164: an organiser of the data contest
    [InlineData("越城区安委办", "yuecheng-work-safety-office")] // 表7: a nominator
    public void FindByName_ShortNameTheTextUses_Resolves(string name, string id)
    {
        Data.Agencies.FindByName(name)!.Id.Should().Be(id);
    }

    [Fact]
    public void FindByName_EveryAgencyLikeNameOfHonoursMeetingsAndIncidents_Resolves()
    {
        static IEnumerable<string> Names(string? text) =>
            text is null ? [] : text.Split(['、', ',', '，', '。', ';', '；', '"'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        var names = Data.Honours.SelectMany(h => Names(h.Nominator).Concat(Names(h.Conferrer)).Concat(Names(h.Affiliation)))
            .Concat(Data.SafetyIncidents.SelectMany(i => Names(i.Summary).Concat(Names(i.Notes))))
            .Where(n => AgencyLike.IsMatch(n))
            .Distinct()
            .ToList();

        names.Should().Contain(["市人防办", "市大数据局", "绍兴市消防安全委员会", "嵊州市安委办"], "the honours name these bodies");
        names.Where(n => Data.Agencies.FindByName(n) is null).Should().BeEmpty("every body named in honours and incidents is an agency");

        // Meetings name bodies in presenters' and attendees' roles and in law studies; each resolves to a record.
        var meetingAgencyIds = Data.Meetings.SelectMany(m => m.AgendaItems.SelectMany(i => i.Presenters.Select(p => p.AgencyId))
            .Concat(m.Attendees.Select(a => (string?)a.AgencyId))
            .Concat(m.LawStudies.Select(l => (string?)l.AffiliationAgencyId)))
            .ToList();
        meetingAgencyIds.Should().NotContainNulls().And.OnlyContain(id => Data.Agencies.Find(id!) != null);
    }

    [Theory]
    [InlineData("绍兴市发展和改革委员会")]
    [InlineData("绍兴市粮食和物资储备局")]
    [InlineData("市发改委")]
    [InlineData("发改委")]
    [InlineData("绍兴市发改委")]
    [InlineData(" 市 发改委 ")]
    public void FindByName_AcceptsFullAdditionalAndShortNames(string name)
    {
        Data.Agencies.FindByName(name)!.Id.Should().Be("development-reform-commission");
    }

    [Fact]
    public void FindByName_UnknownGivesNull_AndBadInputThrows()
    {
        Data.Agencies.FindByName("市宇宙局").Should().BeNull();
        ((Action)(() => Data.Agencies.FindByName(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => Data.Agencies.FindByName("  "))).Should().Throw<ArgumentException>().WithParameterName("name");
    }

    [Fact]
    public void ClosestTo_SuggestsAgenciesSharingCharacters()
    {
        Data.Agencies.ClosestTo("市交通局").Should().Contain(a => a.Id == "transport-bureau");
    }

    [Theory]
    [InlineData("Emergency Management Bureau", "市应急管理局")]
    [InlineData("Shaoxing Municipal Emergency Management Bureau", "市应急管理局")]
    [InlineData("emergency management bureau", "市应急管理局")]
    [InlineData("Ministry of Emergency Management", "应急管理部")]
    [InlineData("Development and Reform Commission", "市发改委")]
    public void FindByName_EnglishName_FindsTheBody(string english, string shortName)
    {
        Yearbook.Default.Agencies.FindByName(english).Should().BeSameAs(Yearbook.Default.Agencies.FindByName(shortName));
        Yearbook.Default.Agencies.FindByName(english).Should().NotBeNull();
    }

    [Fact]
    public void FindByName_EnglishWordsSharedByManyBodies_FindsNone()
    {
        Yearbook.Default.Agencies.FindByName("Bureau").Should().BeNull();
    }
}
