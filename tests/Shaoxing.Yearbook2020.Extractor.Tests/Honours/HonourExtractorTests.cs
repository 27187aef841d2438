using Shaoxing.Yearbook2020.Extractor.Chapter;
using Shaoxing.Yearbook2020.Extractor.Honours;
using Shaoxing.Yearbook2020.Extractor.Incidents;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Honours;

public sealed class HonourExtractorTests
{
    [Theory]
    [InlineData("王伟民、张纪东、陈添鑫", new[] { "王伟民", "张纪东", "陈添鑫" })]
    [InlineData("绍兴市\"安心码协同应用\"、古城保护\"数字孪生城市\"以及智慧化工园区", new[] { "绍兴市\"安心码协同应用\"", "古城保护\"数字孪生城市\"", "智慧化工园区" })]
    [InlineData("\"零证办、无感办\"", new[] { "\"零证办、无感办\"" })]
    public void SplitNames_SplitsOnEnumerationCommasOutsideQuotes(string names, string[] expected)
    {
        HonourExtractor.SplitNames(names).Should().Equal(expected);
    }

    [Theory]
    [InlineData("全国双拥模范城", HonourLevel.National)]
    [InlineData("浙江省模范退役军人", HonourLevel.Provincial)]
    [InlineData("省消防救援总队", HonourLevel.Provincial)]
    [InlineData("2020年绍兴市\"最美退役军人\"", HonourLevel.Municipal)]
    public void LevelOf_ReadsTheLevelFromTheTitle(string title, HonourLevel level)
    {
        HonourExtractor.LevelOf(title).Should().Be(level);
    }

    [Theory]
    [InlineData("1.24", "万", 12400)]
    [InlineData("678", null, 678)]
    public void Count_MultipliesOutWan(string digits, string? wan, int expected)
    {
        EntryText.Count(digits, wan, 1).Should().Be(expected);
    }

    [Fact]
    public void Extract_OnePersonOfACountedCohort_IsOneRecordWithTheCohortSize()
    {
        var seed = TestSeeds.Of(
            "退役军人事务",
            "【活动】 2020年,遴选出李四等7人为2020年绍兴市\"最美退役军人\"。甲、乙等2家单位被授予\"浙江省退役军人工作模范单位\"称号。",
            "表 7", "2020 绍兴最美应急人一览表", "姓名\t工作单位\t推荐单位", "应急管理组\t\t", "张 三\t某局\t某办");

        var honours = HonourExtractor.Extract(ChapterBuilder.Build(seed, TestSeeds.NoCorrections));

        honours.Select(h => (h.Recipient, h.CohortSize, h.Level)).Should().Equal(
            ("李四", 7, HonourLevel.Municipal), ("甲", 2, HonourLevel.Provincial), ("乙", 2, HonourLevel.Provincial), ("张三", null, HonourLevel.Municipal));
        honours[^1].Should().Match<Honour>(h => h.Affiliation == "某局" && h.Nominator == "某办" && h.Group == "应急管理组");
    }
}
