using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Model;

public sealed class HonourTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Fact]
    public void Links_OfEveryHonourThatNamesABody_Resolve()
    {
        // Named, but no body of the hubs: the city's emergency-management system as a whole (line 267), an unnamed
        // 市级支队 (line 267), and the delegations written 柯桥区、诸暨市、上虞区代表团 (line 425).
        string[] unlinked = ["honour-048", "honour-049", "honour-095", "honour-096", "honour-097"];

        foreach (var honour in Data.Honours.Where(h => !unlinked.Contains(h.Id)))
        {
            if (honour.Recipient is not null && honour.RecipientKind != RecipientKind.Project)
            {
                var name = honour.RecipientKind switch
                {
                    RecipientKind.Person => Data.People.Find(honour.RecipientId!)?.Name,
                    RecipientKind.City => Data.Places.Find(honour.RecipientId!)?.Name,
                    _ => Data.Agencies.Find(honour.RecipientId!)?.Name ?? Data.Places.Find(honour.RecipientId!)?.Name,
                };
                name.Should().NotBeNull(honour.Id);
            }

            (honour.Affiliation is null || Data.Agencies.Find(honour.AffiliationId!) is not null || Data.Places.Find(honour.AffiliationId!) is not null)
                .Should().BeTrue(honour.Id);
            (honour.Nominator is null || Data.Agencies.Resolve(honour.Nominator)!.Id == honour.NominatorId).Should().BeTrue(honour.Id);
            honour.ConferrerIds.Where(id => Data.Agencies.Find(id) is null).Should().BeEmpty(honour.Id);
            honour.ConferrerIds.IsEmpty.Should().Be(honour.Conferrer is null, honour.Id);
        }

        Data.Honours.Where(h => unlinked.Contains(h.Id)).Should().OnlyContain(h => h.RecipientId == null && h.AffiliationId == null);
    }

    [Theory]
    [InlineData("honour-060", "zhejiang-emergency-management-department")]                      // line 311: 浙江省应急管理厅
    [InlineData("honour-086", "zhejiang-fire-rescue-corps")]                                     // line 385: 省消防救援总队
    [InlineData("honour-047", "zhejiang-provincial-government")]                                 // line 230: 省政府
    [InlineData("honour-024", "fudan-university", "digital-china-research-institute")]          // line 166: …联合…
    [InlineData("honour-091", "fire-safety-committee", "federation-of-trade-unions", "human-resources-social-security-bureau", "communist-youth-league-committee")]
    public void ConferrerIds_AreTheBodiesWritten_InOrder(string honourId, params string[] agencyIds) =>
        Data.Honours.Find(honourId)!.ConferrerIds.Should().Equal(agencyIds);

    [Fact]
    public void RecipientIds_FollowTheRecipientKind()
    {
        Data.Honours.ReceivedBy("展才华").Single().RecipientId.Should().Be(Data.People.FindByName("展才华")!.Id);
        Data.Honours.ReceivedBy("展才华").Single().AffiliationId.Should().Be("binhai-fire-brigade");
        Data.Honours.Find("honour-001")!.RecipientId.Should().Be("shaoxing");
        Data.Honours.Find("honour-050")!.RecipientId.Should().Be("zhuji");                          // 诸暨市, assessed as a whole
        Data.Honours.Find("honour-052")!.RecipientId.Should().Be("public-security-bureau");         // 市公安局
        Data.Honours.Find("honour-063")!.RecipientId.Should().Be("xinchang-red-cross-outdoor-rescue-team");
        Data.Honours.ReceivedBy("韩军").Single().NominatorId.Should().Be("state-grid-shaoxing");      // 表7: 国网绍兴公司
    }

    /// <summary>表7 as printed (seed lines 345-365): name, work unit, nominating unit, group.</summary>
    public static TheoryData<int, string, string, string, string> Table7 => new()
    {
        { 345, "吴小江", "嵊州市经济开发区(浦口街道)应急管理局", "嵊州市安委办", "应急管理组" },
        { 346, "应巨伟", "诸暨市次坞镇人民政府", "诸暨市安委办", "应急管理组" },
        { 347, "周焕", "绍兴市公用事业管理服务中心", "市综合执法局", "应急管理组" },
        { 348, "孙琴芳", "绍兴市急救中心", "市卫生健康委", "应急管理组" },
        { 349, "竺哲明", "绍兴市特种设备检测院", "市市场监管局", "应急管理组" },
        { 350, "应松春", "浙江五洲新春集团股份有限公司", "新昌县安委办", "应急管理组" },
        { 351, "胡谨", "浙江龙盛染料化工有限公司", "上虞区安委办", "应急管理组" },
        { 352, "王楷", "绍兴市消防救援支队", "市消防救援支队", "应急管理组" },
        { 353, "韩军", "国网浙江嵊州市供电有限公司", "国网绍兴公司", "应急管理组" },
        { 354, "张建党", "绍兴柯桥排水有限公司", "柯桥区安委办", "应急管理组" },
        { 356, "唐红波", "上虞区四驱救援队", "上虞区安委办", "应急救援组" },
        { 357, "胡克飞", "浙江极客桥智能装备股份有限公司", "柯桥区安委办", "应急救援组" },
        { 358, "郦洋", "诸暨市飞虎森林消防队", "诸暨市安委办", "应急救援组" },
        { 359, "吕方鑫", "新昌县陆野户外救援队", "新昌县安委办", "应急救援组" },
        { 360, "徐益江", "上虞区红十字户外救援队", "上虞区安委办", "应急救援组" },
        { 361, "吴波", "绍兴九龙人防救援队", "市人防办", "应急救援组" },
        { 362, "徐荣军", "柯桥区民间救援协会战狼救援队", "柯桥区安委办", "应急救援组" },
        { 363, "任兴华", "飞虎救援队", "越城区安委办", "应急救援组" },
        { 364, "章军明", "嵊州市雪豹应急救援队", "嵊州市安委办", "应急救援组" },
        { 365, "陈国强", "诸暨市蓝天救援志愿服务中心", "诸暨市安委办", "应急救援组" },
    };

    [Theory]
    [MemberData(nameof(Table7))]
    public void Table7Person_HasWorkUnitNominatorAndGroup(int line, string name, string workUnit, string nominator, string group)
    {
        var honour = Data.Honours.ReceivedBy(name).Single();

        honour.Title.Should().Be("2020绍兴最美应急人");
        honour.Source.Line.Should().Be(line);
        (honour.Affiliation, honour.Nominator, honour.Group).Should().Be((workUnit, nominator, group));
        honour.RecipientKind.Should().Be(RecipientKind.Person);
        honour.Level.Should().Be(HonourLevel.Municipal);
        honour.CohortSize.Should().Be(10, "line 331: 吴小江等10人 and 唐红波等10人");
        honour.Conferrer.Should().Be("绍兴市安全生产委员会办公室");
    }

    [Fact]
    public void Table7_HasExactlyTwentyPeople_TenPerGroup()
    {
        var table = Data.Honours.WithTitleContaining("最美应急人");

        table.Should().HaveCount(20);
        table.GroupBy(h => h.Group).Select(g => (g.Key, g.Count())).Should().BeEquivalentTo([("应急管理组", 10), ("应急救援组", 10)]);
        Data.Honours.ReceivedBy("吴小江").Single().Mentions.Select(m => m.Line).Should().Equal(331);
    }

    [Fact]
    public void ProvincialVeteransHonours_FourPeopleAndTwoUnits()
    {
        // Line 176: 王伟民、张纪东、陈添鑫、吕京娜等4人被授予"浙江省模范退役军人",诸暨市枫桥镇人民政府、柯桥区柯岩街道办事处等2家单位被授予"浙江省退役军人工作模范单位"称号。
        var people = Data.Honours.WithTitleContaining("浙江省模范退役军人");
        var units = Data.Honours.WithTitleContaining("浙江省退役军人工作模范单位");

        people.Select(h => h.Recipient).Should().Equal("王伟民", "张纪东", "陈添鑫", "吕京娜");
        people.Should().OnlyContain(h => h.RecipientKind == RecipientKind.Person && h.Level == HonourLevel.Provincial && h.CohortSize == 4);
        units.Select(h => h.Recipient).Should().Equal("诸暨市枫桥镇人民政府", "柯桥区柯岩街道办事处");
        units.Should().OnlyContain(h => h.RecipientKind == RecipientKind.Organisation && h.Level == HonourLevel.Provincial);
    }

    [Fact]
    public void EveryHonour_HasALevelAndASourceThatQuotesItsRecipient()
    {
        foreach (var honour in Data.Honours)
        {
            Enum.IsDefined(honour.Level).Should().BeTrue();
            var quoted = string.Concat(honour.Mentions.Append(honour.Source).Select(Yearbook.Quote))
                .Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
            // 柯桥区、诸暨市、上虞区代表团 (line 425) names three delegations with one 代表团.
            var key = (honour.Recipient ?? honour.Title).Replace("代表团", string.Empty, StringComparison.Ordinal);
            var shortKey = key.Length > 6 ? key[..6] : key;
            quoted.Should().Contain(shortKey, $"{honour.Id} ({honour.Title}) cites lines {honour.Source.Line}-{honour.Source.EndLine}");
        }
    }

    [Fact]
    public void CityRankingsAndPrizes_AreThere()
    {
        var city = Data.Honours.ReceivedBy("绍兴市");

        city.Should().Contain(h => h.Title == "全国双拥模范城" && h.Rank == "六连冠" && h.Date == new DateOnly(2020, 10, 20) && h.Level == HonourLevel.National);
        city.Should().Contain(h => h.Title == "全国地级市开放数林指数" && h.Rank == "第十名" && h.Date == new DateOnly(2020, 7, 22));
        city.Should().Contain(h => h.Title == "\"新数倍出\"奖");
        city.Should().Contain(h => h.Rank == "第五位" && h.Conferrer == "省政府" && h.Level == HonourLevel.Provincial);
        Data.Honours.ReceivedBy("宁波市").Should().ContainSingle(h => h.Title == "\"新数倍出\"奖");

        // The 开放数林 tenth place is reported twice (109, 166): one record, the other as a mention.
        city.Single(h => h.Title == "全国地级市开放数林指数").Mentions.Select(m => m.Line).Should().Equal(109);
    }

    [Fact]
    public void DataContestPrizes_NameTheWinningProjects_WithTheirCohorts()
    {
        // Line 164: …2个项目获一等奖, …等4个项目获二等奖, 地摊选址应用等6个项目获得三等奖。
        var prizes = Data.Honours.WithTitleContaining("创新数据应用大赛");

        prizes.Select(h => (h.Recipient, h.Rank, h.CohortSize)).Should().Equal(
            ("药品大数据动态实时分析平台", "一等奖", 2),
            ("新昌县众创共享科创云平台", "一等奖", 2),
            ("数据时代的蓝天卫士——\"智慧电务+电力大数据\"决胜蓝天保卫战", "二等奖", 4),
            ("地摊选址应用", "三等奖", 6));
    }

    [Fact]
    public void PeopleNamedInTheText_HaveTheirHonours()
    {
        Data.Honours.ReceivedBy("黄杏江").Single().CohortSize.Should().Be(10);
        Data.Honours.ReceivedBy("盛文斌").Single().Should().Match<Honour>(h => h.Rank == "优胜奖" && h.Level == HonourLevel.National);
        var zhan = Data.Honours.ReceivedBy("展才华").Single();
        zhan.Title.Should().Be("全国119消防先进个人");
        zhan.Affiliation.Should().Be("滨海新区消防大队");
        zhan.Mentions.Select(m => m.Line).Should().Equal(431);
    }

    [Fact]
    public void CompetitionRanks_OfRescueAndFireTeams()
    {
        // Line 311: 团体第7名、第11名, 小组项目第1名, 个人单项第1名、第3名. Line 425: 各组别第一名, 团体前三名.
        Data.Honours.ReceivedBy("绍兴九龙救援队").Single().Rank.Should().Be("团体第11名");
        Data.Honours.ReceivedBy("新昌县红十字户外救援队").Select(h => h.Rank).Should().Equal("团体第7名", "小组项目第1名", "个人单项第1名", "个人单项第3名");
        Data.Honours.WithTitleContaining("第十四届多种形式消防队伍").Should().HaveCount(7)
            .And.OnlyContain(h => h.Date == new DateOnly(2020, 11, 11));
        Data.Honours.ReceivedBy("柯桥区代表团").Single().Rank.Should().Be("团体第一名");
    }

    [Fact]
    public void UnnamedGroups_HaveACountAndNoName()
    {
        var unnamed = Data.Honours.Where(h => h.RecipientKind == RecipientKind.UnnamedGroup).ToList();

        unnamed.Should().OnlyContain(h => h.Recipient == null && h.CohortSize > 0);
        unnamed.Should().Contain(h => h.Title == "个人三等功" && h.CohortSize == 2);
        unnamed.Should().Contain(h => h.Title == "嘉奖" && h.CohortSize == 8);
    }

    [Fact]
    public void MeetingCommendations_AreMarkedAsProposals()
    {
        // Line 53 (5月13日): 建议给绍兴市道路交通安全工作领导小组办公室和胡大江等同志记功; line 61 (6月15日): 市发改委等3家单位通报表扬和邢玉清等13人行政奖励.
        var proposals = Data.Honours.Where(h => h.IsProposal).ToList();

        proposals.Select(h => (h.Recipient, h.Title)).Should().Equal(
            ("绍兴市道路交通安全工作领导小组办公室", "记功"), ("胡大江", "记功"), ("市发改委", "通报表扬"), ("邢玉清", "行政奖励"));
        proposals[3].CohortSize.Should().Be(13);
        proposals[0].Date.Should().Be(new DateOnly(2020, 5, 13));
    }

    [Fact]
    public void OneTeamWrittenTwoWays_IsOneRecipientWithItsAlias()
    {
        // Line 311: 新昌红十字户外救援队 …, 其中新昌县红十字户外救援队同时获得….
        var team = Data.Honours.ReceivedBy("新昌红十字户外救援队");

        team.Should().Equal(Data.Honours.ReceivedBy("新昌县红十字户外救援队")).And.HaveCount(4);
        team.Should().OnlyContain(h => h.Recipient == "新昌县红十字户外救援队" && h.RecipientAliases.SequenceEqual(new[] { "新昌红十字户外救援队" }));
        Data.Honours.Where(h => h.RecipientAliases.Length > 0).Should().HaveCount(4);
    }

    [Fact]
    public void HonoursOfAMonthOnlySentence_CarryTheMonth()
    {
        // Line 164: 10月,12个项目团队进行决赛,…获一等奖.
        var prizes = Data.Honours.WithTitleContaining("创新数据应用大赛");

        prizes.Should().HaveCount(4).And.OnlyContain(h => h.Month == "2020-10" && h.Date == null);
        Data.Honours.Where(h => h.Date is not null).Should().OnlyContain(h => h.Month == h.Date!.Value.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
    }
}
