using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Model;

public sealed class PlaceTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Theory]
    [InlineData("绍兴市", "shaoxing", PlaceKind.City, "330600")]
    [InlineData("越城区", "yuecheng", PlaceKind.District, "330602")]
    [InlineData("柯桥区", "keqiao", PlaceKind.District, "330603")]
    [InlineData("上虞区", "shangyu", PlaceKind.District, "330604")]
    [InlineData("诸暨市", "zhuji", PlaceKind.CountyLevelCity, "330681")]
    [InlineData("嵊州市", "shengzhou", PlaceKind.CountyLevelCity, "330683")]
    [InlineData("新昌县", "xinchang", PlaceKind.County, "330624")]
    public void Places_CityAndItsAreas_HaveKindAndDivisionCode(string name, string id, PlaceKind kind, string code)
    {
        var place = Data.Places.Single(p => p.Name == name);

        (place.Id, place.Kind, place.DivisionCode).Should().Be((id, kind, code));
        if (kind != PlaceKind.City)
        {
            place.ParentId.Should().Be("shaoxing");
        }
    }

    [Fact]
    public void Places_TheCity_HasExactlyTheAreasOfTable6()
    {
        Data.Places.In("shaoxing").Select(p => p.Name)
            .Should().BeEquivalentTo(Data.DistrictSafetyStatistics.Districts.Select(r => r.Area));
    }

    [Fact]
    public void Places_TownNamedWithItsArea_LiesInTheArea()
    {
        // Line 176: 诸暨市枫桥镇人民政府; line 377: 柯桥区漓渚镇 (repaired from 滴渚镇).
        var fengqiao = Data.Places.FindByName("枫桥镇")!;
        fengqiao.Kind.Should().Be(PlaceKind.Town);
        fengqiao.ParentId.Should().Be("zhuji");
        fengqiao.Aliases.Should().BeEmpty("枫桥 alone names the 枫桥经验, not the town");
        Data.Places.FindByName("漓渚镇")!.ParentId.Should().Be("keqiao");
        Data.Places.In("keqiao").Select(p => p.Name).Should().BeEquivalentTo("柯岩街道", "华舍街道", "漓渚镇", "兰亭街道"); // 兰亭 by its curated row
    }

    [Fact]
    public void Places_OutsideTheCity_AreFoundWithTheirSuffix()
    {
        Data.Places.OfKind(PlaceKind.Province).Select(p => p.Name).Should().BeEquivalentTo("浙江省", "江西省", "青海省"); // 江西, 青海 without suffix
        Data.Places.OfKind(PlaceKind.OtherCity).Select(p => p.Name).Should().BeEquivalentTo(
            "南阳市", "昌原市", "宁波市", "丽水市", "北京市", "杭州市", "湖州市", "嘉兴市", "金华市");
        Data.Places.FindByName("景宁县")!.ParentId.Should().Be("lishui");
        Data.Places.FindByName("绍兴市")!.ParentId.Should().Be("zhejiang", "浙江省绍兴市 is printed (line 83)");
    }

    [Fact]
    public void Places_GeneralWordsShapedLikeNames_AreNotPlaces()
    {
        foreach (var word in new[] { "全市", "开发区", "听取市", "全省", "市区", "八届市" })
        {
            // A development zone's whole name ends in its zone word (嵊州市经济开发区); the word alone is no place.
            Data.Places.Where(p => p.Kind != PlaceKind.DevelopmentZone).Should().NotContain(p => p.Name.EndsWith(word, StringComparison.Ordinal), word);
            Data.Places.Should().NotContain(p => p.Name == word, word);
        }
    }

    [Fact]
    public void Sources_EveryLineNamesThePlace()
    {
        foreach (var place in Data.Places)
        {
            place.Sources.Should().NotBeEmpty();
            place.Source.Should().Be(place.Sources[0]);
            foreach (var source in place.Sources)
            {
                var quoted = Compact(Yearbook.Quote(source));

                // A name the OCR damaged (滴渚镇) is named as repaired (漓渚镇).
                foreach (var fix in Data.Corrections.Where(c => c.Line >= source.Line && c.Line <= source.EndLine && c.Original is not null))
                {
                    quoted = quoted.Replace(Compact(fix.Original!), Compact(fix.Corrected ?? string.Empty), StringComparison.Ordinal);
                }

                place.Aliases.Prepend(place.Name).Should().Contain(n => quoted.Contains(n, StringComparison.Ordinal), "line {0} names {1}", source.Line, place.Name);
            }
        }
    }

    [Theory]
    [InlineData("zhejiang", 204)]  // 浙江工业职业技术学院: the college, not the province
    [InlineData("zhejiang", 224)]
    [InlineData("hangzhou", 109)]  // 杭州湾上虞经济技术开发区: the bay
    [InlineData("hangzhou", 307)]  // 上虞杭州湾精细化工园区
    [InlineData("hangzhou", 311)]  // 上虞区杭州湾曙光救援队: a body named after the bay
    public void Sources_ALineThatNamesThePlaceOnlyInsideALongerName_IsNoSource(string id, int line)
    {
        Data.Places.Find(id)!.Sources.Should().NotContain(s => s.Line <= line && s.EndLine >= line);
    }

    [Theory]
    [InlineData("zhejiang", 208)]  // 浙江省副省长王文序
    [InlineData("hangzhou", 51)]   // 《杭州湖州嘉兴绍兴…》
    public void Sources_ALineThatNamesThePlaceAsAWholeName_IsASource(string id, int line)
    {
        Data.Places.Find(id)!.Sources.Should().Contain(s => s.Line == line);
    }

    [Fact]
    public void Sources_Keqiao_IncludeTheAccidentAndTable6()
    {
        var lines = Data.Places.Find("keqiao")!.Sources.Select(s => s.Line).ToList();

        lines.Should().Contain(Data.SafetyIncidents.FindByCode("8·2")!.Source.Line);
        lines.Should().Contain(Data.DistrictSafetyStatistics.ForArea("柯桥区")!.Source.Line);
    }

    [Fact]
    public void PlaceIds_OfIncidentsRowsAndEntries_AllResolve()
    {
        var ids = Data.Places.Select(p => p.Id).ToHashSet();

        Data.SafetyIncidents.Where(i => i.PlaceId is not null).Select(i => i.PlaceId!).Should().OnlyContain(id => ids.Contains(id)).And.HaveCount(9);
        Data.DistrictSafetyStatistics.Districts.Select(r => r.PlaceId).Should().OnlyContain(id => id != null && ids.Contains(id));
        Data.DistrictSafetyStatistics.Total!.PlaceId.Should().BeNull();
        Data.Entries.SelectMany(e => e.PlaceIds).Should().OnlyContain(id => ids.Contains(id));
        Data.Places.Where(p => p.ParentId is not null).Should().OnlyContain(p => ids.Contains(p.ParentId!));
    }

    [Fact]
    public void PlaceId_OfAnIncident_IsTheMostPreciseThePlaceTextGives()
    {
        Data.SafetyIncidents.FindByCode("8·2")!.PlaceId.Should().Be("lizhu-town", "柯桥区漓渚镇");
        Data.SafetyIncidents.FindByCode("6·7")!.PlaceId.Should().Be("xinchang");
        Data.SafetyIncidents.FindByCode("4·15")!.PlaceId.Should().Be("shengzhou");
        Data.SafetyIncidents.Single(i => i.Name.Contains("黑格比", StringComparison.Ordinal)).PlaceId
            .Should().Be("shaoxing", "the typhoon crossed 嵊州, 柯桥 and 越城 of the city");
        Data.SafetyIncidents.FindByCode("6·13")!.PlaceId.Should().Be("wenling", "温岭 is named without its suffix, as its curated row says");
        Data.SafetyIncidents.Single(i => i.Name == "兰亭尾矿管涌险情").PlaceId.Should().Be("lanting-subdistrict");
    }

    [Fact]
    public void PlaceIds_OfAnEntry_FollowTheText()
    {
        Data.Entries.WithHeading("浙江裕源建材有限公司\"8·2\"爆燃事故")[0].PlaceIds.Should().Contain(["keqiao", "lizhu-town"]);
        // 皋埠街道 is printed only inside the name of a body (越城区皋埠街道吼山村志愿消防队): the entry names the team, which
        // belongs to the subdistrict.
        Data.Entries.Where(e => e.PlaceIds.Contains("gaobu-subdistrict")).Should().BeEmpty();
        Data.Agencies.Single(a => a.Name == "越城区皋埠街道吼山村志愿消防队").PlaceId.Should().Be("gaobu-subdistrict");
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Theory]
    [InlineData("杭州湾", "hangzhou-bay", PlaceKind.Bay, null, "Hangzhou Bay")]
    [InlineData("杭州湾上虞经济技术开发区", "hangzhou-bay-shangyu-development-zone", PlaceKind.DevelopmentZone, "shangyu", "Hangzhou Bay Shangyu Economic and Technological Development Zone")]
    [InlineData("杭州湾精细化工园区", "hangzhou-bay-fine-chemical-park", PlaceKind.DevelopmentZone, "shangyu", "Hangzhou Bay Fine Chemical Industrial Park")]
    [InlineData("嵊州市经济开发区", "shengzhou-development-zone", PlaceKind.DevelopmentZone, "shengzhou", "Shengzhou Economic Development Zone")]
    [InlineData("袍江", "paojiang", PlaceKind.DevelopmentZone, "yuecheng", "Paojiang")]
    [InlineData("大柴旦行政委员会", "da-qaidam", PlaceKind.AdministrativeCommittee, "qinghai", "Da Qaidam")]
    public void Places_WithoutAnAdministrativeSuffix_AreRecords(string name, string id, PlaceKind kind, string? parentId, string english)
    {
        var place = Data.Places.FindByName(name)!;

        (place.Id, place.Kind, place.ParentId, place.EnglishName).Should().Be((id, kind, parentId, english));
    }

    [Fact]
    public void Places_TheBayAndItsZones_AreNamedWhereTheTextNamesThem()
    {
        // 杭州湾上虞经济技术开发区 (line 109), 上虞杭州湾精细化工园区 (line 307), 上虞区杭州湾曙光救援队 (line 311).
        Data.Places.Find("hangzhou-bay")!.Sources.Select(s => s.Line).Should().Equal(109, 307, 311);
        Data.Places.Find("hangzhou")!.Sources.Select(s => s.Line).Should().NotIntersectWith([109, 307, 311]);
        // 上虞 stands alone on line 307 only: inside the zone's and the team's names it is no source of 上虞区.
        Data.Places.Find("shangyu")!.Sources.Select(s => s.Line).Should().Contain(307).And.NotContain([109, 311]);
        Data.Places.Find("shengzhou-development-zone")!.Sources.Select(s => s.Line).Should().Equal(345);
        Data.Places.Find("da-qaidam")!.DivisionCode.Should().Be("632857");
        Data.Places.Find("paojiang")!.CountyDivisionCode.Should().Be("330602");
    }

    [Theory]
    [InlineData("hangzhou-bay-shangyu-development-zone", 109)]
    [InlineData("hangzhou-bay-fine-chemical-park", 307)]
    [InlineData("da-qaidam", 65)]
    public void Places_WithoutAnAdministrativeSuffix_AreLinkedFromTheirMentions(string id, int line)
    {
        Data.Entries.SelectMany(e => e.NamedRecords).Should().Contain(l => l.Kind == NamedRecordKind.Place && l.TargetId == id && l.Source.Line == line);
    }

    [Fact]
    public void Places_NamedOnlyInsideABodysName_AreThatBodysPlace()
    {
        // 浙江省消防救援总队袍江训练基地 (line 311); a bay is no body's place: 上虞区杭州湾曙光救援队 is Shangyu's.
        Data.Agencies.FindByName("浙江省消防救援总队袍江训练基地")!.PlaceId.Should().Be("paojiang");
        Data.Agencies.FindByName("上虞区杭州湾曙光救援队")!.PlaceId.Should().Be("shangyu");
    }
}
