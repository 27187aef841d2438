using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Model;

public sealed class SafetyIncidentTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Fact]
    public void Deflagration_8_2_HasItsTimePlaceAndCasualties()
    {
        // Lines 377-379: 2020年8月2日0时9分,位于柯桥区滴渚镇的浙江裕源建材有限公司…造成2人死亡,6人受伤,其中2人重伤…对周边350人实行疏散…8月5日…事故现场处置结束。
        var incident = Data.SafetyIncidents.FindByCode("8·2")!;

        incident.Name.Should().Be("浙江裕源建材有限公司\"8·2\"爆燃事故");
        incident.Category.Should().Be(IncidentCategory.ProductionSafety);
        incident.DetailLevel.Should().Be(DetailLevel.FullEntry);
        incident.Date.Should().Be(new DateOnly(2020, 8, 2));
        incident.Time.Should().Be(new TimeOnly(0, 9));
        incident.EndDate.Should().Be(new DateOnly(2020, 8, 5));
        incident.District.Should().Be("柯桥区");
        incident.Location.Should().Be("柯桥区漓渚镇", "the correction fix-i4-01 repairs the OCR's 滴渚");
        (incident.Deaths, incident.Injured, incident.SeriouslyInjured, incident.Evacuated).Should().Be((2, 6, 2, 350));
        (incident.Affected, incident.Relocated, incident.DirectEconomicLossYuan).Should().Be((null, null, null));
        incident.InShaoxing.Should().BeTrue();
        incident.Source.Line.Should().Be(377);
        incident.Mentions.Select(m => m.Line).Should().Equal(417);
    }

    [Fact]
    public void LngTanker_6_7_HasItsTimePlaceCasualtiesAndEveryMention()
    {
        // Line 381: 2020年6月7日22时18分…事故造成1人死亡,2人受伤…疏散车辆500多辆、群众1730人次…在10日16时…18时…恢复通车。
        var incident = Data.SafetyIncidents.FindByCode("6.7")!;

        incident.Name.Should().Be("G1512甬金高速新昌段\"6·7\"LNG槽车交通事故");
        incident.Category.Should().Be(IncidentCategory.HazardousChemicalsTransport);
        incident.DetailLevel.Should().Be(DetailLevel.FullEntry);
        incident.Date.Should().Be(new DateOnly(2020, 6, 7));
        incident.Time.Should().Be(new TimeOnly(22, 18));
        incident.EndDate.Should().Be(new DateOnly(2020, 6, 10));
        incident.EndTime.Should().Be(new TimeOnly(18, 0));
        incident.District.Should().Be("新昌县");
        (incident.Deaths, incident.Injured, incident.SeriouslyInjured).Should().Be((1, 2, null));
        incident.Evacuated.Should().Be(1730);
        incident.Notes.Should().Contain("人次");

        // Named again as 甬金高速"6·7" (257), 新昌"6·7" (385) and 新昌"6.7" (417): one event, four sources.
        incident.Mentions.Select(m => m.Line).Should().Equal(257, 385, 417);
    }

    [Fact]
    public void IncidentsWithTheirOwnEntry_HaveCasualtiesAndTime()
    {
        var own = Data.SafetyIncidents.Where(i => i.DetailLevel == DetailLevel.FullEntry).ToList();

        own.Select(i => i.Code).Should().BeEquivalentTo("8·2", "6·7");
        own.Should().OnlyContain(i => i.Date != null && i.Time != null && i.Deaths > 0 && i.Injured > 0 && i.Evacuated > 0);
    }

    [Fact]
    public void NoIncident_AppearsTwice()
    {
        Data.SafetyIncidents.Select(i => i.Name).Should().OnlyHaveUniqueItems();
        Data.SafetyIncidents.Where(i => i.Code != null).Select(i => i.Code).Should().OnlyHaveUniqueItems();
        Data.SafetyIncidents.Where(i => i.DetailLevel == DetailLevel.FullEntry).Select(i => i.Source.EntryId)
            .Should().OnlyHaveUniqueItems("an entry about an incident is one incident");

        // The full entries' codes are named again elsewhere (6·7 three times, 8·2 once): those became mentions, not incidents.
        var codesInText = Data.Entries.Sum(e => System.Text.RegularExpressions.Regex.Count(e.Heading + e.Text, "\"(6[·.]7|8[·.]2)\""));
        var recorded = Data.SafetyIncidents.Where(i => i.Code is "6·7" or "8·2").Sum(i => 1 + i.Mentions.Length);
        recorded.Should().Be(codesInText);
    }

    [Fact]
    public void MentionedCodes_AreAllThere_WithWhereTheyHappened()
    {
        // 257: 甬金高速"6·7""10·20"槽罐车泄漏事故; 385: 柯桥"4·11"、嵊州"4·15"、新昌"6·7";
        // 417: 增援温岭"6.13"槽罐车爆炸事故, 新昌"6.7"、柯桥"8.2"; 81: "9·28"特别重大交通事故.
        var byCode = Data.SafetyIncidents.Where(i => i.Code != null).ToDictionary(i => i.Code!);

        byCode.Keys.Should().BeEquivalentTo("9·28", "6·7", "10·20", "8·2", "4·11", "4·15", "6·13");
        byCode["10·20"].Category.Should().Be(IncidentCategory.HazardousChemicalsTransport);
        byCode["10·20"].Location.Should().Be("甬金高速");
        byCode["4·11"].District.Should().Be("柯桥区");
        byCode["4·15"].District.Should().Be("嵊州市");
        byCode["6·13"].InShaoxing.Should().BeFalse("温岭 is outside Shaoxing: the city's team went as reinforcement");
        byCode["6·13"].District.Should().BeNull();
        byCode["9·28"].InShaoxing.Should().BeFalse();
        byCode["9·28"].Category.Should().Be(IncidentCategory.RoadTraffic);
        byCode["9·28"].Source.Line.Should().Be(81);
        byCode.Values.Where(i => i.DetailLevel == DetailLevel.Mention).Should().OnlyContain(i => i.Deaths == null && i.Injured == null);
    }

    [Fact]
    public void Rainstorm_HasItsPeopleAndLoss()
    {
        // Line 289: 6月30日凌晨,新昌县遭受短时强降水袭击,造成当地1.24万人受灾、紧急转移安置678人…直接经济损失9811万元。
        var rain = Data.SafetyIncidents.InCategory(IncidentCategory.Flood).Single(i => i.InShaoxing);

        rain.Date.Should().Be(new DateOnly(2020, 6, 30));
        rain.Time.Should().BeNull("凌晨 is not a clock time");
        rain.District.Should().Be("新昌县");
        (rain.Affected, rain.Relocated, rain.DirectEconomicLossYuan).Should().Be((12400, 678, 98_110_000m));
        (rain.Deaths, rain.Evacuated).Should().Be((null, null));
    }

    [Fact]
    public void Typhoons_Hagupit_And_TheOnesOnlyNamed()
    {
        // Lines 285-287: "蔷薇""巴威""美莎克"等台风仅外围环流影响…第4号台风"黑格比"…8月4日13时进入…于18时离开…提前转移各类危险区域人员699人
        var typhoons = Data.SafetyIncidents.InCategory(IncidentCategory.Typhoon);
        var hagupit = typhoons.Single(t => t.Name.Contains("黑格比", StringComparison.Ordinal));

        typhoons.Select(t => t.Name).Should().Contain(["台风\"蔷薇\"", "台风\"巴威\"", "台风\"美莎克\""]);
        hagupit.Date.Should().Be(new DateOnly(2020, 8, 4));
        (hagupit.Time, hagupit.EndTime).Should().Be((new TimeOnly(13, 0), new TimeOnly(18, 0)));
        hagupit.Evacuated.Should().Be(699);
        typhoons.Where(t => t != hagupit).Should().OnlyContain(t => t.Date == null && t.DetailLevel == DetailLevel.Mention);
    }

    [Fact]
    public void HeatSpell_TailingsPiping_AndJiangxiReinforcement_AreThere()
    {
        var heat = Data.SafetyIncidents.InCategory(IncidentCategory.HeatDrought).Single();
        heat.Date.Should().Be(new DateOnly(2020, 7, 27));
        heat.EndDate.Should().Be(new DateOnly(2020, 8, 26));

        var tailings = Data.SafetyIncidents.InCategory(IncidentCategory.Tailings).Single();
        tailings.Name.Should().Be("兰亭尾矿管涌险情");
        tailings.Source.Line.Should().Be(263);

        var jiangxi = Data.SafetyIncidents.Single(i => i.Name.Contains("江西", StringComparison.Ordinal));
        jiangxi.InShaoxing.Should().BeFalse();
        jiangxi.Date.Should().BeNull("the text gives no date");
    }

    [Fact]
    public void EverySource_QuotesTheIncidentsCodeOrName()
    {
        foreach (var incident in Data.SafetyIncidents)
        {
            var key = incident.Code?.Split('·')[1] ?? KeyWord(incident.Name);
            foreach (var source in incident.Mentions.Append(incident.Source))
            {
                var quoted = Yearbook.Quote(source).Replace(" ", string.Empty, StringComparison.Ordinal);
                (quoted.Contains(key, StringComparison.Ordinal) || (incident.Location is { } place && quoted.Contains(place, StringComparison.Ordinal)))
                    .Should().BeTrue($"{incident.Id} cites line {source.Line}, which should name it");
                if (incident.Code is not null)
                {
                    quoted.Should().MatchRegex($"\"{incident.Code.Replace("·", "[·.]", StringComparison.Ordinal)}\"");
                }
            }
        }
    }

    [Fact]
    public void AbsentFacts_AreNull_NeverZero()
    {
        Data.SafetyIncidents.Should().OnlyContain(i =>
            i.Deaths != 0 && i.Injured != 0 && i.SeriouslyInjured != 0 && i.Evacuated != 0
            && i.Affected != 0 && i.Relocated != 0 && i.DirectEconomicLossYuan != 0);
    }

    private static string KeyWord(string name) => name.Replace("台风", string.Empty, StringComparison.Ordinal).Trim('"')
        .Split('"', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(p => p.Length).First();
}
