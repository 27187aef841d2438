using Shaoxing.Yearbook2020.Extractor.Chapter;
using Shaoxing.Yearbook2020.Extractor.Incidents;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Incidents;

public sealed class SafetyIncidentExtractorTests
{
    private static readonly DistrictNames Districts = new(["越城区", "柯桥区", "上虞区", "诸暨市", "嵊州市", "新昌县"]);

    [Fact]
    public void Extract_AnEntryAboutAnAccident_ReadsItsTimePlaceAndCasualties()
    {
        var seed = TestSeeds.Of(
            "应急管理",
            "【某公司\"3·5\"火灾事故】 2020年3月5日14时30分,位于上虞区某镇的某公司发生火灾,造成3人死亡,4人受伤,其中1人重伤。对周边120人实行疏散。3月6日,现场处置结束。");

        var incident = Extract(seed).Should().ContainSingle().Which;

        incident.Code.Should().Be("3·5");
        incident.Category.Should().Be(IncidentCategory.Fire);
        incident.Date.Should().Be(new DateOnly(2020, 3, 5));
        incident.Time.Should().Be(new TimeOnly(14, 30));
        incident.EndDate.Should().Be(new DateOnly(2020, 3, 6));
        incident.District.Should().Be("上虞区");
        incident.Location.Should().Be("上虞区某镇");
        (incident.Deaths, incident.Injured, incident.SeriouslyInjured, incident.Evacuated).Should().Be((3, 4, 1, 120));
        incident.DetailLevel.Should().Be(DetailLevel.FullEntry);
    }

    [Fact]
    public void Extract_AMentionOfTheSameCode_BecomesAMentionNotASecondIncident()
    {
        var seed = TestSeeds.Of(
            "应急管理",
            "【诸暨\"5·1\"爆燃事故】 2020年5月1日8时0分,位于诸暨市某村的工厂发生爆燃,造成1人死亡。",
            "",
            "【消防】 2020年,成功处置诸暨\"5·1\"、嵊州\"5·2\"等事故救援任务。\"5·12\"全国防灾减灾日期间开展宣传。");

        var incidents = Extract(seed);

        incidents.Select(i => i.Code).Should().Equal("5·1", "5·2");
        incidents[0].Mentions.Should().ContainSingle().Which.Line.Should().Be(4);
        incidents[1].District.Should().Be("嵊州市");
        incidents[1].DetailLevel.Should().Be(DetailLevel.Mention);
        incidents[1].Deaths.Should().BeNull("a mention gives no casualties, and absent facts are null");
    }

    [Fact]
    public void Extract_AReinforcementOutsideTheCity_IsNotInShaoxing()
    {
        var seed = TestSeeds.Of("应急管理", "【救援队】 2020年,救援队圆满完成增援温岭\"6.13\"槽罐车爆炸事故搜救任务。");

        var incident = Extract(seed).Should().ContainSingle().Which;

        incident.Code.Should().Be("6·13");
        incident.InShaoxing.Should().BeFalse();
        incident.District.Should().BeNull();
        incident.Category.Should().Be(IncidentCategory.HazardousChemicalsTransport);
    }

    [Fact]
    public void Extract_ARainstorm_MultipliesOutWanAndReadsTheLoss()
    {
        var seed = TestSeeds.Of("应急管理", "【汛期灾情】 2020年汛期,7月1日凌晨,嵊州市遭受短时强降水袭击,造成当地2.5万人受灾、紧急转移安置30人,直接经济损失1.2亿元。");

        var rain = Extract(seed).Should().ContainSingle().Which;

        (rain.Affected, rain.Relocated, rain.DirectEconomicLossYuan).Should().Be((25000, 30, 120_000_000m));
        rain.District.Should().Be("嵊州市");
        rain.Time.Should().BeNull();
    }

    private static System.Collections.Immutable.ImmutableArray<SafetyIncident> Extract(Shaoxing.Yearbook2020.Extractor.Text.SeedDocument seed) =>
        SafetyIncidentExtractor.Extract(ChapterBuilder.Build(seed, TestSeeds.NoCorrections), Districts);
}
